/**
 * Lets a loop sleep until something happens or a timeout passes. A ring while
 * nobody waits is remembered, so an event that arrives while the loop is busy
 * is not missed.
 */
export class WakeSignal {
  private pending = false;
  private wake?: () => void;

  ring(): void {
    this.pending = true;
    this.wake?.();
  }

  /** Resolves on the next ring (at once if one came since the last wait) or after `timeoutMs`. */
  async wait(timeoutMs: number): Promise<void> {
    if (!this.pending) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
    this.pending = false;
  }
}

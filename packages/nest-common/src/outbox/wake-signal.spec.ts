import { WakeSignal } from './wake-signal.js';

describe('wake signal', () => {
  it('wakes a waiting loop at once when rung', async () => {
    const signal = new WakeSignal();
    const started = Date.now();
    const waiting = signal.wait(10_000);
    signal.ring();
    await waiting;
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('remembers a ring that came while nobody was waiting, once', async () => {
    const signal = new WakeSignal();
    signal.ring();
    signal.ring();
    const started = Date.now();
    await signal.wait(10_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    const second = Date.now();
    await signal.wait(50);
    expect(Date.now() - second).toBeGreaterThanOrEqual(45);
  });

  it('gives up waiting after the timeout', async () => {
    const signal = new WakeSignal();
    const started = Date.now();
    await signal.wait(30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});

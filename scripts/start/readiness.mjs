/**
 * Polls the gateway's /ready until it answers 200. Resolves with
 * `{ ready: true }`, or with `{ ready: false, reason }` naming what was still
 * missing when `timeoutMs` ran out or `shouldGiveUp()` became true.
 */
export async function waitUntilReady(url, { timeoutMs, shouldGiveUp }) {
  const deadline = Date.now() + timeoutMs;
  let reason = 'the gateway did not answer';
  while (Date.now() < deadline && !shouldGiveUp()) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return { ready: true };
      reason = `the gateway answered ${response.status}: ${(await response.text()).slice(0, 500)}`;
    } catch (error) {
      reason = `the gateway did not answer (${error.cause?.code ?? error.message})`;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { ready: false, reason };
}

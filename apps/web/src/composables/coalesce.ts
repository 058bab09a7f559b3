/**
 * Turns many requests to run `task` into few runs: requests within `delayMs` of each other share
 * one run, and requests made while a run is in flight share exactly one more run after it (so
 * the last change is always seen). A burst of 50 live events therefore costs one or two refetches.
 */
export function coalesce(task: () => Promise<unknown>, delayMs = 150) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  let stopped = false;

  async function run() {
    timer = null;
    running = true;
    try {
      await task();
    } catch {
      // The task reports its own errors; a failed refetch must not stop later ones.
    } finally {
      running = false;
    }
    if (again && !stopped) {
      again = false;
      request();
    }
  }

  function request() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    if (timer === null) timer = setTimeout(run, delayMs);
  }

  function stop() {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  return { request, stop };
}

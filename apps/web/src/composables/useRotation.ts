import { onScopeDispose, type Ref, ref, watch } from 'vue';

export interface Rotation {
  /** the panel shown */
  index: Ref<number>;
  paused: Ref<boolean>;
  /** bumps whenever the countdown to the next panel starts over (for a progress bar to restart) */
  cycle: Ref<number>;
  next(): void;
  previous(): void;
  go(index: number): void;
  toggle(): void;
  pause(): void;
  resume(): void;
}

/**
 * Shows `count` panels in turn, each for `intervalMs`. Moving by hand (next, previous, go)
 * gives the new panel its full time; pausing holds the current one until resumed.
 */
export function useRotation(count: Ref<number> | number, intervalMs = 15_000): Rotation {
  const total = () => Math.max(1, typeof count === 'number' ? count : count.value);
  const index = ref(0);
  const paused = ref(false);
  const cycle = ref(0);
  let timer: ReturnType<typeof setTimeout> | null = null;

  function clear() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function schedule() {
    clear();
    cycle.value++;
    if (paused.value) return;
    timer = setTimeout(() => move(1), intervalMs);
  }

  function move(step: number) {
    const n = total();
    index.value = (((index.value + step) % n) + n) % n;
    schedule();
  }

  function go(i: number) {
    const n = total();
    index.value = Math.min(Math.max(0, Math.trunc(i)), n - 1);
    schedule();
  }

  function pause() {
    paused.value = true;
    schedule();
  }

  function resume() {
    paused.value = false;
    schedule();
  }

  if (typeof count !== 'number') {
    watch(count, () => {
      if (index.value >= total()) go(0);
    });
  }
  schedule();
  onScopeDispose(clear);

  return {
    index,
    paused,
    cycle,
    next: () => move(1),
    previous: () => move(-1),
    go,
    toggle: () => (paused.value ? resume() : pause()),
    pause,
    resume,
  };
}

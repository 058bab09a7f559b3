import { Repeater } from '@repeaterjs/repeater';

/**
 * Passes on at most one item per `ms`: the newest, with how many it stands for. A burst of 500
 * events becomes a handful of pushes, each carrying the latest state (and the latest cursor, so
 * a client that resumes from it misses nothing that matters to a summary view).
 */
export function coalesce<T>(source: AsyncIterable<T>, ms: number): AsyncIterable<{ item: T; count: number }> {
  return new Repeater<{ item: T; count: number }>(async (push, stop) => {
    // A box, so that the timer's flush and the loop see one slot.
    const slot: { pending: { item: T; count: number } | null } = { pending: null };
    let timer: NodeJS.Timeout | null = null;
    const flush = () => {
      timer = null;
      const next = slot.pending;
      slot.pending = null;
      if (next) void push(next);
    };
    const iterator = source[Symbol.asyncIterator]();
    stop.then(() => {
      if (timer) clearTimeout(timer);
      void iterator.return?.();
    });
    try {
      for (;;) {
        const next = await Promise.race([iterator.next(), stop.then(() => null)]);
        if (!next || next.done) break;
        slot.pending = { item: next.value, count: (slot.pending?.count ?? 0) + 1 };
        timer ??= setTimeout(flush, ms);
      }
      if (timer) clearTimeout(timer);
      flush();
    } catch (err) {
      stop(err);
    }
    stop();
  });
}

import { FixedBuffer, Repeater } from '@repeaterjs/repeater';
import type { DataSource } from 'typeorm';
import { type Cursor, compareCursors, cursorExpired, parseCursorArg } from './cursor.js';
import { type EventTailer, type LoggedEvent, readEvents, readHorizon } from './event-log.js';

export interface LiveOptions {
  /** Resume after this cursor: replay the log from there, then go live. */
  after: Cursor | null;
  programId: string;
  /** Only the events of this stream (realtime/streams.ts), if given: the multiplexer files subscribers under it. */
  stream?: string;
  /** Only events this returns true for (e.g. one stream); checked again on every event. */
  accept: (e: LoggedEvent) => boolean | Promise<boolean>;
}

/**
 * A subscription's `after` argument as the cursor to replay from (null: from now). Refused, before
 * the subscription starts, when it is not one of ours (BAD_USER_INPUT) or when the events after
 * it are no longer kept (reason CURSOR_EXPIRED; see realtime/retention.ts), rather than
 * skipping what was pruned.
 */
export async function replayableCursor(ds: DataSource, after: string | null | undefined): Promise<Cursor | null> {
  const cursor = parseCursorArg(after);
  if (cursor && cursor.position < (await readHorizon(ds))) throw cursorExpired();
  return cursor;
}

/** A subscriber this far behind is cut off; it resumes from its cursor when it reconnects. */
export const MAX_BACKLOG = 10_000;

/**
 * What a subscription follows of the log: a programme's events after a cursor, those `accept`
 * lets through, each turned into the subscription's root value by `map`. Iterated, it is one
 * subscriber's own stream (liveEventsOf); over WebSocket the multiplexer (graphql/multiplex.ts)
 * reads its options instead, and delivers one execution's frame to every subscriber alike.
 */
export class LiveSource<T = LoggedEvent> implements AsyncIterable<T> {
  constructor(
    readonly ds: DataSource,
    readonly tailer: EventTailer,
    readonly options: LiveOptions,
    readonly map: (e: LoggedEvent) => T,
  ) {}

  /** The same events, each mapped further by `f`. */
  mapped<U>(f: (t: T) => U): LiveSource<U> {
    return new LiveSource(this.ds, this.tailer, this.options, (e) => f(this.map(e)));
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return mapLive(liveEventsOf(this.ds, this.tailer, this.options), this.map)[Symbol.asyncIterator]();
  }
}

/**
 * The log after a cursor, then live (see LiveSource). Take `after` from replayableCursor. The
 * options' `stream`, when given, is checked before `accept`.
 */
export function liveEvents(ds: DataSource, tailer: EventTailer, options: LiveOptions): LiveSource<LoggedEvent> {
  return new LiveSource(ds, tailer, options, (e) => e);
}

/** Whether a live event is one a subscription with these options follows, before `accept`. */
export const onRoute = (options: LiveOptions, e: LoggedEvent) =>
  e.programId === options.programId && (!options.stream || e.stream === options.stream);

/**
 * Replays the log after a cursor, then follows it live, with no gap and no duplicate: the live
 * listener is attached first and buffers while the replay reads up to the tailer's position at
 * that moment; every event is then delivered once, in log order.
 */
function liveEventsOf(ds: DataSource, tailer: EventTailer, options: LiveOptions): AsyncIterable<LoggedEvent> {
  return new Repeater<LoggedEvent>(async (push, stop) => {
    let last: Cursor | null = options.after;
    let replaying = true;
    const buffered: LoggedEvent[] = [];
    const deliver = async (e: LoggedEvent) => {
      if (last && compareCursors(e.position, last) <= 0) return;
      last = e.position;
      if (await options.accept(e)) await push(e);
    };
    let chain = Promise.resolve();
    const off = tailer.on((e) => {
      if (!onRoute(options, e)) return;
      if (replaying) buffered.push(e);
      else chain = chain.then(() => deliver(e)).catch((err) => stop(err));
    });
    try {
      const upTo = tailer.position;
      if (options.after) {
        for await (const e of replayedEvents(ds, options, upTo)) await deliver(e);
      }
      if (!last || compareCursors(last, upTo) < 0) last = upTo;
      replaying = false;
      for (const e of buffered.splice(0)) await deliver(e);
    } catch (err) {
      off();
      stop(err);
      return;
    }
    await stop;
    off();
  }, new FixedBuffer(MAX_BACKLOG));
}

/** The events of the log after `options.after` up to `upTo`, on the options' route, page by page. */
export async function* replayedEvents(ds: DataSource, options: LiveOptions, upTo: Cursor): AsyncGenerator<LoggedEvent> {
  if (!options.after) return;
  let from = options.after;
  for (;;) {
    const page = await readEvents(ds, from, { programId: options.programId, upTo, limit: 500 });
    for (const e of page) if (onRoute(options, e)) yield e;
    const tail = page.at(-1);
    if (page.length < 500 || !tail) return;
    from = tail.position;
  }
}

/**
 * `source` with `f` applied to each item. Unlike an async generator, whose return() waits behind
 * a pending next() — so a closed subscription would stay attached to the log until its next event
 * — this lets go of the source the moment the consumer stops.
 */
export function mapLive<A, B>(source: AsyncIterable<A>, f: (a: A) => B): AsyncIterable<B> {
  if (source instanceof LiveSource) return source.mapped(f);
  return new Repeater<B>(async (push, stop) => {
    const iterator = source[Symbol.asyncIterator]();
    stop.then(() => void iterator.return?.());
    for (;;) {
      const next = await Promise.race([iterator.next(), stop.then(() => null)]);
      if (!next || next.done) break;
      await push(f(next.value));
    }
    stop();
  });
}

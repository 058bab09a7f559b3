import type DataLoader from 'dataloader';
import type { EventTailer } from '../realtime/event-log.js';
import type { Batch, LiveLoaders, LoaderScope } from './loaders.js';

/**
 * Reads of what is the same for every viewer (a programme's phases, plans, topics and units; the
 * rows an activity's facts name; a feed for one visibility), shared by every request of the
 * process at one position of the log.
 *
 * A request that has caught up with the log's head (`readAtLogHead`) reads them through the
 * process's live loaders: the set subscriptions resolve events with, renewed by the tailer at
 * every event. That set was started when the tailer handed on an event at or after every commit
 * made before the request began, so whatever it holds was read after them; and every write
 * appends an event, so a set never outlives the data it holds. A write through any replica thus
 * shows on the very next read anywhere, and a page many people watch is read once per change.
 * Like every loader subscriptions share, a shared one keys whatever depends on the viewer by the
 * viewer's visibility. A request that has not caught up (a mutation reading back what it wrote),
 * or could not, reads them itself.
 */
const atHead = new WeakMap<LoaderScope, LoaderScope>();

interface Reader {
  loaders: LoaderScope;
  liveLoaders: LiveLoaders;
  tailer: EventTailer;
}

/**
 * Brings this process up to the log's head, once per request, so what the request reads next
 * through shared loaders comes from the set of that position. False if the tailer could not catch
 * up in time: the request then reads for itself.
 */
export async function readAtLogHead(ctx: Reader): Promise<boolean> {
  // A socket resolving an event reads through the live loaders already, at that event's position.
  if (ctx.loaders === ctx.liveLoaders || atHead.has(ctx.loaders)) return true;
  const caughtUp = await ctx.loaders.memo('caught-up-with-the-log', () => ctx.tailer.catchUp());
  if (caughtUp) atHead.set(ctx.loaders, ctx.liveLoaders);
  return caughtUp;
}

/** Notes that the tailer has caught up for this request already (graphql/response-cache.ts did it before Apollo). */
export function markAtLogHead(ctx: Reader): void {
  if (ctx.loaders !== ctx.liveLoaders) atHead.set(ctx.loaders, ctx.liveLoaders);
}

/** The loaders to read shared rows through: the live ones once the request is at the log's head. */
export function sharedLoaders(ctx: { loaders: LoaderScope }): LoaderScope {
  return atHead.get(ctx.loaders) ?? ctx.loaders;
}

/** A batched loader of rows the same for every viewer, shared at the log's head (see above). */
export function defineSharedLoader<K, V>(batch: Batch<K, V>): (ctx: { loaders: LoaderScope }) => DataLoader<K, V> {
  return (ctx) => sharedLoaders(ctx).of(batch);
}

/**
 * A value computed once per shared scope under `key` (a programme's gate facts, a feed for one
 * visibility). A failed computation is forgotten, so the next reader tries again rather than
 * meeting the same error until the log moves on.
 */
export function sharedMemo<T>(ctx: { loaders: LoaderScope }, key: string, make: () => Promise<T>): Promise<T> {
  const slot = sharedLoaders(ctx).memo(key, (): { value?: Promise<T> } => ({}));
  if (!slot.value) {
    const value = make();
    slot.value = value;
    value.catch(() => {
      if (slot.value === value) slot.value = undefined;
    });
  }
  return slot.value;
}

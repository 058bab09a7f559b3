import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

type Batch<K, V> = (ds: DataSource, keys: readonly K[]) => Promise<readonly (V | Error)[]>;

/**
 * The loaders of one request, or of one socket's event handling: each made on first use, batching
 * always, keeping answers only when `cached` (a live socket resolves fields again for every event
 * over hours, so its answers must never be served stale).
 */
export class Loaders {
  readonly #made = new Map<Batch<never, unknown>, DataLoader<unknown, unknown>>();

  constructor(
    readonly ds: DataSource,
    readonly cached: boolean,
  ) {}

  of<K, V>(batch: Batch<K, V>): DataLoader<K, V> {
    let loader = this.#made.get(batch as Batch<never, unknown>) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => batch(this.ds, keys), { cache: this.cached });
      this.#made.set(batch as Batch<never, unknown>, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/**
 * A batched loader a module defines once, next to what it loads; `loader(ctx)` is that request's
 * instance. The kernel keeps no list of them.
 */
export function defineLoader<K, V>(batch: Batch<K, V>): (ctx: { loaders: Loaders }) => DataLoader<K, V> {
  return (ctx) => ctx.loaders.of(batch);
}

/** Rows by key, in the order of `keys`, missing ones as null. */
export function byKey<K, R>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): (R | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Rows grouped under each of `keys`, in the order of `keys`. */
export function groupBy<K, R>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): R[][] {
  const map = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const r of rows) map.get(keyOf(r))?.push(r);
  return keys.map((k) => map.get(k) ?? []);
}

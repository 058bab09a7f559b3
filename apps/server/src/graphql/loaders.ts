import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

export type Batch<K, V> = (ds: DataSource, keys: readonly K[]) => Promise<readonly (V | Error)[]>;

/** Where a request's (or an event's) loaders come from: `loader(ctx)` asks it for its instance. */
export interface LoaderScope {
  of<K, V>(batch: Batch<K, V>): DataLoader<K, V>;
  /** A value computed once per scope under `key` (e.g. a programme's gate facts). */
  memo<T>(key: string, make: () => T): T;
}

/**
 * The loaders of one HTTP request or one socket operation: each made on first use, batching and
 * keeping its answers for as long as the request lasts.
 */
export class Loaders implements LoaderScope {
  readonly #made = new Map<unknown, unknown>();

  constructor(readonly ds: DataSource) {}

  of<K, V>(batch: Batch<K, V>): DataLoader<K, V> {
    let loader = this.#made.get(batch) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => batch(this.ds, keys));
      this.#made.set(batch, loader);
    }
    return loader;
  }

  memo<T>(key: string, make: () => T): T {
    if (!this.#made.has(key)) this.#made.set(key, make());
    return this.#made.get(key) as T;
  }
}

/**
 * The loaders of what sockets resolve as events arrive: one set per position of the log, shared by
 * every subscription in the process — so the facts an event needs (its actor, its subject) are read
 * once, however many are listening. A write always appends an event, and the tailer's first
 * listener (app.ts) starts a fresh set at each one, so a set never holds data older than the log.
 */
export class LiveLoaders implements LoaderScope {
  #current: Loaders;

  constructor(private readonly ds: DataSource) {
    this.#current = new Loaders(ds);
  }

  /** The log moved on: what was read before may have changed. */
  advance(): void {
    this.#current = new Loaders(this.ds);
  }

  of<K, V>(batch: Batch<K, V>): DataLoader<K, V> {
    return this.#current.of(batch);
  }

  memo<T>(key: string, make: () => T): T {
    return this.#current.memo(key, make);
  }
}

/**
 * A batched loader a module defines once, next to what it loads; `loader(ctx)` is that request's
 * instance. The kernel keeps no list of them.
 */
export function defineLoader<K, V>(batch: Batch<K, V>): (ctx: { loaders: LoaderScope }) => DataLoader<K, V> {
  return (ctx) => ctx.loaders.of(batch);
}

/**
 * A row as TypeORM reads it, from PostgreSQL's to_jsonb of it — for a loader that reads rows of
 * several kinds in one statement (json_agg of children, a UNION over tables). JSON has the
 * columns as TypeORM does (text, uuid, int, date as 'YYYY-MM-DD', arrays, jsonb) but timestamps.
 */
export function rowFromJson<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  json: Record<string, unknown>,
): T {
  const meta = ds.getMetadata(entity);
  const row = meta.create() as ObjectLiteral;
  for (const column of meta.columns) {
    const value = json[column.databaseName];
    row[column.propertyName] = column.type === 'timestamptz' && typeof value === 'string' ? new Date(value) : value;
  }
  return row as T;
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

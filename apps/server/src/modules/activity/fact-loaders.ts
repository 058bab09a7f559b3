import DataLoader from 'dataloader';
import { type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import type { Context } from '../../graphql/context.js';

/**
 * Rows by id for fact resolution, batched per tick: a page of 100 activities costs one query per
 * kind of subject, not one per activity. Not cached, so a long-lived subscription context never
 * serves a title as it was an hour ago.
 */
const byContext = new WeakMap<object, Map<unknown, DataLoader<string, unknown>>>();

function loaderFor<V>(ctx: Context, key: unknown, load: (ids: readonly string[]) => Promise<V[]>) {
  let loaders = byContext.get(ctx);
  if (!loaders) {
    loaders = new Map();
    byContext.set(ctx, loaders);
  }
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader<string, V>(load, { cache: false });
    loaders.set(key, loader);
  }
  return loader as DataLoader<string, V>;
}

export function rowsById<T extends ObjectLiteral & { id: string }>(ctx: Context, entity: EntityTarget<T>) {
  return loaderFor<T | null>(ctx, entity, async (ids) => {
    const rows = await ctx.ds.getRepository(entity).findBy({ id: In([...new Set(ids)]) } as never);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

const PAYLOADS = Symbol('event payloads');

/** An event's stored payload by event id, for activities read without it (the feed, node(id)). */
export function eventPayloads(ctx: Context) {
  return loaderFor<Record<string, unknown>>(ctx, PAYLOADS, async (ids) => {
    const rows: { id: string; payload: Record<string, unknown> }[] = await ctx.ds.query(
      'SELECT id::text AS id, payload FROM event WHERE id = ANY($1::bigint[])',
      [[...new Set(ids)]],
    );
    const map = new Map(rows.map((r) => [r.id, r.payload]));
    return ids.map((id) => map.get(id) ?? {});
  });
}

import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { In } from 'typeorm';
import { defineLoader, type LoaderScope } from '../../graphql/loaders.js';

/**
 * Rows by id for fact resolution, batched: a page of 100 activities costs one query per kind of
 * subject, not one per activity. On a socket nothing is kept (graphql/loaders.ts), so a
 * long-lived subscription never serves a title as it was an hour ago.
 */
const rowBatches = new Map<unknown, (ds: DataSource, ids: readonly string[]) => Promise<unknown[]>>();

export function rowsById<T extends ObjectLiteral & { id: string }>(
  ctx: { loaders: LoaderScope },
  entity: EntityTarget<T>,
) {
  let batch = rowBatches.get(entity);
  if (!batch) {
    batch = async (ds, ids) => {
      const rows = await ds.getRepository(entity).findBy({ id: In([...new Set(ids)]) } as never);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    };
    rowBatches.set(entity, batch);
  }
  return ctx.loaders.of(batch as (ds: DataSource, ids: readonly string[]) => Promise<(T | null)[]>);
}

/** An event's stored payload by event id, for activities read without it (the feed, node(id)). */
export const eventPayloads = defineLoader<string, Record<string, unknown>>(async (ds, ids) => {
  const rows: { id: string; payload: Record<string, unknown> }[] = await ds.query(
    'SELECT id::text AS id, payload FROM event WHERE id = ANY($1::bigint[])',
    [[...new Set(ids)]],
  );
  const map = new Map(rows.map((r) => [r.id, r.payload]));
  return ids.map((id) => map.get(id) ?? {});
});

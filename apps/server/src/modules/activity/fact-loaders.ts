import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { type LoaderScope, rowFromJson } from '../../graphql/loaders.js';
import { defineSharedLoader } from '../../graphql/shared-loaders.js';

/** The entities facts read, by the number their loader keys carry. */
const entities: EntityTarget<ObjectLiteral>[] = [];

/**
 * Rows by id for fact resolution, of every table at once (keys: `${entity number} ${id}`): each
 * step of a page's facts — the subjects of its activities, then their drafts, then their plans —
 * is one statement whatever the mix of kinds, so a feed costs the same however its events vary.
 * A row by id is the same for every viewer (each path has applied the event's seal before it asks
 * for facts): on a socket, and on a page caught up with the log, the rows are shared by every
 * reader until the log moves on (graphql/shared-loaders.ts), so a title is never served as it was
 * before a write.
 */
const rowsOfAnyTable = defineSharedLoader<string, ObjectLiteral | null>(async (ds, keys) => {
  const idsOf = new Map<number, Set<string>>();
  for (const key of keys) {
    const [n, id] = key.split(' ') as [string, string];
    idsOf.set(Number(n), (idsOf.get(Number(n)) ?? new Set<string>()).add(id));
  }
  const asked = [...idsOf.keys()];
  const rows: { k: number; r: Record<string, unknown> }[] = await ds.query(
    asked
      .map((n, i) => {
        const table = ds.driver.escape(ds.getMetadata(entities[n] as EntityTarget<ObjectLiteral>).tableName);
        return `SELECT ${n} AS k, to_jsonb(x) AS r FROM ${table} x WHERE x.id = ANY($${i + 1}::uuid[])`;
      })
      .join(' UNION ALL '),
    asked.map((n) => [...(idsOf.get(n) as Set<string>)]),
  );
  const found = new Map<string, ObjectLiteral>();
  for (const { k, r } of rows) {
    found.set(`${k} ${r.id}`, rowFromJson(ds, entities[k] as EntityTarget<ObjectLiteral>, r));
  }
  return keys.map((key) => found.get(key) ?? null);
});

/** Rows of `entity` by id, for facts: read with every other row the same step of the page asks for. */
export function rowsById<T extends ObjectLiteral & { id: string }>(
  ctx: { loaders: LoaderScope },
  entity: EntityTarget<T>,
) {
  let n = entities.indexOf(entity as EntityTarget<ObjectLiteral>);
  if (n < 0) n = entities.push(entity as EntityTarget<ObjectLiteral>) - 1;
  return { load: async (id: string) => (await rowsOfAnyTable(ctx).load(`${n} ${id}`)) as T | null };
}

/** An event's stored payload by event id, for activities read without it (the feed, node(id)). */
export const eventPayloads = defineSharedLoader<string, Record<string, unknown>>(async (ds, ids) => {
  const rows: { id: string; payload: Record<string, unknown> }[] = await ds.query(
    'SELECT id::text AS id, payload FROM event WHERE id = ANY($1::bigint[])',
    [[...new Set(ids)]],
  );
  const map = new Map(rows.map((r) => [r.id, r.payload]));
  return ids.map((id) => map.get(id) ?? {});
});

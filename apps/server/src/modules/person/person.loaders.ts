import { byKey, defineLoader, rowFromJson } from '../../graphql/loaders.js';
import { PersonEntity } from './person.entity.js';
import { Person } from './person.types.js';

/** People by id, batched per request. */
export const personLoader = defineLoader<string, Person | null>(async (ds, ids) => {
  // Plain SQL: TypeORM's findBy costs several times the statement it sends (writes.bench.ts), and
  // every answer that names a person asks this.
  const rows: { row: Record<string, unknown> }[] = await ds.query(
    'SELECT to_jsonb(p) AS row FROM person p WHERE p.id = ANY($1::uuid[])',
    [[...ids]],
  );
  return byKey(
    ids,
    rows.map((r) => Person.from(rowFromJson(ds, PersonEntity, r.row))),
    (p) => p.id,
  );
});

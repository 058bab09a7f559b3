import type { EntityManager } from 'typeorm';

/**
 * The rows a statement returned, whatever its command: TypeORM's `query()` answers an UPDATE or
 * DELETE with `[rows, count]` and anything else with the rows, so an `UPDATE … RETURNING` is read
 * here, through the write's own query runner.
 */
export async function returning<Row>(m: EntityManager, sql: string, params: unknown[]): Promise<Row[]> {
  const runner = m.queryRunner;
  if (!runner) throw new Error('returning() runs inside a transaction (a write scope’s manager)');
  return (await runner.query(sql, params, true)).records as Row[];
}

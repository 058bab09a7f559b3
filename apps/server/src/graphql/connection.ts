import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors.js';

/**
 * One page of a Relay connection by keyset (a timestamp column, then id): stable under inserts,
 * no OFFSET. `q` holds the filters; the count is of all that match them.
 */
export async function keysetPage<E extends ObjectLiteral & { id: string }, N>(
  q: SelectQueryBuilder<E>,
  options: {
    alias: string;
    column: string;
    key: (row: E) => Date;
    direction: 'ASC' | 'DESC';
    first: number | null | undefined;
    after: string | null | undefined;
    node: (row: E) => N;
    defaultSize: number;
    maxSize: number;
  },
) {
  const { alias, column, direction } = options;
  const limit = Math.min(Math.max(options.first ?? options.defaultSize, 1), options.maxSize);
  const totalCount = await q.getCount();
  if (options.after) {
    const [at, id] = Buffer.from(options.after, 'base64url').toString().split('|');
    if (!id || Number.isNaN(Date.parse(at ?? ''))) {
      throw badInput('after', { reason: 'BAD_CURSOR', message: 'is not a cursor this server gave out.' });
    }
    const op = direction === 'ASC' ? '>' : '<';
    q.andWhere(`(${alias}.${column}, ${alias}.id) ${op} (:keysetAt, :keysetId)`, {
      keysetAt: new Date(at as string),
      keysetId: id,
    });
  }
  const rows = await q
    .orderBy(`${alias}.${column}`, direction)
    .addOrderBy(`${alias}.id`, direction)
    .take(limit + 1)
    .getMany();
  const page = rows.slice(0, limit);
  const cursor = (row: E) => Buffer.from(`${options.key(row).toISOString()}|${row.id}`).toString('base64url');
  const last = page.at(-1);
  return {
    edges: page.map((row) => ({ cursor: cursor(row), node: options.node(row) })),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? cursor(last) : null },
    totalCount,
  };
}

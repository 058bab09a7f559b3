import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { can } from '../auth/policy.js';
import type { Context } from './context.js';
import { Node } from './node.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One kind of object `node(id)` can return, contributed by the module that owns it: the object
 * if `id` is one of its own and the viewer may read it, null if it is but they may not (as if it
 * did not exist), undefined if the id is not of this kind.
 */
export interface NodeSource {
  find(ctx: Context, id: string): Promise<Node | null | undefined>;
  /** The entity whose table holds this kind, when it is one row of a table keyed by a uuid `id`. */
  entity?: EntityTarget<ObjectLiteral>;
}

/** A node stored as one row of `entity`, readable by whoever may read its programme. */
export function entityNode<E extends ObjectLiteral>(
  entity: EntityTarget<E>,
  to: (row: E) => Node,
  programOf: (row: E) => string,
): NodeSource {
  return {
    entity,
    async find(ctx, id) {
      if (!UUID.test(id)) return undefined;
      const row = await ctx.ds.getRepository(entity).findOneBy({ id } as never);
      if (!row) return undefined;
      return can(ctx.actor, 'program.read', { type: 'program', programId: programOf(row) }) ? to(row) : null;
    },
  };
}

/**
 * Which of the sources' tables hold a row with this id, asked of all of them in one statement:
 * otherwise a plan's id would be looked for in five other tables, one query each, before its own.
 */
async function tablesHolding(ctx: Context, id: string, sources: readonly NodeSource[]): Promise<Set<string>> {
  const tables = [...new Set(sources.flatMap((s) => (s.entity ? [ctx.ds.getMetadata(s.entity).tableName] : [])))];
  const rows: { t: string }[] = await ctx.ds.query(
    tables.map((t, i) => `SELECT ${i} AS t FROM ${ctx.ds.driver.escape(t)} WHERE id = $1`).join(' UNION ALL '),
    [id],
  );
  return new Set(rows.map((r) => tables[Number(r.t)] as string));
}

/** Query.node over the sources the modules contribute (modules/index.ts), asked in order. */
export function nodeResolver(sources: readonly NodeSource[]) {
  @Resolver()
  class NodeResolver {
    @Query(() => Node, { nullable: true, description: 'Any object by its id, if the viewer may read it.' })
    async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
      let holding: Promise<Set<string>> | undefined;
      for (const source of sources) {
        if (source.entity) {
          if (!UUID.test(id)) continue;
          holding ??= tablesHolding(ctx, id, sources);
          if (!(await holding).has(ctx.ds.getMetadata(source.entity).tableName)) continue;
        }
        const found = await source.find(ctx, id);
        if (found !== undefined) return found;
      }
      return null;
    }
  }
  return NodeResolver;
}

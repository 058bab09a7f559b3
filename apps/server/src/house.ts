import type { GraphQLSchema } from 'graphql';
import { ExportLinkEntity } from './exports/export-link.entity.js';
import type { Exporters } from './exports/export-link.js';
import { nodeResolver } from './graphql/node.resolver.js';
import { buildGuardedSchema, buildUnguardedSchema, printSchemaOf } from './graphql/schema.js';
import type { GongbianModule } from './module.js';
import { modules } from './modules/index.js';
import { MutationReceiptEntity } from './writes/receipt.entity.js';

/**
 * The house composed from its modules (modules/index.ts): every table, the schema's resolvers,
 * the objects `node(id)` finds and the files a download link can build. The kernel (graphql/,
 * realtime/, exports/, db/) takes these as arguments and imports no module itself.
 */
function compose(list: readonly GongbianModule[]) {
  const exporters: Exporters = {};
  for (const m of list) Object.assign(exporters, m.exporters);
  return {
    entities: [MutationReceiptEntity, ExportLinkEntity, ...list.flatMap((m) => m.entities ?? [])],
    resolvers: [nodeResolver(list.flatMap((m) => m.nodes ?? [])), ...list.flatMap((m) => m.resolvers ?? [])],
    exporters,
  };
}

export const house = compose(modules);

let built: Promise<GraphQLSchema> | undefined;

/** The server's schema, guarded (graphql/field-guards.ts); built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildGuardedSchema(house.resolvers);
  return built;
}

/** A fresh schema without the field guards, for the benchmark that measures what they cost. */
export const getUnguardedSchema = () => buildUnguardedSchema(house.resolvers);

export async function printedSchema(): Promise<string> {
  return printSchemaOf(await getSchema());
}

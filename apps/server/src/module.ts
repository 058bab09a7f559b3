import type { Exporters } from './exports/export-link.js';
import type { NodeSource } from './graphql/node.resolver.js';

/**
 * What a module brings to the house (modules/index.ts composes the list): its tables, its part
 * of the schema, the objects `node(id)` finds, and the files it exports. Nothing outside the
 * module lists these again.
 */
export interface GongbianModule {
  name: string;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM and type-graphql take classes as Function.
  entities?: readonly Function[];
  // biome-ignore lint/complexity/noBannedTypes: as above.
  resolvers?: readonly Function[];
  nodes?: readonly NodeSource[];
  exporters?: Exporters;
}

/** The person module: the people of a programme, their roles and units. */

import { entityNode } from '../../graphql/node.resolver.js';
import type { GongbianModule } from '../../module.js';
import { PersonEntity } from './person.entity.js';
import { PersonResolver } from './person.resolver.js';
import { Person } from './person.types.js';

export * from './person.entity.js';
export { personLoader } from './person.loaders.js';
export { Person } from './person.types.js';

export const personModule: GongbianModule = {
  name: 'person',
  entities: [PersonEntity],
  resolvers: [PersonResolver],
  nodes: [entityNode(PersonEntity, Person.from, (e) => e.programId)],
};

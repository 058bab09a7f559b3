/** The person module: the people of a programme, their roles and units, and their memberships of its groups. */

import { entityNode } from '../../graphql/node.resolver.js';
import type { GongbianModule } from '../../module.js';
import './person.events.js';
import { MembershipEntity } from './membership.entity.js';
import { MembershipResolver } from './membership.resolver.js';
import { PersonEntity } from './person.entity.js';
import { PersonResolver } from './person.resolver.js';
import { Person } from './person.types.js';

export { MembershipEntity } from './membership.entity.js';
export { groupsOf, peopleActingFor, personActsFor } from './membership.readers.js';
export { GROUP_ZH } from './membership.service.js';
export * from './person.entity.js';
export { personLoader } from './person.loaders.js';
export { Person } from './person.types.js';

export const personModule: GongbianModule = {
  name: 'person',
  entities: [PersonEntity, MembershipEntity],
  resolvers: [PersonResolver, MembershipResolver],
  nodes: [entityNode(PersonEntity, Person.from, (e) => e.programId)],
};

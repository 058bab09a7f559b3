/** The presence module: who is reading a draft right now. */
import type { GongbianModule } from '../../module.js';
import { PresenceEntity } from './presence.entity.js';
import { PresenceResolver } from './presence.resolver.js';

export { PresenceKeeper } from './presence.service.js';

export const presenceModule: GongbianModule = {
  name: 'presence',
  entities: [PresenceEntity],
  resolvers: [PresenceResolver],
};

import type { GongbianModule } from '../../module.js';
import './auth.events.js';
import { InvitationEntity, SessionEntity, SignInEntity } from './auth.entity.js';
import { AuthResolver } from './auth.resolver.js';

export * from './auth.entity.js';
export { actorOf, MIN_PASSWORD } from './session.service.js';

/** Signing in, sessions and invitations (the policy they serve is the kernel's: auth/). */
export const authModule: GongbianModule = {
  name: 'auth',
  entities: [SessionEntity, InvitationEntity, SignInEntity],
  resolvers: [AuthResolver],
};

import type { DataSource } from 'typeorm';
import type { Actor } from '../auth/policy.js';
import { authenticate } from '../auth/session.service.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { PresenceKeeper } from '../modules/presence/presence.service.js';
import type { Doorbell, EventTailer } from '../realtime/event-log.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What lives as long as the process. */
export interface Services {
  ds: DataSource;
  clock: Clock;
  tailer: EventTailer;
  doorbell: Doorbell;
  config: Config;
  presence: PresenceKeeper;
}

/** What lives as long as one request (or one WebSocket connection). */
export interface Context extends Services {
  actor: Actor | null;
  sessionId: string | null;
  loaders: Loaders;
}

/**
 * `live`: for a WebSocket connection, whose subscriptions resolve fields again for every event
 * over hours — its loaders batch but never cache, so no answer is served stale.
 */
export async function createContext(services: Services, authorization: unknown, live = false): Promise<Context> {
  const session = typeof authorization === 'string' ? await authenticate(services, authorization) : null;
  return {
    ...services,
    actor: session?.actor ?? null,
    sessionId: session?.sessionId ?? null,
    loaders: createLoaders(services.ds, { cache: !live }),
  };
}

import type { DataSource } from 'typeorm';
import { authenticate } from '../auth/authenticate.js';
import type { Actor } from '../auth/policy.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Doorbell, EventTailer } from '../realtime/event-log.js';
import { type LiveLoaders, type LoaderScope, Loaders } from './loaders.js';
import type { RateLimits } from './rate-limit.js';

/**
 * What lives as long as the process. A module that keeps a process-wide service adds it to this
 * interface from its own folder (TypeScript declaration merging; modules/presence does), so the
 * kernel names no module.
 */
export interface Services {
  ds: DataSource;
  clock: Clock;
  tailer: EventTailer;
  doorbell: Doorbell;
  config: Config;
  limits: RateLimits;
  /** The loaders subscriptions resolve events with, one set per log position (graphql/loaders.ts). */
  liveLoaders: LiveLoaders;
}

/** Who is calling from where: the client address (express's req.ip) and the user agent. */
export interface Caller {
  address: string;
  userAgent: string;
}

/** What lives as long as one request (or one WebSocket connection). */
export interface Context extends Services {
  actor: Actor | null;
  sessionId: string | null;
  /** When the session ends on the wall clock; null without one. */
  sessionExpiresAt: Date | null;
  caller: Caller;
  loaders: LoaderScope;
}

const UNKNOWN_CALLER: Caller = { address: 'unknown', userAgent: '' };

/**
 * `live`: for a WebSocket connection, whose subscriptions resolve fields again for every event
 * over hours — they read through the process's live loaders (one set per log position); a query or
 * mutation sent on the socket gets loaders of its own (graphql/websocket.ts). An HTTP request
 * without a session counts against its address's limit (RATE_LIMITED, HTTP 429, when over).
 */
export async function createContext(
  services: Services,
  authorization: unknown,
  live = false,
  caller: Caller = UNKNOWN_CALLER,
): Promise<Context> {
  const session = typeof authorization === 'string' ? await authenticate(services, authorization) : null;
  if (!session && !live) await services.limits.anonymousCall(caller.address);
  // A socket keeps its actor for hours, past an assignment that could make them a review's
  // expert: its seal rule compares ids (Actor.reviewer unknown).
  const actor = session && live ? { ...session.actor, reviewer: undefined } : (session?.actor ?? null);
  return {
    ...services,
    actor,
    sessionId: session?.sessionId ?? null,
    sessionExpiresAt: session?.expiresAt ?? null,
    caller,
    loaders: live ? services.liveLoaders : new Loaders(services.ds),
  };
}

/** The caller of an HTTP request; the address honours the `trust proxy` setting. */
export function callerOf(req: {
  ip?: string;
  socket?: { remoteAddress?: string };
  headers: Record<string, unknown>;
}): Caller {
  const agent = req.headers['user-agent'];
  return {
    address: req.ip ?? req.socket?.remoteAddress ?? 'unknown',
    userAgent: typeof agent === 'string' ? agent.slice(0, 500) : '',
  };
}

import type { DataSource } from 'typeorm';
import type { Clock } from '../clock.js';
import type { GroupKind, ProgramRole, UnitKind } from '../domain.js';
import { type Actor, acts } from './policy.js';
import { hashToken } from './tokens.js';

export interface Authenticated {
  sessionId: string;
  expiresAt: Date;
  actor: Actor;
}

/** How long a session found stays in this process's memory: a signed-in request then costs no lookup. */
export const SESSION_CACHE_MS = 5_000;
/** How long a session being revoked is kept out of the cache: longer than any revoking transaction lasts. */
const ENDING_MS = 60_000;

/**
 * Sessions this process found lately, by token hash. Ending a session takes it out at once, here
 * (forgetSessions, called by modules/auth's endSessions inside the revoking write) and on every
 * other replica as the log brings them the `session.revoked` event (app.ts): the very next request
 * with it is refused. While a revocation may still be uncommitted, a lookup racing it is not kept,
 * so it cannot bring the session back. A person's role, unit and name never change under a live
 * session; their memberships (groups) may: a change forgets that person's sessions the same way
 * (forgetPeople, inside the write and on other replicas from the log), so the next request reads them.
 */
class SessionCache {
  private readonly byToken = new Map<string, { found: Authenticated; until: number }>();
  /** Sessions being revoked, until when they are not kept. */
  private readonly ending = new Map<string, number>();
  /** People whose facts are changing, until when their sessions are not kept. */
  private readonly changing = new Map<string, number>();

  get(tokenHash: string, now: number): Authenticated | null {
    const hit = this.byToken.get(tokenHash);
    if (!hit) return null;
    if (hit.until > now) return hit.found;
    this.byToken.delete(tokenHash);
    return null;
  }

  keep(tokenHash: string, found: Authenticated, now: number): void {
    const ending = this.ending.get(found.sessionId);
    if (ending !== undefined && ending > now) return;
    const changing = this.changing.get(found.actor.id);
    if (changing !== undefined && changing > now) return;
    if (this.byToken.size >= 10_000) this.prune(now);
    this.byToken.set(tokenHash, { found, until: now + SESSION_CACHE_MS });
  }

  forget(sessionIds: readonly string[], now: number): void {
    const ids = new Set(sessionIds);
    for (const id of ids) this.ending.set(id, now + ENDING_MS);
    for (const [token, hit] of this.byToken) if (ids.has(hit.found.sessionId)) this.byToken.delete(token);
    for (const [id, until] of this.ending) if (until <= now) this.ending.delete(id);
  }

  forgetPeople(personIds: readonly string[], now: number): void {
    const ids = new Set(personIds);
    for (const id of ids) this.changing.set(id, now + ENDING_MS);
    for (const [token, hit] of this.byToken) if (ids.has(hit.found.actor.id)) this.byToken.delete(token);
    for (const [id, until] of this.changing) if (until <= now) this.changing.delete(id);
  }

  private prune(now: number): void {
    for (const [token, hit] of this.byToken) if (hit.until <= now) this.byToken.delete(token);
  }
}

/** One cache per database (a process may serve several: tests, the limits bench). */
const caches = new WeakMap<DataSource, SessionCache>();
function cacheOf(ds: DataSource): SessionCache {
  let cache = caches.get(ds);
  if (!cache) {
    cache = new SessionCache();
    caches.set(ds, cache);
  }
  return cache;
}

/** Takes ended sessions out of this process's cache at once; revoking them where it is uncommitted is enough. */
export function forgetSessions(ds: DataSource, sessionIds: readonly string[]): void {
  if (sessionIds.length > 0) cacheOf(ds).forget(sessionIds, Date.now());
}

/**
 * Takes people's sessions out of this process's cache whose facts the policy reads (their
 * memberships) are changing: their next request reads them again. Called inside the changing
 * write; a lookup racing it (before its commit) is not kept either.
 */
export function forgetPeople(ds: DataSource, personIds: readonly string[]): void {
  if (personIds.length > 0) cacheOf(ds).forgetPeople(personIds, Date.now());
}

/** Reads `Bearer <token>`; null for a missing, unknown, expired or revoked token. */
export async function authenticate(
  services: { ds: DataSource; clock: Clock },
  header: string,
): Promise<Authenticated | null> {
  const m = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(header.trim());
  if (!m) return null;
  const tokenHash = hashToken(m[1] as string);
  const cache = cacheOf(services.ds);
  const wallNow = services.clock.wallNow();
  const hit = cache.get(tokenHash, Date.now());
  if (hit && hit.expiresAt > wallNow) return hit;
  const rows: {
    session_id: string;
    expires_at: Date;
    id: string;
    program_id: string;
    role: ProgramRole;
    unit_id: string | null;
    unit_kind: UnitKind | null;
    name: string;
    groups: GroupKind[];
    assigned: boolean;
  }[] = await services.ds.query(
    `SELECT s.id AS session_id, s.expires_at, p.id, p.program_id, p.role, p.unit_id, u.kind AS unit_kind, p.name,
            ARRAY(SELECT ms.group_kind FROM membership ms WHERE ms.person_id = p.id ORDER BY ms.group_kind) AS groups,
            EXISTS (SELECT 1 FROM review_assignment ra WHERE ra.expert_id = p.id) AS assigned
       FROM session s JOIN person p ON p.id = s.person_id LEFT JOIN unit u ON u.id = p.unit_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2`,
    [tokenHash, wallNow],
  );
  const r = rows[0];
  if (!r) return null;
  const found: Authenticated = {
    sessionId: r.session_id,
    expiresAt: r.expires_at,
    actor: {
      id: r.id,
      programId: r.program_id,
      role: r.role,
      unitId: r.unit_id,
      unitKind: r.unit_kind,
      name: r.name,
      groups: r.groups,
      // See Actor.reviewer: the memberships and the assignments are read together, here.
      reviewer: r.assigned || acts({ role: r.role, groups: r.groups }, 'EXPERT_TEAM'),
    },
  };
  cache.keep(tokenHash, found, Date.now());
  return found;
}

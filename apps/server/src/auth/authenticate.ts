import type { DataSource } from 'typeorm';
import type { Clock } from '../clock.js';
import type { ProgramRole } from '../domain.js';
import type { Actor } from './policy.js';
import { hashToken } from './tokens.js';

export interface Authenticated {
  sessionId: string;
  expiresAt: Date;
  actor: Actor;
}

/** Reads `Bearer <token>`; null for a missing, unknown, expired or revoked token. */
export async function authenticate(
  services: { ds: DataSource; clock: Clock },
  header: string,
): Promise<Authenticated | null> {
  const m = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(header.trim());
  if (!m) return null;
  const rows: {
    session_id: string;
    expires_at: Date;
    id: string;
    program_id: string;
    role: ProgramRole;
    unit_id: string | null;
    name: string;
  }[] = await services.ds.query(
    `SELECT s.id AS session_id, s.expires_at, p.id, p.program_id, p.role, p.unit_id, p.name
       FROM session s JOIN person p ON p.id = s.person_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2`,
    [hashToken(m[1] as string), services.clock.wallNow()],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    sessionId: r.session_id,
    expiresAt: r.expires_at,
    actor: { id: r.id, programId: r.program_id, role: r.role, unitId: r.unit_id, name: r.name },
  };
}

import type { EntityManager } from 'typeorm';
import type { Clock } from '../clock.js';
import { DAY } from '../clock.js';
import type { ProgramRole } from '../domain.js';
import { badInput, DomainError, unauthenticated } from '../errors.js';
import type { Services } from '../graphql/context.js';
import { PersonEntity } from '../modules/person/person.entity.js';
import { InvitationEntity, SessionEntity } from './auth.entity.js';
import { decoyHash, hashPassword, verifyPassword } from './passwords.js';
import type { Actor } from './policy.js';
import { hashToken, newToken } from './tokens.js';

export const SESSION_DAYS = 14;
export const INVITATION_DAYS = 7;
export const MIN_PASSWORD = 8;

export interface Authenticated {
  sessionId: string;
  actor: Actor;
}

export function actorOf(p: PersonEntity): Actor {
  return { id: p.id, programId: p.programId, role: p.role, unitId: p.unitId, name: p.name };
}

/** Reads `Bearer <token>`; null for a missing, unknown, expired or revoked token. */
export async function authenticate(
  services: Pick<Services, 'ds' | 'clock'>,
  header: string,
): Promise<Authenticated | null> {
  const m = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(header.trim());
  if (!m) return null;
  const rows: {
    session_id: string;
    id: string;
    program_id: string;
    role: ProgramRole;
    unit_id: string | null;
    name: string;
  }[] = await services.ds.query(
    `SELECT s.id AS session_id, p.id, p.program_id, p.role, p.unit_id, p.name
       FROM session s JOIN person p ON p.id = s.person_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2`,
    [hashToken(m[1] as string), services.clock.wallNow()],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    sessionId: r.session_id,
    actor: { id: r.id, programId: r.program_id, role: r.role, unitId: r.unit_id, name: r.name },
  };
}

export async function openSession(m: EntityManager, clock: Clock, personId: string): Promise<string> {
  const token = newToken();
  await m.getRepository(SessionEntity).insert({
    personId,
    tokenHash: hashToken(token),
    expiresAt: new Date(clock.wallNow().getTime() + SESSION_DAYS * DAY),
  });
  return token;
}

const WRONG_CREDENTIALS = 'The email or password is incorrect.';

/** The same answer, after the same work, whether or not the email exists. */
export async function login(m: EntityManager, clock: Clock, email: string, password: string) {
  const person = await m.getRepository(PersonEntity).findOneBy({ email: email.trim().toLowerCase() });
  const ok = await verifyPassword(person?.passwordHash ?? (await decoyHash()), password);
  if (!person?.passwordHash || !ok) throw unauthenticated(WRONG_CREDENTIALS);
  return { token: await openSession(m, clock, person.id), person };
}

export async function logout(m: EntityManager, clock: Clock, sessionId: string): Promise<void> {
  await m.getRepository(SessionEntity).update({ id: sessionId }, { revokedAt: clock.wallNow() });
}

export interface NewInvitation {
  programId: string;
  email: string;
  role: ProgramRole;
  unitId: string | null;
  invitedBy: string;
}

export async function createInvitation(m: EntityManager, clock: Clock, input: NewInvitation) {
  const email = input.email.trim().toLowerCase();
  if (await m.getRepository(PersonEntity).existsBy({ email })) {
    throw badInput('email', `${email} already has an account.`);
  }
  if (input.role === 'UNIT_MEMBER' && !input.unitId) {
    throw badInput('unitId', 'a unit member must belong to a unit.');
  }
  const token = newToken();
  const invitation = await m.getRepository(InvitationEntity).save({
    programId: input.programId,
    email,
    role: input.role,
    unitId: input.unitId,
    invitedBy: input.invitedBy,
    tokenHash: hashToken(token),
    expiresAt: new Date(clock.wallNow().getTime() + INVITATION_DAYS * DAY),
  });
  return { invitation, token };
}

/** Turns a valid, unused, unexpired invitation into an account and a session; once. */
export async function acceptInvitation(m: EntityManager, clock: Clock, token: string, name: string, password: string) {
  if (password.length < MIN_PASSWORD) throw badInput('password', `must be at least ${MIN_PASSWORD} characters.`);
  if (!name.trim()) throw badInput('name', 'must not be empty.');
  const invitation = await m
    .getRepository(InvitationEntity)
    .createQueryBuilder('i')
    .setLock('pessimistic_write')
    .where('i.token_hash = :h', { h: hashToken(token) })
    .getOne();
  if (!invitation) throw new DomainError('NOT_FOUND', 'This invitation link is not valid.');
  if (invitation.acceptedAt)
    throw new DomainError('BAD_USER_INPUT', 'This invitation has already been used.', { field: 'token' });
  if (invitation.expiresAt <= clock.wallNow()) {
    throw new DomainError('BAD_USER_INPUT', `This invitation expired on ${invitation.expiresAt.toISOString()}.`, {
      field: 'token',
    });
  }
  await m.getRepository(InvitationEntity).update({ id: invitation.id }, { acceptedAt: clock.wallNow() });
  const person = await m.getRepository(PersonEntity).save({
    programId: invitation.programId,
    email: invitation.email,
    passwordHash: await hashPassword(password),
    name: name.trim(),
    title: null,
    role: invitation.role,
    unitId: invitation.unitId,
  });
  return { token: await openSession(m, clock, person.id), person, invitation };
}

import type { EntityManager } from 'typeorm';
import { forgetSessions } from '../../auth/authenticate.js';
import { decoyHash, hashPassword, verifyPassword } from '../../auth/passwords.js';
import type { Actor } from '../../auth/policy.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import type { Clock } from '../../clock.js';
import { DAY } from '../../clock.js';
import type { ProgramRole } from '../../domain.js';
import { badInput, DomainError, unauthenticated } from '../../errors.js';
import { streams } from '../../realtime/streams.js';
import { PersonEntity } from '../person/index.js';
import { InvitationEntity, SessionEntity } from './auth.entity.js';

export const SESSION_DAYS = 14;
export const INVITATION_DAYS = 7;
export const MIN_PASSWORD = 8;

/**
 * A person as the policy sees them. Their unit's kind and groups are not on the row: the demo and
 * tests that act as someone without them pass them here (authenticate reads them for a session).
 */
export function actorOf(
  p: PersonEntity,
  more: Pick<Actor, 'unitKind' | 'groups'> = { unitKind: null, groups: [] },
): Actor {
  return { id: p.id, programId: p.programId, role: p.role, unitId: p.unitId, name: p.name, ...more };
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

const WRONG_CREDENTIALS = { reason: 'WRONG_CREDENTIALS', message: 'The email or password is incorrect.' } as const;

/** The same answer, after the same work, whether or not the email exists. */
export async function login(m: EntityManager, clock: Clock, email: string, password: string) {
  const person = await m.getRepository(PersonEntity).findOneBy({ email: email.trim().toLowerCase() });
  const ok = await verifyPassword(person?.passwordHash ?? (await decoyHash()), password);
  if (!person?.passwordHash || !ok) throw unauthenticated(WRONG_CREDENTIALS);
  return { token: await openSession(m, clock, person.id), person };
}

export type SessionEndReason = 'LOGOUT' | 'SIGNED_OUT_EVERYWHERE' | 'PASSWORD_CHANGED' | 'REVOKED_BY_ADMIN';

/**
 * Ends a person's live sessions (only one, or all but one, or all) and returns their ids. The
 * caller appends `sessionsEnded(...)` in the same transaction, so every process closes their
 * sockets (graphql/session-watch.ts).
 */
export async function endSessions(
  m: EntityManager,
  clock: Clock,
  personId: string,
  which: { only?: string; except?: string } = {},
): Promise<string[]> {
  const now = clock.wallNow();
  const params: unknown[] = [personId, now];
  let where = 'person_id = $1 AND revoked_at IS NULL AND expires_at > $2';
  if (which.only) {
    params.push(which.only);
    where += ` AND id = $${params.length}`;
  }
  if (which.except) {
    params.push(which.except);
    where += ` AND id <> $${params.length}`;
  }
  const [rows]: [{ id: string }[], number] = await m.query(
    `UPDATE session SET revoked_at = $2 WHERE ${where} RETURNING id`,
    params,
  );
  const ended = rows.map((r) => r.id);
  // This process then refuses them on the very next request (other replicas hear session.revoked).
  forgetSessions(m.connection, ended);
  return ended;
}

const ENDED_ZH: Record<SessionEndReason, (name: string, n: number, by: string) => string> = {
  LOGOUT: (name) => `${name} 退出登录`,
  SIGNED_OUT_EVERYWHERE: (name, n) => `${name} 在所有设备上退出登录（结束 ${n} 个会话）`,
  PASSWORD_CHANGED: (name, n) => `${name} 修改了密码（结束其他 ${n} 个会话）`,
  REVOKED_BY_ADMIN: (name, n, by) => `${by} 结束了 ${name} 的全部会话（${n} 个）`,
};

/** The `session.revoked` event, on the person's own stream (never in the programme's feed). */
export function sessionsEnded(
  person: { id: string; name: string },
  sessionIds: string[],
  reason: SessionEndReason,
  by: { name: string },
) {
  return {
    stream: streams.person(person.id),
    kind: 'session.revoked' as const,
    subjectId: person.id,
    summary: ENDED_ZH[reason](person.name, sessionIds.length, by.name),
    payload: { sessionIds, reason },
  };
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
    throw badInput('email', { reason: 'EMAIL_TAKEN', message: `${email} already has an account.`, facts: { email } });
  }
  if (input.role === 'UNIT_MEMBER' && !input.unitId) {
    throw badInput('unitId', { reason: 'UNIT_REQUIRED', message: 'a unit member must belong to a unit.' });
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
  if (password.length < MIN_PASSWORD) {
    throw badInput('password', {
      reason: 'PASSWORD_TOO_SHORT',
      message: `must be at least ${MIN_PASSWORD} characters.`,
      facts: { min: MIN_PASSWORD },
    });
  }
  if (!name.trim()) throw badInput('name', { reason: 'NAME_REQUIRED', message: 'must not be empty.' });
  const invitation = await m
    .getRepository(InvitationEntity)
    .createQueryBuilder('i')
    .setLock('pessimistic_write')
    .where('i.token_hash = :h', { h: hashToken(token) })
    .getOne();
  if (!invitation) {
    throw new DomainError('NOT_FOUND', { reason: 'INVITATION_INVALID', message: 'This invitation link is not valid.' });
  }
  if (invitation.acceptedAt) {
    throw new DomainError(
      'BAD_USER_INPUT',
      { reason: 'INVITATION_USED', message: 'This invitation has already been used.' },
      { field: 'token' },
    );
  }
  if (invitation.expiresAt <= clock.wallNow()) {
    const expiresAt = invitation.expiresAt.toISOString();
    throw new DomainError(
      'BAD_USER_INPUT',
      { reason: 'INVITATION_EXPIRED', message: `This invitation expired on ${expiresAt}.`, facts: { expiresAt } },
      { field: 'token' },
    );
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

import { GraphQLError } from 'graphql';
import type { Context } from '../../graphql/context.js';
import { clip, logger } from '../../log.js';
import { type PersonEntity } from '../person/index.js';
import type { SignInOutcome } from './auth.entity.js';
import { login } from './session.service.js';

/** The email as sign-in compares it: trimmed, lower case, at most 320 characters. */
export const signInKey = (email: string) => email.trim().toLowerCase().slice(0, 320);

/**
 * Signs in with the limits and the audit record: refused (RATE_LIMITED) while the email or the
 * address is throttled; a wrong password counts against both; a right one clears the email's
 * count. Every attempt is recorded in `sign_in` — with the person and programme when the email
 * is known — whatever its outcome.
 */
export async function signIn(
  ctx: Context,
  email: string,
  password: string,
): Promise<{ token: string; person: PersonEntity }> {
  const key = signInKey(email);
  // The log names the email tried and where from, never the password.
  const who = { email: clip(key, 320), address: ctx.caller.address };
  try {
    await ctx.limits.checkSignIn(key, ctx.caller.address);
  } catch (err) {
    await recordSignIn(ctx, key, 'RATE_LIMITED');
    logger.warn({ ...who, reason: 'locked', detail: (err as Error).message }, 'Sign-in refused: locked');
    throw err;
  }
  let signedIn: { token: string; person: PersonEntity };
  try {
    signedIn = await ctx.ds.transaction((m) => login(m, ctx.clock, email, password));
  } catch (err) {
    if (err instanceof GraphQLError && err.extensions.code === 'UNAUTHENTICATED') {
      const [, known] = await Promise.all([
        ctx.limits.signInFailed(key, ctx.caller.address),
        recordSignIn(ctx, key, 'FAILED'),
      ]);
      const reason = known ? 'wrong password' : 'unknown account';
      logger.warn({ ...who, reason }, `Sign-in refused: ${reason}`);
    }
    throw err;
  }
  await Promise.all([ctx.limits.signInSucceeded(key), recordSignIn(ctx, key, 'SUCCEEDED')]);
  logger.info({ ...who, personId: signedIn.person.id }, 'Signed in');
  return signedIn;
}

/** Appends one attempt to the append-only `sign_in` table; says whether the email is a person's. */
export async function recordSignIn(ctx: Context, email: string, outcome: SignInOutcome): Promise<boolean> {
  const rows: { person_id: string | null }[] = await ctx.ds.query(
    `INSERT INTO sign_in (at, email, person_id, program_id, outcome, address, user_agent)
     SELECT $1, $2, p.id, p.program_id, $3, $4, $5 FROM (SELECT 1) one LEFT JOIN person p ON p.email = $2
     RETURNING person_id`,
    [ctx.clock.now(), email, outcome, ctx.caller.address.slice(0, 100), ctx.caller.userAgent.slice(0, 500)],
  );
  return rows[0]?.person_id != null;
}

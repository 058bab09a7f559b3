import { forbidden, unauthenticated } from '../errors.js';
import type { Context } from '../graphql/context.js';
import { type Action, type Actor, can, type Subject } from './policy.js';

export function requireActor(ctx: Context): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/** Asks the policy; refuses with a reason a person can act on. */
export function authorize(ctx: Context, action: Action, subject: Subject, reason: string): Actor {
  const actor = requireActor(ctx);
  if (!can(actor, action, subject)) throw forbidden(reason);
  return actor;
}

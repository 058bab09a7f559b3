import { forbidden, unauthenticated } from '../errors.js';
import type { Refusal } from '../refusals.js';
import { type Action, type Actor, can, type Subject } from './policy.js';

/** Whoever asks: a request's context, or a write's scope (writes/write-scope.ts). */
interface Asker {
  actor: Actor | null;
}

export function requireActor(asker: Asker): Actor {
  if (!asker.actor) throw unauthenticated();
  return asker.actor;
}

/** Asks the policy; refuses with a reason (and its facts) the client says in the reader's language. */
export function authorize(asker: Asker, action: Action, subject: Subject, refusal: Refusal): Actor {
  const actor = requireActor(asker);
  if (!can(actor, action, subject)) throw forbidden(refusal);
  return actor;
}

import { AsyncLocalStorage } from 'node:async_hooks';
import type { Context } from './context.js';

/**
 * Whether a computation depended on who exactly the viewer is, beyond their visibility class
 * (programme, role, unit, groups). Subscriptions over WebSocket run with a probed context: the person's
 * id and name, and the session and caller, report when they are read inside `probing`, so the
 * multiplexer (graphql/multiplex.ts) shares a result across a class only when nothing personal
 * went into it. Correct by construction: every rule that tells one person from another of the
 * same class reads one of these.
 */
export interface Probe {
  personal: boolean;
}

const current = new AsyncLocalStorage<Probe>();

const PERSONAL_ACTOR_FIELDS = new Set<PropertyKey>(['id', 'name']);
const PERSONAL_CONTEXT_FIELDS = new Set<PropertyKey>(['sessionId', 'sessionExpiresAt', 'caller']);

function reported<T extends object>(target: T, personal: ReadonlySet<PropertyKey>): T {
  return new Proxy(target, {
    get(t, key, receiver) {
      if (personal.has(key)) {
        const probe = current.getStore();
        if (probe) probe.personal = true;
      }
      return Reflect.get(t, key, receiver);
    },
  });
}

/** `ctx` whose personal parts report their reads to the probe running at the time. */
export function probedContext(ctx: Context): Context {
  const actor = ctx.actor && reported(ctx.actor, PERSONAL_ACTOR_FIELDS);
  return reported({ ...ctx, actor }, PERSONAL_CONTEXT_FIELDS);
}

/** Runs `work`, and says whether anything personal of a probed context was read while it ran. */
export async function probing<T>(work: () => Promise<T>): Promise<{ value: T; personal: boolean }> {
  const probe: Probe = { personal: false };
  const value = await current.run(probe, work);
  return { value, personal: probe.personal };
}

/**
 * Runs `work` (and all it sets off) under `probe`, read whenever the caller chooses: an HTTP
 * request's answer is kept for its whole class only if nothing personal was read (graphql/response-cache.ts).
 */
export function runProbed<T>(probe: Probe, work: () => T): T {
  return current.run(probe, work);
}

/**
 * The visibility class of a viewer: who sees the same as anyone else of it, unless something
 * personal is read. It holds every fact of the actor the policy (auth/policy.ts) reads besides the
 * personal ones.
 */
export function visibilityClass(ctx: Pick<Context, 'actor'>): string {
  const { actor } = ctx;
  if (!actor) return 'nobody';
  // Read outside any probe: the class itself is not a personal read. The policy reads the groups
  // (memberships) as it reads the role, so two people of one role and unit but different groups
  // may see different things: they are of different classes. (The unit's kind follows the unit.)
  // So are one who may be a review's expert and one who is known not to be (Actor.reviewer).
  const reviewer = actor.reviewer === false ? '' : 'reviewer';
  return `${actor.programId}|${actor.role}|${actor.unitId ?? ''}|${[...actor.groups].sort().join(',')}|${reviewer}`;
}

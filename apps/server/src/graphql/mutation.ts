import { requireActor } from '../auth/authorize.js';
import { checkClientMutationId, runWrite } from '../writes/run-write.js';
import type { WriteScope } from '../writes/write-scope.js';
import type { Context } from './context.js';

/**
 * A GraphQL mutation's write: the signed-in person's, counted against their write limit
 * (graphql/rate-limit.ts), then the one write pipeline (writes/run-write.ts).
 */
export async function runMutation<R extends Record<string, unknown>>(
  ctx: Context,
  mutation: string,
  clientMutationId: string | null | undefined,
  work: (scope: WriteScope) => Promise<R>,
): Promise<R> {
  const actor = requireActor(ctx);
  checkClientMutationId(clientMutationId);
  // Writes per person per minute, over all their sessions and every replica (RATE_LIMITED when over).
  await ctx.limits.write(actor.id);
  return runWrite(ctx, actor, { name: mutation, clientMutationId }, work);
}

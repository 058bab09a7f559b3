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

/**
 * A mutation that answers with the rows its write returned (INSERT/UPDATE … RETURNING), not with
 * rows read again after commit. The receipt keeps only `receipt`, a JSON reference to what was
 * written. `answer` is null when a retry found the first request's receipt and wrote nothing: the
 * caller then reads what the receipt names.
 */
export async function runMutationReturning<R extends Record<string, unknown>, A>(
  ctx: Context,
  mutation: string,
  clientMutationId: string | null | undefined,
  work: (scope: WriteScope) => Promise<{ receipt: R; answer: A }>,
): Promise<{ receipt: R; answer: A | null }> {
  let written: { answer: A } | null = null;
  const receipt = await runMutation(ctx, mutation, clientMutationId, async (scope) => {
    const r = await work(scope);
    written = { answer: r.answer };
    return r.receipt;
  });
  // TypeScript does not follow the assignment inside the callback.
  const fresh = written as { answer: A } | null;
  return { receipt, answer: fresh ? fresh.answer : null };
}

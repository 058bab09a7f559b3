import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { runMutationReturning } from '../../graphql/mutation.js';
import { loadUnits, Unit, unitLoader } from '../unit/index.js';
import { PlanEntity } from './plan.entity.js';
import { planCoUnitIds } from './plan.loaders.js';
import { createPlan, updatePlan } from './plan.service.js';
import { CreatePlanInput, CreatePlanPayload, Plan, UpdatePlanInput, UpdatePlanPayload } from './plan.types.js';

/** The mutation's answer: the plan as written, its co-units primed so they are not read again. */
async function answerOf(
  ctx: Context,
  receipt: { planId: string },
  answer: { plan: PlanEntity; coUnitIds: string[] } | null,
): Promise<Plan> {
  if (answer) planCoUnitIds(ctx).prime(answer.plan.id, answer.coUnitIds);
  const plan = answer?.plan ?? (await ctx.ds.getRepository(PlanEntity).findOneByOrFail({ id: receipt.planId }));
  return Plan.from(plan);
}

@Resolver(() => Plan)
export class PlanResolver {
  @FieldResolver(() => Unit)
  async leadUnit(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Unit> {
    return (await unitLoader(ctx).load(plan.leadUnitId)) as Unit;
  }

  @FieldResolver(() => [Unit])
  async coUnits(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Unit[]> {
    return loadUnits(ctx, await planCoUnitIds(ctx).load(plan.id));
  }

  @Mutation(() => CreatePlanPayload, { description: 'A new plan of the "1+X": the working group and administrators.' })
  async createPlan(
    @Arg('input', () => CreatePlanInput) input: CreatePlanInput,
    @Ctx() ctx: Context,
  ): Promise<CreatePlanPayload> {
    const { receipt, answer } = await runMutationReturning(ctx, 'createPlan', input.clientMutationId, async (scope) => {
      const written = await createPlan(scope, input);
      return { receipt: { planId: written.plan.id }, answer: written };
    });
    return { plan: await answerOf(ctx, receipt, answer), clientMutationId: input.clientMutationId ?? null };
  }

  @Mutation(() => UpdatePlanPayload, {
    description: 'Changes a plan’s title, units or 印发形式; CONFLICT when it changed since expectedVersion.',
  })
  async updatePlan(
    @Arg('input', () => UpdatePlanInput) input: UpdatePlanInput,
    @Ctx() ctx: Context,
  ): Promise<UpdatePlanPayload> {
    const change = {
      title: input.title,
      leadUnitId: input.leadUnitId,
      coUnitIds: input.coUnitIds,
      issuance: input.issuance,
    };
    const { receipt, answer } = await runMutationReturning(ctx, 'updatePlan', input.clientMutationId, async (scope) => {
      const written = await updatePlan(scope, input.planId, change, input.expectedVersion);
      return { receipt: { planId: written.plan.id }, answer: written };
    });
    return { plan: await answerOf(ctx, receipt, answer), clientMutationId: input.clientMutationId ?? null };
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadUnits } from '../../graphql/loaders.js';
import { Unit } from '../unit/unit.types.js';
import { Plan } from './plan.types.js';

@Resolver(() => Plan)
export class PlanResolver {
  @FieldResolver(() => Unit)
  async leadUnit(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Unit> {
    return (await ctx.loaders.unit.load(plan.leadUnitId)) as Unit;
  }

  @FieldResolver(() => [Unit])
  async coUnits(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Unit[]> {
    return loadUnits(ctx.loaders, await ctx.loaders.planCoUnitIds.load(plan.id));
  }
}

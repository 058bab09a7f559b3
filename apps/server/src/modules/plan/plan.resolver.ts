import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadUnits, Unit, unitLoader } from '../unit/index.js';
import { planCoUnitIds } from './plan.loaders.js';
import { Plan } from './plan.types.js';

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
}

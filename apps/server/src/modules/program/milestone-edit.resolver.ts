import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { runMutationReturning } from '../../graphql/mutation.js';
import { editMilestone } from './milestone-edit.service.js';
import { EditMilestoneInput, EditMilestonePayload } from './milestone-edit.types.js';
import { MilestoneEntity } from './program.entity.js';
import { Milestone } from './program.types.js';

@Resolver(() => Milestone)
export class MilestoneEditResolver {
  @Mutation(() => EditMilestonePayload, {
    description:
      'Changes a milestone’s title, due date or owning unit: the working group and administrators; ' +
      'CONFLICT when it changed since expectedVersion.',
  })
  async editMilestone(
    @Arg('input', () => EditMilestoneInput) input: EditMilestoneInput,
    @Ctx() ctx: Context,
  ): Promise<EditMilestonePayload> {
    const change = { title: input.title, dueOn: input.dueOn, ownerUnitId: input.ownerUnitId };
    const { receipt, answer } = await runMutationReturning(
      ctx,
      'editMilestone',
      input.clientMutationId,
      async (scope) => {
        const milestone = await editMilestone(scope, input.milestoneId, change, input.expectedVersion);
        return { receipt: { milestoneId: milestone.id }, answer: milestone };
      },
    );
    const milestone =
      answer ?? (await ctx.ds.getRepository(MilestoneEntity).findOneByOrFail({ id: receipt.milestoneId }));
    return { milestone: Milestone.from(milestone), clientMutationId: input.clientMutationId ?? null };
  }
}

import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { authorize } from '../../auth/authorize.js';
import { can } from '../../auth/policy.js';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { isOverdue } from '../../progress.js';
import { loadUnits, Unit, unitLoader } from '../unit/index.js';
import { TopicEntity } from './topic.entity.js';
import { topicCoUnitIds } from './topic.loaders.js';
import { findTopic, updateTopic } from './topic.service.js';
import { ResearchTopic, UpdateTopicInput, UpdateTopicPayload } from './topic.types.js';

@Resolver(() => ResearchTopic)
export class TopicResolver {
  @FieldResolver(() => Unit)
  async leadUnit(@Root() topic: ResearchTopic, @Ctx() ctx: Context): Promise<Unit> {
    return (await unitLoader(ctx).load(topic.leadUnitId)) as Unit;
  }

  @FieldResolver(() => [Unit])
  async coUnits(@Root() topic: ResearchTopic, @Ctx() ctx: Context): Promise<Unit[]> {
    return loadUnits(ctx, await topicCoUnitIds(ctx).load(topic.id));
  }

  @FieldResolver(() => Boolean)
  overdue(@Root() topic: ResearchTopic, @Ctx() ctx: Context): boolean {
    return isOverdue(topic, ctx.clock.today());
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may change this topic.' })
  canUpdate(@Root() topic: ResearchTopic, @Ctx() ctx: Context): boolean {
    return can(ctx.actor, 'topic.update', { type: 'topic', programId: topic.programId, leadUnitId: topic.leadUnitId });
  }

  @Mutation(() => UpdateTopicPayload)
  async updateTopic(
    @Arg('input', () => UpdateTopicInput) input: UpdateTopicInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateTopicPayload> {
    const { topicId } = await runMutation(ctx, 'updateTopic', input.clientMutationId, async (scope) => {
      const topic = await findTopic(scope, input.topicId);
      authorize(
        ctx,
        'topic.update',
        { type: 'topic', programId: topic.programId, leadUnitId: topic.leadUnitId },
        {
          reason: 'TOPIC_UPDATE_ROLE',
          message: 'Only the working group or a member of the responsible unit may update this research topic.',
        },
      );
      await updateTopic(scope, ctx.clock, topic, { status: input.status, progressNote: input.progressNote });
      return { topicId: topic.id };
    });
    const topic = await ctx.ds.getRepository(TopicEntity).findOneByOrFail({ id: topicId });
    return { topic: ResearchTopic.from(topic), clientMutationId: input.clientMutationId ?? null };
  }
}

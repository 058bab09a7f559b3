import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { can } from '../../auth/policy.js';
import type { Context } from '../../graphql/context.js';
import { runMutationReturning } from '../../graphql/mutation.js';
import { isOverdue } from '../../progress.js';
import { loadUnits, Unit, unitLoader } from '../unit/index.js';
import { TopicEntity } from './topic.entity.js';
import { topicCoUnitIds } from './topic.loaders.js';
import { updateTopic } from './topic.service.js';
import {
  CreateTopicInput,
  CreateTopicPayload,
  EditTopicInput,
  EditTopicPayload,
  ResearchTopic,
  UpdateTopicInput,
  UpdateTopicPayload,
} from './topic.types.js';
import { createTopic } from './topic-create.service.js';
import { editTopic } from './topic-edit.service.js';

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
    const change = { status: input.status, progressNote: input.progressNote };
    const { receipt, answer } = await runMutationReturning(
      ctx,
      'updateTopic',
      input.clientMutationId,
      async (scope) => {
        const written = await updateTopic(scope, input.topicId, change);
        return { receipt: { topicId: written.topic.id }, answer: written };
      },
    );
    // The answer's co-units were read with the change: not read again.
    if (answer) topicCoUnitIds(ctx).prime(answer.topic.id, answer.coUnitIds);
    const topic = answer?.topic ?? (await ctx.ds.getRepository(TopicEntity).findOneByOrFail({ id: receipt.topicId }));
    return { topic: ResearchTopic.from(topic), clientMutationId: input.clientMutationId ?? null };
  }

  @Mutation(() => CreateTopicPayload, {
    description: 'A new research topic, numbered after the others: the working group and administrators.',
  })
  async createTopic(
    @Arg('input', () => CreateTopicInput) input: CreateTopicInput,
    @Ctx() ctx: Context,
  ): Promise<CreateTopicPayload> {
    const { receipt, answer } = await runMutationReturning(
      ctx,
      'createTopic',
      input.clientMutationId,
      async (scope) => {
        const written = await createTopic(scope, input);
        return { receipt: { topicId: written.topic.id }, answer: written };
      },
    );
    if (answer) topicCoUnitIds(ctx).prime(answer.topic.id, answer.coUnitIds);
    const topic = answer?.topic ?? (await ctx.ds.getRepository(TopicEntity).findOneByOrFail({ id: receipt.topicId }));
    return { topic: ResearchTopic.from(topic), clientMutationId: input.clientMutationId ?? null };
  }

  @Mutation(() => EditTopicPayload, {
    description:
      'Changes a research topic’s title, content, units or due date: the working group and administrators; ' +
      'CONFLICT when it changed (its status too) since expectedVersion.',
  })
  async editTopic(
    @Arg('input', () => EditTopicInput) input: EditTopicInput,
    @Ctx() ctx: Context,
  ): Promise<EditTopicPayload> {
    const change = {
      title: input.title,
      content: input.content,
      leadUnitId: input.leadUnitId,
      coUnitIds: input.coUnitIds,
      dueOn: input.dueOn,
    };
    const { receipt, answer } = await runMutationReturning(ctx, 'editTopic', input.clientMutationId, async (scope) => {
      const written = await editTopic(scope, input.topicId, change, input.expectedVersion);
      return { receipt: { topicId: written.topic.id }, answer: written };
    });
    if (answer) topicCoUnitIds(ctx).prime(answer.topic.id, answer.coUnitIds);
    const topic = answer?.topic ?? (await ctx.ds.getRepository(TopicEntity).findOneByOrFail({ id: receipt.topicId }));
    return { topic: ResearchTopic.from(topic), clientMutationId: input.clientMutationId ?? null };
  }
}

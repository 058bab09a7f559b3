import type { SubscribeResolverData } from 'type-graphql';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { In } from 'typeorm';
import { authorize, requireActor } from '../../auth/authorize.js';
import { can } from '../../auth/policy.js';
import { canReadEvent } from '../../auth/visibility.js';
import { publicBase } from '../../config.js';
import { forbidden, notFound } from '../../errors.js';
import { keysetPage } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import type { LoggedEvent } from '../../realtime/event-log.js';
import { liveEvents, replayableCursor } from '../../realtime/live.js';
import { streams } from '../../realtime/streams.js';
import { Draft, draftLoader } from '../draft/index.js';
import { Person, personLoader } from '../person/index.js';
import { Anchor, Thread, threadFacts } from '../thread/index.js';
import { PublicConsultationEntity, PublicOpinionEntity } from './consultation.entity.js';
import { consultationByDraft, consultationById, opinionById, opinionCounts } from './consultation.loaders.js';
import {
  closeConsultation,
  moderatePublicOpinion,
  openConsultation,
  submitPublicOpinion,
} from './consultation.service.js';
import {
  CloseConsultationInput,
  CloseConsultationPayload,
  ConsultationEvent,
  ModeratePublicOpinionGroupInput,
  ModeratePublicOpinionGroupPayload,
  ModeratePublicOpinionInput,
  ModeratePublicOpinionPayload,
  ModerationStatusEnum,
  OpenConsultationInput,
  OpenConsultationPayload,
  type OpinionGrouping,
  OpinionGroupingEnum,
  PassageOpinionCount,
  PublicChallenge,
  PublicConsultation,
  PublicDraftView,
  PublicOpinion,
  PublicOpinionConnection,
  PublicOpinionGroup,
  PublicOpinionGroupConnection,
  PublicSummary,
  SubmitPublicOpinionInput,
  SubmitPublicOpinionPayload,
} from './consultation.types.js';
import { consultationState, type ModerationStatus } from './consultation.vocabulary.js';
import { groupCondition, groupPage, moderateGroup, passageCounts } from './opinion-groups.js';
import { publicDraftView, publicSummaryOf } from './public-read.js';

const CONSULTATION_ROLE = {
  reason: 'CONSULTATION_ROLE',
  message: 'Only the working group runs public consultations and moderates their opinions.',
} as const;

/** A round as the API shows it, its state on the programme's today. */
export function toConsultation(ctx: Pick<Context, 'clock' | 'config'>, e: PublicConsultationEntity) {
  return PublicConsultation.from(
    e,
    consultationState(e, ctx.clock.today()),
    `${publicBase(ctx.config)}/public/${e.slug}`,
  );
}

/** A round the asker may see: anyone who reads its programme sees that it exists and its counts. */
async function readableConsultation(ctx: Context, id: string) {
  const actor = requireActor(ctx);
  const c = await ctx.ds.getRepository(PublicConsultationEntity).findOneBy({ id });
  if (!c || !can(actor, 'program.read', { type: 'program', programId: c.programId }))
    throw notFound('consultation', id);
  return c;
}

async function loadConsultation(ctx: Context, id: string) {
  return toConsultation(ctx, await ctx.ds.getRepository(PublicConsultationEntity).findOneByOrFail({ id }));
}

@Resolver(() => Draft)
export class DraftConsultationResolver {
  @FieldResolver(() => PublicConsultation, { nullable: true, description: 'Its round of public consultation, if any.' })
  async consultation(@Root() draft: Draft, @Ctx() ctx: Context): Promise<PublicConsultation | null> {
    const c = await consultationByDraft(ctx).load(draft.id);
    return c ? toConsultation(ctx, c) : null;
  }
}

@Resolver(() => PublicConsultation)
export class ConsultationResolver {
  @Query(() => PublicConsultation, { nullable: true })
  async consultation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PublicConsultation | null> {
    const actor = requireActor(ctx);
    const c = await ctx.ds.getRepository(PublicConsultationEntity).findOneBy({ id });
    if (!c || !can(actor, 'program.read', { type: 'program', programId: c.programId })) return null;
    return toConsultation(ctx, c);
  }

  @Query(() => PublicDraftView, {
    nullable: true,
    description: 'A draft under public consultation, for anyone, signed in or not; null before its round opens.',
  })
  publicDraft(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<PublicDraftView | null> {
    return publicDraftView(ctx, slug);
  }

  @Query(() => PublicSummary, {
    nullable: true,
    description: 'What became of the opinions a round received, for anyone; no personal data. Null before it opens.',
  })
  publicSummary(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<PublicSummary | null> {
    return publicSummaryOf(ctx, slug);
  }

  @Query(() => PublicChallenge, { description: 'A proof-of-work challenge to solve before sending a public opinion.' })
  async publicChallenge(@Ctx() ctx: Context): Promise<PublicChallenge> {
    return { json: await ctx.proofOfWork.challenge() };
  }

  @FieldResolver(() => Draft)
  async draft(@Root() c: PublicConsultation, @Ctx() ctx: Context): Promise<Draft> {
    const draft = await draftLoader(ctx).load(c.entity.draftId);
    if (!draft) throw new Error(`Consultation ${c.id} has no draft.`);
    return Draft.from(draft);
  }

  @FieldResolver(() => Int)
  async received(@Root() c: PublicConsultation, @Ctx() ctx: Context) {
    return (await opinionCounts(ctx).load(c.id)).received;
  }

  @FieldResolver(() => Int)
  async pending(@Root() c: PublicConsultation, @Ctx() ctx: Context) {
    return (await opinionCounts(ctx).load(c.id)).pending;
  }

  @FieldResolver(() => Int)
  async accepted(@Root() c: PublicConsultation, @Ctx() ctx: Context) {
    return (await opinionCounts(ctx).load(c.id)).accepted;
  }

  @FieldResolver(() => Int)
  async rejected(@Root() c: PublicConsultation, @Ctx() ctx: Context) {
    return (await opinionCounts(ctx).load(c.id)).rejected;
  }

  @FieldResolver(() => Int)
  async duplicate(@Root() c: PublicConsultation, @Ctx() ctx: Context) {
    return (await opinionCounts(ctx).load(c.id)).duplicate;
  }

  @FieldResolver(() => PublicOpinionConnection, {
    description: 'What the public sent, newest first (the working group only).',
  })
  async opinions(
    @Root() c: PublicConsultation,
    @Ctx() ctx: Context,
    @Arg('status', () => ModerationStatusEnum, { nullable: true }) status: ModerationStatus | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('group', () => String, {
      nullable: true,
      description: 'Only the opinions of one group (PublicOpinionGroup.key).',
    })
    group: string | null,
  ): Promise<PublicOpinionConnection> {
    authorize(ctx, 'consultation.run', { type: 'program', programId: c.entity.programId }, CONSULTATION_ROLE);
    const q = ctx.ds
      .getRepository(PublicOpinionEntity)
      .createQueryBuilder('o')
      .where('o.consultation_id = :id', { id: c.id });
    if (status) q.andWhere('o.status = :status', { status });
    if (group) {
      const where = groupCondition(group);
      q.andWhere(where.sql.replace('$GROUP', ':group'), { group: where.param });
    }
    return keysetPage(q, {
      alias: 'o',
      column: 'submitted_at',
      key: (o) => o.submittedAt,
      direction: 'DESC',
      first,
      after,
      node: PublicOpinion.from,
      defaultSize: 50,
      maxSize: 200,
    });
  }

  @FieldResolver(() => PublicOpinionGroupConnection, {
    description: 'Its opinions with a status (PENDING by default) in groups, largest first (the working group only).',
  })
  async groups(
    @Root() c: PublicConsultation,
    @Ctx() ctx: Context,
    @Arg('by', () => OpinionGroupingEnum) by: OpinionGrouping,
    @Arg('status', () => ModerationStatusEnum, { nullable: true }) status: ModerationStatus | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<PublicOpinionGroupConnection> {
    authorize(ctx, 'consultation.run', { type: 'program', programId: c.entity.programId }, CONSULTATION_ROLE);
    const size = Math.min(Math.max(first ?? 20, 1), 100);
    const page = await groupPage(ctx.ds, c.entity, by, status ?? 'PENDING', size, after);
    const samples = await ctx.ds
      .getRepository(PublicOpinionEntity)
      .findBy({ id: In(page.edges.map((e) => e.node.sampleId)) });
    const byId = new Map(samples.map((o) => [o.id, o]));
    return Object.assign(new PublicOpinionGroupConnection(), {
      ...page,
      edges: page.edges.flatMap((e) => {
        const sample = byId.get(e.node.sampleId);
        return sample
          ? [
              {
                cursor: e.cursor,
                node: Object.assign(new PublicOpinionGroup(), e.node, { sample: PublicOpinion.from(sample) }),
              },
            ]
          : [];
      }),
    });
  }

  @FieldResolver(() => [PassageOpinionCount], {
    description: 'How many opinions each passage of its draft has had (the working group only).',
  })
  async passageCounts(@Root() c: PublicConsultation, @Ctx() ctx: Context): Promise<PassageOpinionCount[]> {
    authorize(ctx, 'consultation.run', { type: 'program', programId: c.entity.programId }, CONSULTATION_ROLE);
    return (await passageCounts(ctx.ds, c.id)).map((r) => Object.assign(new PassageOpinionCount(), r));
  }

  @Mutation(() => ModeratePublicOpinionGroupPayload, {
    description: 'Decides every pending opinion of a group in one action, with one note.',
  })
  async moderatePublicOpinionGroup(
    @Arg('input', () => ModeratePublicOpinionGroupInput) input: ModeratePublicOpinionGroupInput,
    @Ctx() ctx: Context,
  ): Promise<ModeratePublicOpinionGroupPayload> {
    const actor = requireActor(ctx);
    authorize(ctx, 'consultation.run', { type: 'program', programId: actor.programId }, CONSULTATION_ROLE);
    const { decided } = await runMutation(ctx, 'moderatePublicOpinionGroup', input.clientMutationId, (scope) =>
      moderateGroup(scope, input),
    );
    return {
      decided,
      consultation: await loadConsultation(ctx, input.consultationId),
      clientMutationId: input.clientMutationId ?? null,
    };
  }

  @Mutation(() => OpenConsultationPayload)
  async openConsultation(
    @Arg('input', () => OpenConsultationInput) input: OpenConsultationInput,
    @Ctx() ctx: Context,
  ): Promise<OpenConsultationPayload> {
    const actor = requireActor(ctx);
    authorize(ctx, 'consultation.run', { type: 'program', programId: actor.programId }, CONSULTATION_ROLE);
    const { consultationId } = await runMutation(ctx, 'openConsultation', input.clientMutationId, (scope) =>
      openConsultation(scope, ctx.clock, input),
    );
    return {
      consultation: await loadConsultation(ctx, consultationId),
      clientMutationId: input.clientMutationId ?? null,
    };
  }

  @Mutation(() => CloseConsultationPayload)
  async closeConsultation(
    @Arg('input', () => CloseConsultationInput) input: CloseConsultationInput,
    @Ctx() ctx: Context,
  ): Promise<CloseConsultationPayload> {
    const actor = requireActor(ctx);
    authorize(ctx, 'consultation.run', { type: 'program', programId: actor.programId }, CONSULTATION_ROLE);
    const { consultationId } = await runMutation(ctx, 'closeConsultation', input.clientMutationId, (scope) =>
      closeConsultation(scope, ctx.clock, input.consultationId),
    );
    return {
      consultation: await loadConsultation(ctx, consultationId),
      clientMutationId: input.clientMutationId ?? null,
    };
  }

  @Mutation(() => SubmitPublicOpinionPayload, {
    description: 'An opinion from anyone, without an account, after a solved proof-of-work challenge.',
  })
  async submitPublicOpinion(
    @Arg('input', () => SubmitPublicOpinionInput) input: SubmitPublicOpinionInput,
    @Ctx() ctx: Context,
  ): Promise<SubmitPublicOpinionPayload> {
    const { ds, clock, doorbell, proofOfWork, limits } = ctx;
    const sender = { ds, clock, doorbell, proofOfWork, limits, address: ctx.caller.address };
    const { receipt } = await submitPublicOpinion(sender, input);
    return { receipt, clientMutationId: input.clientMutationId ?? null };
  }

  @Mutation(() => ModeratePublicOpinionPayload)
  async moderatePublicOpinion(
    @Arg('input', () => ModeratePublicOpinionInput) input: ModeratePublicOpinionInput,
    @Ctx() ctx: Context,
  ): Promise<ModeratePublicOpinionPayload> {
    const actor = requireActor(ctx);
    authorize(ctx, 'consultation.run', { type: 'program', programId: actor.programId }, CONSULTATION_ROLE);
    const { opinionId } = await runMutation(ctx, 'moderatePublicOpinion', input.clientMutationId, (scope) =>
      moderatePublicOpinion(scope, input),
    );
    const row = await ctx.ds.getRepository(PublicOpinionEntity).findOneByOrFail({ id: opinionId });
    return { opinion: PublicOpinion.from(row), clientMutationId: input.clientMutationId ?? null };
  }

  @Subscription(() => ConsultationEvent, {
    description: 'Every change in one round (the working group): replays the log after `after`, then live.',
    subscribe: async ({
      args,
      context,
    }: SubscribeResolverData<unknown, { consultationId: string; after?: string | null }, Context>) => {
      const c = await readableConsultation(context, args.consultationId);
      if (!can(context.actor, 'consultation.run', { type: 'program', programId: c.programId })) {
        throw forbidden(CONSULTATION_ROLE);
      }
      const after = await replayableCursor(context.ds, args.after);
      const actor = context.actor;
      return liveEvents(context.ds, context.tailer, {
        after,
        programId: c.programId,
        stream: streams.consultation(c.id),
        accept: (e) => canReadEvent(context.ds.manager, actor, e, context.clock.today()),
      });
    },
  })
  consultationEvents(
    @Root() e: LoggedEvent,
    @Arg('consultationId', () => ID) _consultationId: string,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
  ): ConsultationEvent {
    const opinion = e.kind === 'public-opinion.submitted' || e.kind === 'public-opinion.moderated';
    // A group decided at once names the round as its subject, not an opinion.
    return Object.assign(new ConsultationEvent(), {
      cursor: e.cursor,
      kind: e.kind,
      consultationId: e.stream.slice('consultation:'.length),
      opinionId: opinion ? e.subjectId : null,
    });
  }
}

@Resolver(() => PublicOpinion)
export class PublicOpinionResolver {
  @FieldResolver(() => PublicConsultation)
  async consultation(@Root() o: PublicOpinion, @Ctx() ctx: Context): Promise<PublicConsultation> {
    const c = await consultationById(ctx).load(o.entity.consultationId);
    if (!c) throw new Error(`Opinion ${o.id} has no round ${o.entity.consultationId}.`);
    return toConsultation(ctx, c);
  }

  @FieldResolver(() => Anchor, { nullable: true, description: 'Null: on the whole draft.' })
  anchor(@Root() o: PublicOpinion): Anchor | null {
    const e = o.entity;
    if (!e.blockId || e.anchorStart === null || e.anchorEnd === null || e.quote === null) return null;
    return Object.assign(new Anchor(), {
      blockId: e.blockId,
      start: e.anchorStart,
      end: e.anchorEnd,
      quote: e.quote,
      prefix: e.prefix ?? '',
      suffix: e.suffix ?? '',
    });
  }

  @FieldResolver(() => PublicOpinion, { nullable: true })
  async duplicateOf(@Root() o: PublicOpinion, @Ctx() ctx: Context): Promise<PublicOpinion | null> {
    if (!o.entity.duplicateOfId) return null;
    const row = await opinionById(ctx).load(o.entity.duplicateOfId);
    return row ? PublicOpinion.from(row) : null;
  }

  @FieldResolver(() => Thread, { nullable: true, description: 'The thread it became, once accepted.' })
  async thread(@Root() o: PublicOpinion, @Ctx() ctx: Context): Promise<Thread | null> {
    if (!o.entity.threadId) return null;
    const t = await threadFacts(ctx).load(o.entity.threadId);
    return t ? Thread.from(t) : null;
  }

  @FieldResolver(() => Person, { nullable: true })
  async moderatedBy(@Root() o: PublicOpinion, @Ctx() ctx: Context): Promise<Person | null> {
    return o.entity.moderatedBy ? ((await personLoader(ctx).load(o.entity.moderatedBy)) as Person) : null;
  }
}

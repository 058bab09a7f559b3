import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { ADOPTION_STATES, type AdoptionState } from '../../domain.js';
import type { Context } from '../../graphql/context.js';
import { asEnum } from '../../graphql/enums.js';
import { runMutation } from '../../graphql/mutation.js';
import { Draft, draftLoader } from '../draft/index.js';
import { Person, personLoader } from '../person/index.js';
import { confirmAdoption } from './adoption.js';
import { ThreadEntity } from './thread.entity.js';
import { Thread } from './thread.types.js';

export const AdoptionStateEnum = asEnum(ADOPTION_STATES);
registerEnumType(AdoptionStateEnum, {
  name: 'AdoptionState',
  description: 'Whether an adopted opinion reached the next version of its draft (落实情况).',
});

@ObjectType('AdoptionCheck')
export class AdoptionCheck {
  @Field(() => AdoptionStateEnum) state: AdoptionState;
  @Field(() => String, { nullable: true, description: 'Where it was carried out, in the lead unit’s words.' })
  note: string | null;
  draftId: string | null;
  confirmedById: string | null;
}

@InputType()
export class ConfirmAdoptionInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a thread id' }) threadId: string;
  @Field(() => String) @MaxLength(500) note: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class ConfirmAdoptionPayload {
  @Field(() => Thread) thread: Thread;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@Resolver(() => AdoptionCheck)
export class AdoptionCheckResolver {
  @FieldResolver(() => Draft, { nullable: true, description: 'The version it was checked against.' })
  async version(@Root() a: AdoptionCheck, @Ctx() ctx: Context): Promise<Draft | null> {
    const draft = a.draftId ? await draftLoader(ctx).load(a.draftId) : null;
    return draft && Draft.from(draft);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Set when the lead unit confirmed by hand.' })
  async confirmedBy(@Root() a: AdoptionCheck, @Ctx() ctx: Context): Promise<Person | null> {
    return a.confirmedById ? await personLoader(ctx).load(a.confirmedById) : null;
  }
}

@Resolver(() => Thread)
export class ThreadAdoptionResolver {
  @FieldResolver(() => AdoptionCheck, {
    nullable: true,
    description: 'Whether its adoption reached the text; null unless ADOPTED or PARTLY_ADOPTED.',
  })
  adoption(@Root() t: Thread): AdoptionCheck | null {
    const e = t.entity;
    if (!e.adoptionState || (e.status !== 'ADOPTED' && e.status !== 'PARTLY_ADOPTED')) return null;
    return Object.assign(new AdoptionCheck(), {
      state: e.adoptionState,
      note: e.adoptionNote,
      draftId: e.adoptionDraftId,
      confirmedById: e.adoptionConfirmedBy,
    });
  }

  @Mutation(() => ConfirmAdoptionPayload, {
    description: 'The lead unit (or the working group) says where an adopted opinion was carried out: REFLECTED.',
  })
  async confirmAdoption(
    @Arg('input', () => ConfirmAdoptionInput) input: ConfirmAdoptionInput,
    @Ctx() ctx: Context,
  ): Promise<ConfirmAdoptionPayload> {
    const { threadId } = await runMutation(ctx, 'confirmAdoption', input.clientMutationId, (scope) =>
      confirmAdoption(scope, input.threadId, input.note),
    );
    // The writer's own lockThread found it visible to them.
    const thread = await ctx.ds.getRepository(ThreadEntity).findOneByOrFail({ id: threadId });
    return { thread: Thread.from(thread), clientMutationId: input.clientMutationId ?? null };
  }
}

import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { Person, personLoader } from '../person/index.js';
import { MeetingEntity } from './meeting.entity.js';
import { Meeting, MeetingConclusion, RecordConclusionInput, RecordConclusionPayload } from './meeting.types.js';
import { hasTakenPlace } from './meeting-conclusion.js';
import { recordMeetingConclusion } from './meeting-conclusion.service.js';

@Resolver(() => Meeting)
export class MeetingTakenPlaceResolver {
  // The programme's clock, not the browser's, says whether a meeting is past: the page tells
  // "held on …, record its conclusion" from "takes place on …" by this, as the mutation would.
  @FieldResolver(() => Boolean, {
    description:
      'Whether its day (UTC+8) has come on the programme clock: from then on its conclusion may be recorded.',
  })
  hasTakenPlace(@Root() m: Meeting, @Ctx() ctx: Context): boolean {
    return hasTakenPlace(m.startsAt, ctx.clock.today());
  }
}

@Resolver(() => MeetingConclusion)
export class MeetingConclusionResolver {
  @FieldResolver(() => Person)
  async recordedBy(@Root() c: MeetingConclusion, @Ctx() ctx: Context): Promise<Person> {
    const person = await personLoader(ctx).load(c.recordedById);
    if (!person) throw new Error(`Conclusion recorded by missing person ${c.recordedById}.`);
    return person;
  }

  @Mutation(() => RecordConclusionPayload, {
    description:
      'Records what an expert review or leading group meeting concluded, once it has taken place; again replaces it.',
  })
  async recordMeetingConclusion(
    @Arg('input', () => RecordConclusionInput) input: RecordConclusionInput,
    @Ctx() ctx: Context,
  ): Promise<RecordConclusionPayload> {
    const { meetingId } = await runMutation(ctx, 'recordMeetingConclusion', input.clientMutationId, (scope) =>
      recordMeetingConclusion(scope, { meetingId: input.meetingId, verdict: input.verdict, text: input.text }),
    );
    const meeting = await ctx.ds.getRepository(MeetingEntity).findOneByOrFail({ id: meetingId });
    return { meeting: Meeting.from(meeting), clientMutationId: input.clientMutationId ?? null };
  }
}

import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { can } from '../auth/policy.js';
import { Activity } from '../modules/activity/activity.types.js';
import { PersonEntity } from '../modules/person/person.entity.js';
import { Person } from '../modules/person/person.types.js';
import { PlanEntity } from '../modules/plan/plan.entity.js';
import { Plan } from '../modules/plan/plan.types.js';
import { MilestoneEntity, PhaseEntity, ProgramEntity } from '../modules/program/program.entity.js';
import { Milestone, Phase, Program } from '../modules/program/program.types.js';
import { canReadEvent } from '../modules/review/visibility.js';
import { TopicEntity } from '../modules/topic/topic.entity.js';
import { ResearchTopic } from '../modules/topic/topic.types.js';
import { UnitEntity } from '../modules/unit/unit.entity.js';
import { Unit } from '../modules/unit/unit.types.js';
import { type EventKind, inProgramFeed, streams } from '../realtime/streams.js';
import type { Context } from './context.js';
import { Node } from './node.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Each node type: how to load it by id and which programme it belongs to.
const KINDS = [
  { entity: ProgramEntity, to: Program.from, programOf: (e: ProgramEntity) => e.id },
  { entity: PhaseEntity, to: Phase.from, programOf: (e: PhaseEntity) => e.programId },
  { entity: MilestoneEntity, to: Milestone.from, programOf: (e: MilestoneEntity) => e.programId },
  { entity: UnitEntity, to: Unit.from, programOf: (e: UnitEntity) => e.programId },
  { entity: PersonEntity, to: Person.from, programOf: (e: PersonEntity) => e.programId },
  { entity: PlanEntity, to: Plan.from, programOf: (e: PlanEntity) => e.programId },
  { entity: TopicEntity, to: ResearchTopic.from, programOf: (e: TopicEntity) => e.programId },
] as const;

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its id, if the viewer may read it.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    if (/^\d{1,19}$/.test(id)) {
      // An event is an Activity: it resolves only if the reader would be shown it — an entry of
      // the programme's feed, or one of their own notices — and the policy lets them read it
      // (its programme, its stream, its seal). Anything else is null, as if it did not exist.
      const [e]: {
        id: string;
        at: Date;
        summary: string;
        subject_id: string;
        kind: EventKind;
        actor_id: string | null;
        program_id: string;
        stream: string;
        sealed_by: string | null;
      }[] = await ctx.ds.query(
        `SELECT id::text AS id, at, summary, subject_id, kind, actor_id, program_id, stream, sealed_by::text AS sealed_by
           FROM event WHERE id = $1`,
        [id],
      );
      if (!e) return null;
      const event = {
        ...e,
        subjectId: e.subject_id,
        actorId: e.actor_id,
        programId: e.program_id,
        sealedBy: e.sealed_by,
      };
      const ownNotice = e.stream === streams.person(ctx.actor?.id ?? '') && e.kind === 'notification.created';
      if (!inProgramFeed(event) && !ownNotice) return null;
      if (!(await canReadEvent(ctx.ds.manager, ctx.actor, event, ctx.clock.today()))) return null;
      return Activity.from(event);
    }
    if (!UUID.test(id)) return null;
    for (const kind of KINDS) {
      const row = await ctx.ds.getRepository(kind.entity).findOneBy({ id });
      if (!row) continue;
      const programId = (kind.programOf as (e: typeof row) => string)(row);
      if (!can(ctx.actor, 'program.read', { type: 'program', programId })) return null;
      return (kind.to as (e: typeof row) => Node)(row);
    }
    return null;
  }
}

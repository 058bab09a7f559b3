import { type DataSource, In } from 'typeorm';
import { byKey, type LoaderScope, rowFromJson } from '../../graphql/loaders.js';
import { defineSharedLoader, sharedMemo } from '../../graphql/shared-loaders.js';
import { PlanCoUnitEntity, PlanEntity } from '../plan/index.js';
import { TopicCoUnitEntity, TopicEntity } from '../topic/index.js';
import { coUnitLoaderOf, keepProgrammeUnits, UnitEntity } from '../unit/index.js';
import { MilestoneEntity, PhaseEntity, ProgramEntity } from './program.entity.js';

// A programme's own rows are the same for every viewer: its pages read them through the loaders
// shared at the log's head (graphql/shared-loaders.ts), once per change however many are watching.

/** Programmes by id: for a check that the programme exists, with nothing else of it shown. */
export const programById = defineSharedLoader<string, ProgramEntity | null>(async (ds, ids) => {
  const rows = await ds.getRepository(ProgramEntity).findBy({ id: In([...ids]) });
  return byKey(ids, rows, (p) => p.id);
});

/** A programme's timeline: its phases in order, and each phase's milestones in theirs. */
export interface Timeline {
  phases: PhaseEntity[];
  milestones: Map<string, MilestoneEntity[]>;
}

/** What a programme's pages show of it, the same for every viewer. */
export interface Programme {
  program: ProgramEntity;
  timeline: Timeline;
  /** In their order. */
  plans: PlanEntity[];
  /** By number. */
  topics: TopicEntity[];
}

type Reader = { ds: DataSource; loaders: LoaderScope };
type Json = Record<string, unknown>;
interface WithCoUnits {
  row: Json;
  coUnits: string[];
}

/**
 * A programme with its units, plans and topics (each with its co-operating units) and its phases
 * with their milestones, in one statement: every page of a programme shows several of them, and
 * a page's first reader after each change would otherwise read them one kind at a time. The units
 * and co-units go to the loaders the unit, plan and topic fields ask, so nothing is read twice.
 */
async function readProgramme(ctx: Reader, programId: string): Promise<Programme | null> {
  // Taken now, before the read: the loaders of this request or log position, not of a later one.
  const planCoUnits = coUnitLoaderOf(PlanCoUnitEntity, ctx);
  const topicCoUnits = coUnitLoaderOf(TopicCoUnitEntity, ctx);
  const read: Promise<
    {
      program: Json;
      units: Json[];
      plans: WithCoUnits[];
      topics: WithCoUnits[];
      phases: { row: Json; milestones: Json[] }[];
    }[]
  > = ctx.ds.query(
    `SELECT to_jsonb(pr) AS program,
            coalesce((SELECT json_agg(to_jsonb(u) ORDER BY u.sort_order, u.name) FROM unit u
                       WHERE u.program_id = pr.id), '[]') AS units,
            coalesce((SELECT json_agg(json_build_object('row', to_jsonb(p), 'coUnits',
                               coalesce((SELECT json_agg(c.unit_id ORDER BY c.sort_order) FROM plan_co_unit c
                                          WHERE c.plan_id = p.id), '[]')) ORDER BY p.sort_order) FROM plan p
                       WHERE p.program_id = pr.id), '[]') AS plans,
            coalesce((SELECT json_agg(json_build_object('row', to_jsonb(t), 'coUnits',
                               coalesce((SELECT json_agg(c.unit_id ORDER BY c.sort_order) FROM topic_co_unit c
                                          WHERE c.topic_id = t.id), '[]')) ORDER BY t.number) FROM research_topic t
                       WHERE t.program_id = pr.id), '[]') AS topics,
            coalesce((SELECT json_agg(json_build_object('row', to_jsonb(ph), 'milestones',
                               coalesce((SELECT json_agg(to_jsonb(m) ORDER BY m.sort_order, m.due_on) FROM milestone m
                                          WHERE m.phase_id = ph.id), '[]')) ORDER BY ph."order") FROM phase ph
                       WHERE ph.program_id = pr.id), '[]') AS phases
       FROM program pr WHERE pr.id = $1`,
    [programId],
  );
  keepProgrammeUnits(
    ctx,
    programId,
    read.then(([r]) => (r?.units ?? []).map((u) => rowFromJson(ctx.ds, UnitEntity, u))),
  );
  const [r] = await read;
  if (!r) return null;
  const plans = r.plans.map((p) => {
    const plan = rowFromJson(ctx.ds, PlanEntity, p.row);
    planCoUnits?.prime(plan.id, p.coUnits);
    return plan;
  });
  const topics = r.topics.map((t) => {
    const topic = rowFromJson(ctx.ds, TopicEntity, t.row);
    topicCoUnits?.prime(topic.id, t.coUnits);
    return topic;
  });
  const phases = r.phases.map((p) => ({
    phase: rowFromJson(ctx.ds, PhaseEntity, p.row),
    milestones: p.milestones.map((m) => rowFromJson(ctx.ds, MilestoneEntity, m)),
  }));
  return {
    program: rowFromJson(ctx.ds, ProgramEntity, r.program),
    timeline: {
      phases: phases.map((p) => p.phase),
      milestones: new Map(phases.map((p) => [p.phase.id, p.milestones])),
    },
    plans,
    topics,
  };
}

/** A programme's rows (null: no such programme), once per request, or per log position at its head. */
export function programmeOf(ctx: Reader, programId: string) {
  return sharedMemo(ctx, `programme:${programId}`, () => readProgramme(ctx, programId));
}

/** The rows of a programme known to exist (a phase's, a plan's): its rows, or none if it is gone. */
export async function rowsOfProgramme(ctx: Reader, programId: string): Promise<Omit<Programme, 'program'>> {
  return (
    (await programmeOf(ctx, programId)) ?? { timeline: { phases: [], milestones: new Map() }, plans: [], topics: [] }
  );
}

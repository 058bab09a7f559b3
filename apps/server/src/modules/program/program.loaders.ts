import { In } from 'typeorm';
import { byKey, groupBy, rowFromJson } from '../../graphql/loaders.js';
import { defineSharedLoader } from '../../graphql/shared-loaders.js';
import { PlanEntity } from '../plan/index.js';
import { TopicEntity } from '../topic/index.js';
import { MilestoneEntity, PhaseEntity, ProgramEntity } from './program.entity.js';

// A programme's own rows are the same for every viewer: its pages read them through the loaders
// shared at the log's head (graphql/shared-loaders.ts), once per change however many are watching.

/** Programmes by id. */
export const programById = defineSharedLoader<string, ProgramEntity | null>(async (ds, ids) => {
  const rows = await ds.getRepository(ProgramEntity).findBy({ id: In([...ids]) });
  return byKey(ids, rows, (p) => p.id);
});

/** A programme's timeline: its phases in order, and each phase's milestones in theirs. */
export interface Timeline {
  phases: PhaseEntity[];
  milestones: Map<string, MilestoneEntity[]>;
}

/** Each programme's timeline, phases and milestones in one statement: every page that shows one shows both. */
export const timelineByProgram = defineSharedLoader<string, Timeline>(async (ds, programIds) => {
  const rows: { phase: Record<string, unknown>; milestones: Record<string, unknown>[] }[] = await ds.query(
    `SELECT to_jsonb(p) AS phase,
            coalesce((SELECT json_agg(to_jsonb(m) ORDER BY m.sort_order, m.due_on) FROM milestone m
                       WHERE m.phase_id = p.id), '[]') AS milestones
       FROM phase p WHERE p.program_id = ANY($1::uuid[]) ORDER BY p."order"`,
    [[...programIds]],
  );
  const read = rows.map((r) => ({
    phase: rowFromJson(ds, PhaseEntity, r.phase),
    milestones: r.milestones.map((m) => rowFromJson(ds, MilestoneEntity, m)),
  }));
  return groupBy(programIds, read, (r) => r.phase.programId).map((phases) => ({
    phases: phases.map((p) => p.phase),
    milestones: new Map(phases.map((p) => [p.phase.id, p.milestones])),
  }));
});

/** Each programme's plans, in their order. */
export const plansByProgram = defineSharedLoader<string, PlanEntity[]>(async (ds, programIds) => {
  const rows = await ds
    .getRepository(PlanEntity)
    .find({ where: { programId: In([...programIds]) }, order: { sortOrder: 'ASC' } });
  return groupBy(programIds, rows, (p) => p.programId);
});

/** Each programme's research topics, by number. */
export const topicsByProgram = defineSharedLoader<string, TopicEntity[]>(async (ds, programIds) => {
  const rows = await ds
    .getRepository(TopicEntity)
    .find({ where: { programId: In([...programIds]) }, order: { number: 'ASC' } });
  return groupBy(programIds, rows, (t) => t.programId);
});

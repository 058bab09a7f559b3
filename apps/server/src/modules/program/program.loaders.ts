import { In } from 'typeorm';
import { defineLoader, groupBy } from '../../graphql/loaders.js';
import { MilestoneEntity, PhaseEntity } from './program.entity.js';

/** Each phase's milestones, in their order. */
export const milestonesByPhase = defineLoader<string, MilestoneEntity[]>(async (ds, phaseIds) => {
  const rows = await ds
    .getRepository(MilestoneEntity)
    .find({ where: { phaseId: In([...phaseIds]) }, order: { sortOrder: 'ASC', dueOn: 'ASC' } });
  return groupBy(phaseIds, rows, (m) => m.phaseId);
});

/** Each programme's phases, in order: a page asks for them more than once (the timeline, the current phase). */
export const phasesByProgram = defineLoader<string, PhaseEntity[]>(async (ds, programIds) => {
  const rows = await ds
    .getRepository(PhaseEntity)
    .find({ where: { programId: In([...programIds]) }, order: { order: 'ASC' } });
  return groupBy(programIds, rows, (p) => p.programId);
});

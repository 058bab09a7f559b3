import { In } from 'typeorm';
import { defineLoader, groupBy } from '../../graphql/loaders.js';
import { MilestoneEntity } from './program.entity.js';

/** Each phase's milestones, in their order. */
export const milestonesByPhase = defineLoader<string, MilestoneEntity[]>(async (ds, phaseIds) => {
  const rows = await ds
    .getRepository(MilestoneEntity)
    .find({ where: { phaseId: In([...phaseIds]) }, order: { sortOrder: 'ASC', dueOn: 'ASC' } });
  return groupBy(phaseIds, rows, (m) => m.phaseId);
});

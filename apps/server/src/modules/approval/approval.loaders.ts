import { In } from 'typeorm';
import { byKey, defineLoader, groupBy } from '../../graphql/loaders.js';
import { readStageFacts, type StageFacts } from '../draft/index.js';
import { ApprovalEntity, PlanIssuanceEntity } from './approval.entity.js';

/** Each plan's approvals, oldest request first. */
export const approvalsByPlan = defineLoader<string, ApprovalEntity[]>(async (ds, planIds) => {
  const rows = await ds
    .getRepository(ApprovalEntity)
    .find({ where: { planId: In([...planIds]) }, order: { requestedAt: 'ASC', id: 'ASC' } });
  return groupBy(planIds, rows, (a) => a.planId);
});

/** Each plan's issue and filing, if it was issued. */
export const issuanceByPlan = defineLoader<string, PlanIssuanceEntity | null>(async (ds, planIds) => {
  const rows = await ds.getRepository(PlanIssuanceEntity).findBy({ planId: In([...planIds]) });
  return byKey(planIds, rows, (i) => i.planId);
});

/** What the stage rule reads for each plan (draft module's readStageFacts), batched for a list of plans. */
export const stageFactsByPlan = defineLoader<string, StageFacts | null>(async (ds, planIds) => {
  const facts = await readStageFacts(ds.manager, planIds);
  return planIds.map((id) => facts.get(id) ?? null);
});

/** The approval module: a plan's 专家论证, 领导小组审议 and 省政府审批, its 印发 and 备案. */
import { entityNode } from '../../graphql/node.resolver.js';
import type { GongbianModule } from '../../module.js';
import './approval.events.js';
import { ApprovalEntity, PlanIssuanceEntity } from './approval.entity.js';
import { ApprovalResolver, IssuanceResolver, PlanApprovalsResolver } from './approval.resolver.js';
import { Approval } from './approval.types.js';

export * from './approval.entity.js';
export { lifeByPlan, type PlanLife } from './approval.loaders.js';
export { decideApproval, requestApproval } from './approval.service.js';
export { Approval, Issuance } from './approval.types.js';
export { STEP_ZH, stepsFor } from './approval-steps.js';

export const approvalModule: GongbianModule = {
  name: 'approval',
  entities: [ApprovalEntity, PlanIssuanceEntity],
  resolvers: [PlanApprovalsResolver, IssuanceResolver, ApprovalResolver],
  nodes: [entityNode(ApprovalEntity, Approval.from, (e) => e.programId)],
};

/** The plan module: the "1+X" plans, their lead and co-operating units. */

import { entityNode } from '../../graphql/node.resolver.js';
import type { GongbianModule } from '../../module.js';
import './plan.events.js';
import { PlanCoUnitEntity, PlanEntity } from './plan.entity.js';
import { PlanResolver } from './plan.resolver.js';
import { Plan } from './plan.types.js';

export * from './plan.entity.js';
export { planLoader } from './plan.loaders.js';
export { Plan } from './plan.types.js';
export { checkUnitChoice, required } from './unit-choice.js';

export const planModule: GongbianModule = {
  name: 'plan',
  entities: [PlanEntity, PlanCoUnitEntity],
  resolvers: [PlanResolver],
  nodes: [entityNode(PlanEntity, Plan.from, (e) => e.programId)],
};

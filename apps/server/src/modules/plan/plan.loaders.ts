import { In } from 'typeorm';
import { byKey, defineLoader } from '../../graphql/loaders.js';
import { defineCoUnitLoader } from '../unit/index.js';
import { PlanCoUnitEntity, PlanEntity } from './plan.entity.js';
import { Plan } from './plan.types.js';

/** Each plan's co-operating units, in order. */
export const planCoUnitIds = defineCoUnitLoader(PlanCoUnitEntity, 'planId');

/** Plans by id, batched per request: the plan of each draft, meeting or review on a page. */
export const planLoader = defineLoader<string, Plan | null>(async (ds, ids) => {
  const rows = await ds.getRepository(PlanEntity).findBy({ id: In([...ids]) });
  return byKey(ids, rows.map(Plan.from), (p) => p.id);
});

import { defineCoUnitLoader } from '../unit/index.js';
import { PlanCoUnitEntity } from './plan.entity.js';

/** Each plan's co-operating units, in order. */
export const planCoUnitIds = defineCoUnitLoader(PlanCoUnitEntity, 'planId');

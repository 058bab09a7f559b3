/** The unit module: the programme's organisations (lead, co-operating and consulted units). */

import { entityNode } from '../../graphql/node.resolver.js';
import type { GongbianModule } from '../../module.js';
import { UnitEntity } from './unit.entity.js';
import { Unit } from './unit.types.js';

export * from './unit.entity.js';
export {
  coUnitLoaderOf,
  defineCoUnitLoader,
  keepProgrammeUnits,
  loadUnits,
  programmeUnits,
  unitLoader,
} from './unit.loaders.js';
export { Unit } from './unit.types.js';

export const unitModule: GongbianModule = {
  name: 'unit',
  entities: [UnitEntity],
  nodes: [entityNode(UnitEntity, Unit.from, (e) => e.programId)],
};

/** The programme module: the programme, its phases, gates and milestones. */

import { entityNode } from '../../graphql/node.resolver.js';
import type { GongbianModule } from '../../module.js';
import './program.events.js';
import { MilestoneEditResolver } from './milestone-edit.resolver.js';
import { MilestoneEntity, PhaseEntity, ProgramEntity } from './program.entity.js';
import { GateResolver, MilestoneResolver, PhaseResolver, ProgramResolver } from './program.resolver.js';
import { Milestone, Phase, Program } from './program.types.js';

export { type Condition, gateConditions, readGateFacts } from './gate.js';
export { updateMilestone } from './milestone.service.js';
export * from './program.entity.js';
export { phasesOf, readableProgram } from './program.resolver.js';
export { Milestone, Phase, Program } from './program.types.js';

export const programModule: GongbianModule = {
  name: 'program',
  entities: [ProgramEntity, PhaseEntity, MilestoneEntity],
  resolvers: [ProgramResolver, PhaseResolver, GateResolver, MilestoneResolver, MilestoneEditResolver],
  nodes: [
    entityNode(ProgramEntity, Program.from, (e) => e.id),
    entityNode(PhaseEntity, Phase.from, (e) => e.programId),
    entityNode(MilestoneEntity, Milestone.from, (e) => e.programId),
  ],
};

/** The dashboard module: the leaders' live view of phase progress. */
import type { GongbianModule } from '../../module.js';
import {
  DashboardResolver,
  ProgramDashboardResolver,
  ProgramEventResolver,
  UnitLoadResolver,
} from './dashboard.resolver.js';

export const dashboardModule: GongbianModule = {
  name: 'dashboard',
  resolvers: [ProgramDashboardResolver, DashboardResolver, UnitLoadResolver, ProgramEventResolver],
};

import type { GongbianModule } from '../module.js';
import { activityModule } from './activity/index.js';
import { alignmentModule } from './alignment/index.js';
import { approvalModule } from './approval/index.js';
import { auditModule } from './audit/index.js';
import { authModule } from './auth/index.js';
import { consultationModule } from './consultation/index.js';
import { dashboardModule } from './dashboard/index.js';
import { draftModule } from './draft/index.js';
import { meetingModule } from './meeting/index.js';
import { minutesModule } from './minutes/index.js';
import { notificationModule } from './notification/index.js';
import { personModule } from './person/index.js';
import { planModule } from './plan/index.js';
import { presenceModule } from './presence/index.js';
import { programModule } from './program/index.js';
import { reportModule } from './report/index.js';
import { reviewModule } from './review/index.js';
import { searchModule } from './search/index.js';
import { threadModule } from './thread/index.js';
import { todoModule } from './todo/index.js';
import { topicModule } from './topic/index.js';
import { unitModule } from './unit/index.js';

/**
 * The house's modules: one line each. A new feature is a folder with an index.ts that exports
 * its GongbianModule, plus a line here. The order is the order `node(id)` asks them in.
 */
export const modules: readonly GongbianModule[] = [
  authModule,
  programModule,
  unitModule,
  personModule,
  planModule,
  topicModule,
  draftModule,
  threadModule,
  notificationModule,
  presenceModule,
  reviewModule,
  meetingModule,
  minutesModule,
  approvalModule,
  activityModule,
  dashboardModule,
  searchModule,
  auditModule,
  reportModule,
  todoModule,
  consultationModule,
  alignmentModule,
];

import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../auth/auth.resolver.js';
import { ActivityResolver } from '../modules/activity/activity.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import {
  DashboardResolver,
  ProgramDashboardResolver,
  ProgramEventResolver,
  UnitLoadResolver,
} from '../modules/dashboard/dashboard.resolver.js';
import { DraftResolver, PlanDraftsResolver } from '../modules/draft/draft.resolver.js';
import { ExportResolver } from '../modules/draft/export.resolver.js';
import {
  ActionItemResolver,
  MeetingEventResolver,
  MeetingResolver,
  ProgramMeetingsResolver,
  ThreadMeetingResolver,
} from '../modules/meeting/meeting.resolver.js';
import { NotificationEventResolver, NotificationResolver } from '../modules/notification/notification.resolver.js';
import { PersonResolver } from '../modules/person/person.resolver.js';
import { PlanResolver } from '../modules/plan/plan.resolver.js';
import { PresenceResolver } from '../modules/presence/presence.resolver.js';
import {
  GateResolver,
  MilestoneResolver,
  PhaseResolver,
  ProgramResolver,
} from '../modules/program/program.resolver.js';
import { DraftReviewsResolver, ReviewAssignmentResolver, ReviewResolver } from '../modules/review/review.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import {
  CommentResolver,
  DispositionResolver,
  DraftThreadsResolver,
  ThreadPlacementResolver,
  ThreadResolver,
} from '../modules/thread/thread.resolver.js';
import { ThreadEventResolver } from '../modules/thread/thread-events.resolver.js';
import { TopicResolver } from '../modules/topic/topic.resolver.js';
import { guardFields } from './field-guards.js';
import { NodeResolver } from './node.resolver.js';
import { DateTimeScalar } from './scalars.js';

// Every resolver, by module.
const resolvers = [
  AuthResolver,
  NodeResolver,
  PersonResolver,
  ProgramResolver,
  PhaseResolver,
  GateResolver,
  MilestoneResolver,
  PlanResolver,
  TopicResolver,
  ActivityResolver,
  ProgramDashboardResolver,
  DashboardResolver,
  UnitLoadResolver,
  ProgramEventResolver,
  PlanDraftsResolver,
  DraftResolver,
  ExportResolver,
  DraftThreadsResolver,
  ThreadResolver,
  ThreadPlacementResolver,
  DispositionResolver,
  CommentResolver,
  ThreadEventResolver,
  NotificationResolver,
  NotificationEventResolver,
  PresenceResolver,
  SearchResolver,
  DraftReviewsResolver,
  ReviewAssignmentResolver,
  ReviewResolver,
  ProgramMeetingsResolver,
  ThreadMeetingResolver,
  MeetingResolver,
  ActionItemResolver,
  MeetingEventResolver,
  AuditResolver,
] as const;

// Subscriptions come from the event log (realtime/live.ts), never from an in-memory PubSub;
// type-graphql insists on one, so it gets one that refuses to be used.
const noPubSub = {
  publish: () => {
    throw new Error('Publish events by writing them to the event log.');
  },
  subscribe: () => {
    throw new Error('Subscribe through the event log.');
  },
};

/**
 * A fresh schema without the field guards, for the benchmark that measures what they cost
 * (test/load/limits.bench.ts). The server uses getSchema().
 */
export function buildUnguardedSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    pubSub: noPubSub,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  });
}

let built: Promise<GraphQLSchema> | undefined;

export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildUnguardedSchema().then(guardFields);
  return built;
}

export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}

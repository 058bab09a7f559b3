import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, ok, present } from '#test/support/client.js';
import { FactRowsInviteDocument, FactRowsProgrammeDocument } from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import { queryCounter } from '../../db/query-counter.js';
import { Loaders } from '../../graphql/loaders.js';
import { InvitationEntity } from '../auth/index.js';
import { DraftEntity } from '../draft/index.js';
import { ActionItemEntity, MeetingEntity } from '../meeting/index.js';
import { NotificationEntity } from '../notification/index.js';
import { PersonEntity } from '../person/index.js';
import { PlanEntity } from '../plan/index.js';
import { MilestoneEntity, PhaseEntity, ProgramEntity } from '../program/index.js';
import { ReviewAssignmentEntity } from '../review/index.js';
import { CommentEntity, ThreadEntity } from '../thread/index.js';
import { TopicEntity } from '../topic/index.js';
import { rowsById } from './fact-loaders.js';

/** Every table facts read rows of (activity-facts.ts, notification-facts.ts). */
const FACT_TABLES: [string, EntityTarget<ObjectLiteral & { id: string }>][] = [
  ['program', ProgramEntity],
  ['phase', PhaseEntity],
  ['milestone', MilestoneEntity],
  ['topic', TopicEntity],
  ['invitation', InvitationEntity],
  ['person', PersonEntity],
  ['plan', PlanEntity],
  ['draft', DraftEntity],
  ['thread', ThreadEntity],
  ['comment', CommentEntity],
  ['notification', NotificationEntity],
  ['review assignment', ReviewAssignmentEntity],
  ['meeting', MeetingEntity],
  ['action item', ActionItemEntity],
];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: true });
  // The demo has drafts, threads, comments, notices, meetings, action items and reviews; an invitation it lacks.
  const token = await login(server.url, 'working@gongbian.test', PASSWORD);
  const [p] = (await ok(server.url, FactRowsProgrammeDocument, {}, token)).programs;
  await ok(server.url, FactRowsInviteDocument, { p: present(p, 'the demo programme').id }, token);
});
afterAll(() => server.stop());

describe('the rows facts read', () => {
  it('reads every table’s rows exactly as TypeORM does, all tables in one statement', async () => {
    const { ds } = server.app.services;
    const expected = await Promise.all(FACT_TABLES.map(([, entity]) => ds.getRepository(entity).find()));
    for (const [i, [name]] of FACT_TABLES.entries()) expect(expected[i]?.length, name).toBeGreaterThan(0);

    const ctx = { loaders: new Loaders(ds) };
    const counter = queryCounter(ds);
    const before = counter.count;
    const read = await Promise.all(
      FACT_TABLES.map(([, entity], i) =>
        Promise.all((expected[i] ?? []).map((row) => rowsById(ctx, entity).load(row.id))),
      ),
    );
    expect(counter.count - before).toBe(1);
    for (const [i, [name]] of FACT_TABLES.entries()) expect(read[i], name).toStrictEqual(expected[i]);
  });

  it('answers null for an id no row has', async () => {
    const ctx = { loaders: new Loaders(server.app.services.ds) };
    expect(await rowsById(ctx, ThreadEntity).load('00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});

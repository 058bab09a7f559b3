import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, ok, present } from '#test/support/client.js';
import { ProgramMilestoneIdsDocument, UpdateMilestoneWithReceiptDocument } from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

async function milestone(p: Programme): Promise<string> {
  const r = await ok(server.url, ProgramMilestoneIdsDocument, { id: p.programId }, await p.as('working'));
  return present(r.program?.phases[3]?.milestones[0]?.id, 'a milestone in the fourth phase');
}

async function eventCount(p: Programme, subjectId: string): Promise<number> {
  const [row] = await server.app.services.ds.query(
    'SELECT count(*)::int AS n FROM event WHERE program_id = $1 AND subject_id = $2',
    [p.programId, subjectId],
  );
  return row.n;
}

describe('safe retries with clientMutationId', () => {
  it('returns the first result for a repeat and writes nothing again', async () => {
    const p = await buildProgramme(server);
    const id = await milestone(p);
    const token = await p.as('working');
    const first = await ok(
      server.url,
      UpdateMilestoneWithReceiptDocument,
      { id, s: 'IN_PROGRESS', c: 'retry-1' },
      token,
    );
    // The repeat asks for something else: it is still a repeat, and changes nothing.
    const repeat = await ok(server.url, UpdateMilestoneWithReceiptDocument, { id, s: 'BLOCKED', c: 'retry-1' }, token);
    expect(repeat.updateMilestone.clientMutationId).toBe('retry-1');
    expect(repeat.updateMilestone.milestone.id).toBe(first.updateMilestone.milestone.id);
    expect(repeat.updateMilestone.milestone.status).toBe('IN_PROGRESS');
    expect(await eventCount(p, id)).toBe(1);
  });

  it('writes once when the same request races itself', async () => {
    const p = await buildProgramme(server);
    const id = await milestone(p);
    const token = await p.as('working');
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        gql(server.url, UpdateMilestoneWithReceiptDocument, { id, s: 'DONE', c: 'race-1' }, token),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(await eventCount(p, id)).toBe(1);
  });

  it('keys retries by person: the same id from someone else is a new request', async () => {
    const p = await buildProgramme(server);
    const id = await milestone(p);
    await ok(
      server.url,
      UpdateMilestoneWithReceiptDocument,
      { id, s: 'IN_PROGRESS', c: 'shared-id' },
      await p.as('working'),
    );
    await ok(server.url, UpdateMilestoneWithReceiptDocument, { id, s: 'DONE', c: 'shared-id' }, await p.as('admin'));
    expect(await eventCount(p, id)).toBe(2);
  });

  it('writes nothing when the request fails, so a retry can succeed', async () => {
    const p = await buildProgramme(server);
    const id = await milestone(p);
    const refused = await gql(
      server.url,
      UpdateMilestoneWithReceiptDocument,
      { id, s: 'DONE', c: 'first-try' },
      await p.as('kexin'),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await eventCount(p, id)).toBe(0);
    const [row] = await server.app.services.ds.query(
      'SELECT count(*)::int AS n FROM mutation_receipt WHERE client_mutation_id = $1',
      ['first-try'],
    );
    expect(row.n).toBe(0);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '#test/support/client.js';
import { planLedBy, publish } from '#test/support/drafts.js';
import { AssignReviewDueDec10Document, ReviewAssignmentDocument } from '#test/support/generated/graphql.js';
import { buildProgramme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

describe('reviewAssignment(id)', () => {
  it('shows an assignment to its expert and to the review board, and to nobody else, as if it did not exist', async () => {
    const p = await buildProgramme(server);
    const draft = await publish(server, await p.as('guicai'), await planLedBy(server, p, '规财处'));
    const { id } = (
      await ok(server.url, AssignReviewDueDec10Document, { d: draft.id, e: p.personIds.expert }, await p.as('working'))
    ).assignReview.assignment;
    const seen: Record<string, boolean> = {};
    for (const account of ['admin', 'working', 'leader', 'expert', 'guicai', 'kexin', 'observer']) {
      const r = await ok(server.url, ReviewAssignmentDocument, { id }, await p.as(account));
      if (r.reviewAssignment)
        expect(r.reviewAssignment).toMatchObject({ id, status: 'INVITED', draft: { id: draft.id } });
      seen[account] = r.reviewAssignment !== null;
    }
    expect(seen).toEqual({
      admin: true,
      working: true,
      leader: true,
      expert: true,
      guicai: false,
      kexin: false,
      observer: false,
    });
    // Another programme's working group: null, as for an id that names nothing.
    const other = await buildProgramme(server);
    expect(
      (await ok(server.url, ReviewAssignmentDocument, { id }, await other.as('working'))).reviewAssignment,
    ).toBeNull();
    expect(
      (await ok(server.url, ReviewAssignmentDocument, { id: randomUUID() }, await p.as('working'))).reviewAssignment,
    ).toBeNull();
  });
});

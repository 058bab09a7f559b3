import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '#test/support/client.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
let p: Programme;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  p = await buildProgramme(server, { only: 'plans' });
});
afterAll(() => server.stop());

// A pasted or mistyped address (/drafts/not-a-uuid) asks for an object by an id the server never gave out.
const LOOKUPS = [
  ['draft', 'query($id: ID!) { draft(id: $id) { id } }'],
  ['meeting', 'query($id: ID!) { meeting(id: $id) { id } }'],
  ['reviewAssignment', 'query($id: ID!) { reviewAssignment(id: $id) { id } }'],
  ['node', 'query($id: ID!) { node(id: $id) { id } }'],
] as const;

describe('looking an object up by an id that names nothing', () => {
  it('answers "not found" (null or NOT_FOUND), never a server failure, for a malformed id or an id of nothing', async () => {
    const token = await p.as('working');
    for (const [field, query] of LOOKUPS) {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
        const r = await gql(server.url, query, { id }, token);
        const codes = (r.errors ?? []).map((e) => e.extensions?.code);
        // NOT_FOUND for an id of nothing, BAD_USER_INPUT (UNKNOWN_ID) for one the server never gives out.
        for (const code of codes) expect(['NOT_FOUND', 'BAD_USER_INPUT'], `${field} ${id}`).toContain(code);
        expect((r.data as Record<string, unknown> | null)?.[field] ?? null, field).toBeNull();
      }
    }
  });
});

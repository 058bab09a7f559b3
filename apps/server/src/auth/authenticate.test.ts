import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, ok } from '#test/support/client.js';
import {
  ChangePasswordDocument,
  LogoutDocument,
  MeNameDocument,
  RevokeSessionsDocument,
  SetMembershipsDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import { endSessions } from '../modules/auth/session.service.js';
import { authenticate } from './authenticate.js';

// A signed-in request finds its session in the process's memory (authenticate.ts); ending the
// session must still refuse the very next request, here and on every other replica.

let server: TestServer;
let second: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  second = await startTestServer({ demo: false, databaseUrl: server.databaseUrl });
});
afterAll(async () => {
  await second?.stop();
  await server?.stop();
});

const me = async (url: string, token: string) => (await ok(url, MeNameDocument, {}, token)).me?.name ?? null;

describe('a session that ends is refused on the very next request', () => {
  const endings = {
    'a logout': async (token: string) => void (await ok(server.url, LogoutDocument, {}, token)),
    'an administrator’s revocation': async (_token: string, p: Awaited<ReturnType<typeof buildProgramme>>) =>
      void (await ok(server.url, RevokeSessionsDocument, { id: p.personIds.kexin }, await p.as('admin'))),
  };
  for (const [how, end] of Object.entries(endings)) {
    it(`after ${how}, though it was used just before`, async () => {
      const p = await buildProgramme(server);
      const token = await login(server.url, `kexin@${p.emailDomain}`, PASSWORD);
      expect(await me(server.url, token)).toBeTruthy();
      await end(token, p);
      expect(await me(server.url, token)).toBeNull();
    });
  }

  it('after a password change ends the other sessions', async () => {
    const p = await buildProgramme(server);
    const here = await login(server.url, `guicai@${p.emailDomain}`, PASSWORD);
    const there = await login(server.url, `guicai@${p.emailDomain}`, PASSWORD);
    expect(await me(server.url, there)).toBeTruthy();
    await ok(server.url, ChangePasswordDocument, { c: PASSWORD, n: 'a new long password' }, here);
    expect(await me(server.url, there)).toBeNull();
    expect(await me(server.url, here)).toBeTruthy();
  });

  it('on another replica, once it has read the log up to the logout', async () => {
    const p = await buildProgramme(server);
    const token = await login(server.url, `jiuyuan@${p.emailDomain}`, PASSWORD);
    expect(await me(second.url, token)).toBeTruthy();
    await ok(server.url, LogoutDocument, {}, token);
    expect(await second.app.services.tailer.catchUp()).toBe(true);
    expect(await me(second.url, token)).toBeNull();
  });
});

describe('the session cache, against the revoking transaction itself', () => {
  // No event and no doorbell here: only the revocation's own forgetting can refuse the session.
  it('forgets a session the moment the transaction that ends it does so', async () => {
    const p = await buildProgramme(server);
    const bearer = `Bearer ${await login(server.url, `leader@${p.emailDomain}`, PASSWORD)}`;
    const services = server.app.services;
    const found = await authenticate(services, bearer);
    expect(found?.actor.name).toBeTruthy();
    await services.ds.transaction((m) =>
      endSessions(m, services.clock, found?.actor.id as string, { only: found?.sessionId }),
    );
    expect(await authenticate(services, bearer)).toBeNull();
  });

  it('does not keep a session read while its revocation was still uncommitted', async () => {
    const p = await buildProgramme(server);
    const bearer = `Bearer ${await login(server.url, `observer@${p.emailDomain}`, PASSWORD)}`;
    const services = server.app.services;
    const found = await authenticate(services, bearer);
    await services.ds.transaction(async (m) => {
      await endSessions(m, services.clock, found?.actor.id as string);
      // Another request, outside the transaction, still sees the session as live.
      expect((await authenticate(services, bearer))?.sessionId).toBe(found?.sessionId);
    });
    expect(await authenticate(services, bearer)).toBeNull();
  });
});

describe('a membership change is seen by the person’s very next request', () => {
  // The policy reads a person's groups from their session's actor, which the cache keeps for 5 s.
  it('here, where it was written, and on another replica once it has read the log', async () => {
    const p = await buildProgramme(server);
    const bearer = `Bearer ${await login(server.url, `guicai@${p.emailDomain}`, PASSWORD)}`;
    const here = server.app.services;
    const there = second.app.services;
    expect((await authenticate(here, bearer))?.actor.groups).toEqual([]);
    expect((await authenticate(there, bearer))?.actor.groups).toEqual([]);
    await ok(
      server.url,
      SetMembershipsDocument,
      {
        id: p.personIds.guicai,
        memberships: [
          { group: 'WORKING_GROUP', title: '成员' },
          { group: 'LEADING_GROUP', title: '副组长' },
        ],
      },
      await p.as('working'),
    );
    expect((await authenticate(here, bearer))?.actor.groups).toEqual(['LEADING_GROUP', 'WORKING_GROUP']);
    expect(await second.app.services.tailer.catchUp()).toBe(true);
    expect((await authenticate(there, bearer))?.actor.groups).toEqual(['LEADING_GROUP', 'WORKING_GROUP']);
  });
});

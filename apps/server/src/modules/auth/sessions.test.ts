import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type GqlResult, gql, login, ok, queryText } from '#test/support/client.js';
import {
  ChangePasswordDocument,
  InviteAdminDocument,
  LogoutDocument,
  MeNameDocument,
  RevokeSessionsDocument,
  SignInDocument,
  SignOutEverywhereDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import type { TypedDocumentNode } from '#test/support/typed-document.js';
import { DAY } from '../../clock.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

/** A raw graphql-ws socket, acknowledged, that records how it closes. */
async function openSocket(url: string, token: string) {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  const closed = new Promise<{ code: number; at: number }>((resolve) =>
    ws.on('close', (code) => resolve({ code, at: Date.now() })),
  );
  const messages: { id?: string; type: string; payload?: unknown }[] = [];
  const acked = new Promise<void>((resolve, reject) => {
    ws.on('message', (m) => {
      const msg = JSON.parse(m.toString());
      messages.push(msg);
      if (msg.type === 'connection_ack') resolve();
    });
    ws.on('close', () => reject(new Error('closed before connection_ack')));
  });
  ws.on('open', () =>
    ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
  );
  await acked;
  let n = 0;
  return {
    ws,
    closed,
    messages,
    /** Sends one operation; resolves with its first answer (next or error), or null if the socket closed first. */
    run<R, V>(document: TypedDocumentNode<R, V>, variables?: V) {
      const id = String(++n);
      const query = queryText(document);
      // A `next` carries the operation's result; an `error`, the list of errors.
      return new Promise<{ type: string; payload?: GqlResult<R> } | null>((resolve) => {
        const onMessage = (m: WebSocket.RawData) => {
          const msg = JSON.parse(m.toString());
          if (msg.id === id && (msg.type === 'next' || msg.type === 'error')) resolve(msg);
        };
        ws.on('message', onMessage);
        ws.on('close', () => resolve(null));
        ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables: variables ?? {} } }));
      });
    },
  };
}

/** Resolves with the close code if the socket closes within `ms`, else rejects. */
async function closesWithin(socket: { closed: Promise<{ code: number; at: number }> }, since: number, ms: number) {
  const r = await Promise.race([
    socket.closed,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), ms + 500)),
  ]);
  if (!r) throw new Error(`the socket was still open ${ms + 500} ms later`);
  expect(r.at - since).toBeLessThanOrEqual(ms);
  return r.code;
}

describe('a session that ends closes its sockets everywhere', () => {
  it('closes an open socket with 4403 within a second of logout, and refuses its operations', async () => {
    const p = await buildProgramme(server);
    const token = await login(server.url, `working@${p.emailDomain}`, PASSWORD);
    const socket = await openSocket(server.url, token);
    expect((await socket.run(MeNameDocument))?.payload?.data?.me?.name).toBeTruthy();

    const t0 = Date.now();
    await ok(server.url, LogoutDocument, {}, token);
    expect(await closesWithin(socket, t0, 1000)).toBe(4403);
  });

  it('refuses an operation on a socket whose session has just ended, even before the close arrives', async () => {
    const p = await buildProgramme(server);
    const token = await login(server.url, `working@${p.emailDomain}`, PASSWORD);
    const socket = await openSocket(server.url, token);
    // Revoked behind the server's back: no event, so only the per-operation check can notice.
    await server.app.services.ds.query('UPDATE session SET revoked_at = now() WHERE person_id = $1', [
      p.personIds.working,
    ]);
    const r = await socket.run(InviteAdminDocument, { programId: p.programId, email: `intruder@${p.emailDomain}` });
    if (r) {
      expect(r.payload?.data ?? null).toBeNull();
      expect(JSON.stringify(r.payload)).toContain('UNAUTHENTICATED');
    }
    expect((await socket.closed).code).toBe(4403);
    const invited: unknown[] = await server.app.services.ds.query('SELECT 1 FROM invitation WHERE email = $1', [
      `intruder@${p.emailDomain}`,
    ]);
    expect(invited).toHaveLength(0);
  });

  it('signs a person out everywhere: every session and socket ends', async () => {
    const p = await buildProgramme(server);
    const a = await login(server.url, `leader@${p.emailDomain}`, PASSWORD);
    const b = await login(server.url, `leader@${p.emailDomain}`, PASSWORD);
    const other = await login(server.url, `working@${p.emailDomain}`, PASSWORD);
    const [sa, sb, so] = await Promise.all([
      openSocket(server.url, a),
      openSocket(server.url, b),
      openSocket(server.url, other),
    ]);
    const t0 = Date.now();
    const r = await ok(server.url, SignOutEverywhereDocument, {}, a);
    expect(r.signOutEverywhere.sessionsEnded).toBe(2);
    expect(await closesWithin(sa, t0, 1000)).toBe(4403);
    expect(await closesWithin(sb, t0, 1000)).toBe(4403);
    expect((await ok(server.url, MeNameDocument, {}, b)).me).toBeNull();
    // Someone else's socket stays open.
    expect((await so.run(MeNameDocument))?.payload?.data?.me?.name).toBeTruthy();
    so.ws.close();
  });

  it('changing the password ends the other sessions, keeps this one, and needs the current password', async () => {
    const p = await buildProgramme(server);
    const here = await login(server.url, `guicai@${p.emailDomain}`, PASSWORD);
    const there = await login(server.url, `guicai@${p.emailDomain}`, PASSWORD);
    const [sHere, sThere] = await Promise.all([openSocket(server.url, here), openSocket(server.url, there)]);

    const wrong = await gql(
      server.url,
      ChangePasswordDocument,
      { c: 'not the password', n: 'a new long password' },
      here,
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const t0 = Date.now();
    const r = await ok(server.url, ChangePasswordDocument, { c: PASSWORD, n: 'a new long password' }, here);
    expect(r.changePassword.sessionsEnded).toBe(1);
    expect(await closesWithin(sThere, t0, 1000)).toBe(4403);
    expect((await ok(server.url, MeNameDocument, {}, there)).me).toBeNull();
    expect((await ok(server.url, MeNameDocument, {}, here)).me).not.toBeNull();
    expect((await sHere.run(MeNameDocument))?.payload?.data?.me?.name).toBeTruthy();
    sHere.ws.close();

    const old = await gql(server.url, SignInDocument, {
      e: `guicai@${p.emailDomain}`,
      p: PASSWORD,
    });
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await login(server.url, `guicai@${p.emailDomain}`, 'a new long password');
  });

  it('lets an administrator, and no one else, end a person’s sessions', async () => {
    const p = await buildProgramme(server);
    const victim = await login(server.url, `expert@${p.emailDomain}`, PASSWORD);
    const socket = await openSocket(server.url, victim);
    for (const account of ['working', 'leader', 'observer', 'expert']) {
      const r = await gql(server.url, RevokeSessionsDocument, { id: p.personIds.expert }, await p.as(account));
      expect(r.errors?.[0]?.extensions?.code, account).toBe('FORBIDDEN');
    }
    expect((await ok(server.url, MeNameDocument, {}, victim)).me).not.toBeNull();

    const t0 = Date.now();
    const r = await ok(server.url, RevokeSessionsDocument, { id: p.personIds.expert }, await p.as('admin'));
    expect(r.revokeSessions.sessionsEnded).toBeGreaterThanOrEqual(1);
    expect(await closesWithin(socket, t0, 1000)).toBe(4403);
    expect((await ok(server.url, MeNameDocument, {}, victim)).me).toBeNull();

    const elsewhere = await buildProgramme(server);
    const foreign = await gql(
      server.url,
      RevokeSessionsDocument,
      { id: elsewhere.personIds.working },
      await p.as('admin'),
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('closes a socket within a second of its session expiring', async () => {
    const p = await buildProgramme(server);
    const token = await login(server.url, `kexin@${p.emailDomain}`, PASSWORD);
    const socket = await openSocket(server.url, token);
    const { clock } = server.app.services;
    const t0 = Date.now();
    clock.advanceWall(15 * DAY);
    try {
      expect(await closesWithin(socket, t0, 1000)).toBe(4403);
    } finally {
      clock.advanceWall(-15 * DAY);
    }
  });

  it('records every ending in the person’s own stream, not in the programme’s feed', async () => {
    const p = await buildProgramme(server);
    const token = await login(server.url, `jiuyuan@${p.emailDomain}`, PASSWORD);
    await ok(server.url, LogoutDocument, {}, token);
    const rows: { stream: string; kind: string; payload: { reason: string } }[] = await server.app.services.ds.query(
      `SELECT stream, kind, payload FROM event WHERE program_id = $1 AND kind = 'session.revoked'`,
      [p.programId],
    );
    expect(rows).toEqual([
      {
        stream: `person:${p.personIds.jiuyuan}`,
        kind: 'session.revoked',
        payload: expect.objectContaining({ reason: 'LOGOUT' }),
      },
    ]);
  });
});

describe('two server processes on one database', () => {
  let second: TestServer;
  beforeAll(async () => {
    second = await startTestServer({ demo: false, databaseUrl: server.databaseUrl });
  });
  afterAll(() => second.stop());

  it('closes a socket on one process within a second of a logout on the other', async () => {
    const p = await buildProgramme(server);
    const token = await login(server.url, `working@${p.emailDomain}`, PASSWORD);
    const socket = await openSocket(second.url, token);
    const t0 = Date.now();
    await ok(server.url, LogoutDocument, {}, token);
    expect(await closesWithin(socket, t0, 1000)).toBe(4403);
  });

  it('closes it within a second even while the other’s event tailer is held back by a long transaction', async () => {
    const p = await buildProgramme(server);
    const token = await login(server.url, `leader@${p.emailDomain}`, PASSWORD);
    const socket = await openSocket(second.url, token);
    // An open transaction with an id holds back every tailer (the snapshot xmin is cluster-wide).
    const runner = server.app.services.ds.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query('SELECT pg_current_xact_id()');
      const t0 = Date.now();
      await ok(server.url, LogoutDocument, {}, token);
      expect(await closesWithin(socket, t0, 1000)).toBe(4403);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { gql, login, ok } from '#test/support/client.js';
import {
  AcceptInvitationDocument,
  InvitePersonDocument,
  LoginWithPersonDocument,
  LogoutDocument,
  MeNameRoleDocument,
  ProgrammeIdsDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import { DAY } from '../../clock.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

/** The token an invitation link carries (empty when the link has none, which fails the test). */
const tokenOf = (link: string) => link.split('/invite/')[1] ?? '';

function closeOf(ws: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}

describe('signing in', () => {
  it('signs in with email and password and knows who you are', async () => {
    const p = await buildProgramme(server);
    const r = await ok(server.url, LoginWithPersonDocument, { e: `GUICAI@${p.emailDomain}`, p: PASSWORD });
    expect(r.login.person).toMatchObject({ role: 'UNIT_MEMBER', unit: { shortName: '规财处' } });
    const me = await ok(server.url, MeNameRoleDocument, {}, r.login.token);
    expect(me.me?.role).toBe('UNIT_MEMBER');
  });

  it('gives the same answer for a wrong password and for an unknown email', async () => {
    const p = await buildProgramme(server);
    const wrong = await gql(server.url, LoginWithPersonDocument, {
      e: `working@${p.emailDomain}`,
      p: 'not the password',
    });
    const unknown = await gql(server.url, LoginWithPersonDocument, {
      e: `nobody@${p.emailDomain}`,
      p: 'not the password',
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors).toEqual(wrong.errors);
  });

  it('stops honouring a token after logout', async () => {
    const p = await buildProgramme(server);
    const token = await login(server.url, `working@${p.emailDomain}`, PASSWORD);
    expect((await ok(server.url, MeNameRoleDocument, {}, token)).me).not.toBeNull();
    expect((await ok(server.url, LogoutDocument, {}, token)).logout).toBe(true);
    expect((await ok(server.url, MeNameRoleDocument, {}, token)).me).toBeNull();
    const r = await gql(server.url, ProgrammeIdsDocument, {}, token);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Other sessions of the same person are untouched.
    const other = await login(server.url, `working@${p.emailDomain}`, PASSWORD);
    expect((await ok(server.url, MeNameRoleDocument, {}, other)).me).not.toBeNull();
  });

  it('stores session tokens only as hashes', async () => {
    const p = await buildProgramme(server);
    const token = await login(server.url, `leader@${p.emailDomain}`, PASSWORD);
    const rows: { token_hash: string }[] = await server.app.services.ds.query('SELECT token_hash FROM session');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.token_hash.includes(token))).toBe(false);
  });
});

describe('invitations', () => {
  it('turns an invitation into an account with the role and unit it was given, once', async () => {
    const p = await buildProgramme(server);
    const inv = await ok(
      server.url,
      InvitePersonDocument,
      { programId: p.programId, email: `new.expert@${p.emailDomain}`, role: 'UNIT_MEMBER', unitId: p.unitIds.jianzai },
      await p.as('working'),
    );
    const token = tokenOf(inv.invitePerson.invitation.link);
    const expires = Date.parse(inv.invitePerson.invitation.expiresAt);
    expect(expires - Date.now()).toBeGreaterThan(6.9 * DAY);
    expect(expires - Date.now()).toBeLessThanOrEqual(7 * DAY);

    const accepted = await ok(server.url, AcceptInvitationDocument, {
      token,
      name: '新同事',
      password: 'a long password',
    });
    expect(accepted.acceptInvitation.person).toMatchObject({
      name: '新同事',
      role: 'UNIT_MEMBER',
      unit: { shortName: '减灾处' },
    });
    expect((await ok(server.url, MeNameRoleDocument, {}, accepted.acceptInvitation.token)).me?.name).toBe('新同事');
    await login(server.url, `new.expert@${p.emailDomain}`, 'a long password');

    const again = await gql(server.url, AcceptInvitationDocument, {
      token,
      name: '冒名者',
      password: 'another password',
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.message).toContain('already been used');
    const stored: { token_hash: string }[] = await server.app.services.ds.query('SELECT token_hash FROM invitation');
    expect(stored.some((r) => r.token_hash === token)).toBe(false);
  });

  it('refuses an invitation after seven days', async () => {
    const p = await buildProgramme(server);
    const inv = await ok(
      server.url,
      InvitePersonDocument,
      { programId: p.programId, email: `late@${p.emailDomain}`, role: 'EXPERT' },
      await p.as('working'),
    );
    const token = tokenOf(inv.invitePerson.invitation.link);
    server.app.services.clock.advanceWall(7 * DAY + 60_000);
    try {
      const r = await gql(server.url, AcceptInvitationDocument, { token, name: '迟到者', password: 'a long password' });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toContain('expired');
    } finally {
      server.app.services.clock.advanceWall(-(7 * DAY + 60_000));
    }
    const nobody = await gql(server.url, LoginWithPersonDocument, { e: `late@${p.emailDomain}`, p: 'a long password' });
    expect(nobody.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown invitation token', async () => {
    const r = await gql(server.url, AcceptInvitationDocument, {
      token: 'x'.repeat(43),
      name: '某人',
      password: 'a long password',
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets only the working group invite', async () => {
    const p = await buildProgramme(server);
    for (const account of ['leader', 'guicai', 'expert', 'observer']) {
      const r = await gql(
        server.url,
        InvitePersonDocument,
        { programId: p.programId, email: `x.${account}@${p.emailDomain}`, role: 'EXPERT' },
        await p.as(account),
      );
      expect(r.errors?.[0]?.extensions?.code, account).toBe('FORBIDDEN');
    }
    const bad = await gql(
      server.url,
      InvitePersonDocument,
      { programId: p.programId, email: 'not an email', role: 'EXPERT' },
      await p.as('working'),
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('input.email');
  });
});

describe('the WebSocket', () => {
  it('closes a socket that does not authenticate within 3 seconds with 4408', async () => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const closed = await closeOf(ws);
    expect(closed.code).toBe(4408);
  });

  it('closes a socket with a bad token with 4403', async () => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    ws.on('open', () =>
      ws.send(
        JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer forged-token-forged-token' } }),
      ),
    );
    expect((await closeOf(ws)).code).toBe(4403);
  });

  it('accepts a socket with a valid token', async () => {
    const p = await buildProgramme(server);
    const token = await p.as('observer');
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const ack = new Promise<string>((resolve) => ws.on('message', (m) => resolve(JSON.parse(m.toString()).type)));
    ws.on('open', () =>
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
    );
    expect(await ack).toBe('connection_ack');
    ws.close();
  });
});

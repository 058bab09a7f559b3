import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login, ok } from '#test/support/client.js';
import {
  AuditLogDocument,
  AuditLogExportDocument,
  AuditLogExportUnfilteredDocument,
  type AuditLogQuery,
  InviteExpertByEmailDocument,
  SignInDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

describe('the event log cannot be rewritten', () => {
  it('refuses UPDATE, DELETE and TRUNCATE on event and sign_in at the SQL level', async () => {
    const p = await buildProgramme(server);
    await login(server.url, `working@${p.emailDomain}`, PASSWORD);
    const { ds } = server.app.services;
    const attempts = [
      () => ds.query(`UPDATE event SET summary = 'rewritten' WHERE program_id = $1`, [p.programId]),
      () => ds.query('DELETE FROM event WHERE program_id = $1', [p.programId]),
      () => ds.query('TRUNCATE event'),
      () => ds.query(`UPDATE sign_in SET outcome = 'FAILED' WHERE program_id = $1`, [p.programId]),
      () => ds.query('DELETE FROM sign_in WHERE program_id = $1', [p.programId]),
      () => ds.query('TRUNCATE sign_in'),
      // Deleting the programme would rewrite its log through the foreign key: refused too.
      () => ds.query('DELETE FROM program WHERE id = $1', [p.programId]),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toThrow(/append-only/);
    const [row]: { n: number }[] = await ds.query('SELECT count(*)::int AS n FROM event WHERE program_id = $1', [
      p.programId,
    ]);
    expect(row?.n).toBeGreaterThan(0);
  });
});

describe('the audit log', () => {
  it('lists the programme’s events and its people’s sign-ins, newest first, for administrators only', async () => {
    const p = await buildProgramme(server);
    const admin = await p.as('admin');
    await gql(server.url, SignInDocument, { e: `kexin@${p.emailDomain}`, p: 'wrong password' });
    await ok(
      server.url,
      InviteExpertByEmailDocument,
      { programId: p.programId, email: `new@${p.emailDomain}` },
      await p.as('working'),
    );

    const all = await ok(server.url, AuditLogDocument, { programId: p.programId, first: 100 }, admin);
    const kinds = all.auditLog.edges.map((e) => e.node.kind);
    expect(kinds).toEqual(expect.arrayContaining(['person.invited', 'signIn.succeeded', 'signIn.failed']));
    const ats = all.auditLog.edges.map((e) => Date.parse(e.node.at));
    expect([...ats].sort((a, b) => b - a)).toEqual(ats);
    const failed = all.auditLog.edges.find((e) => e.node.kind === 'signIn.failed')?.node;
    expect(failed).toMatchObject({ email: `kexin@${p.emailDomain}`, actor: { name: expect.any(String) } });
    expect(failed?.address).toContain('127.0.0.1');

    for (const account of ['working', 'leader', 'guicai', 'expert', 'observer']) {
      const r = await gql(server.url, AuditLogDocument, { programId: p.programId }, await p.as(account));
      expect(r.errors?.[0]?.extensions?.code, account).toBe('FORBIDDEN');
    }
    const elsewhere = await buildProgramme(server);
    const foreign = await gql(server.url, AuditLogDocument, { programId: p.programId }, await elsewhere.as('admin'));
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('filters by person, kind and time, and pages without gaps or repeats', async () => {
    const p = await buildProgramme(server);
    const admin = await p.as('admin');
    const working = await p.as('working');
    for (let i = 0; i < 7; i++) {
      await ok(
        server.url,
        InviteExpertByEmailDocument,
        { programId: p.programId, email: `n${i}@${p.emailDomain}` },
        working,
      );
    }
    const byKind = await ok(
      server.url,
      AuditLogDocument,
      { programId: p.programId, filter: { kind: 'person.invited' } },
      admin,
    );
    expect(byKind.auditLog.totalCount).toBe(7);

    const byPerson = await ok(
      server.url,
      AuditLogDocument,
      { programId: p.programId, filter: { personId: p.personIds.working }, first: 100 },
      admin,
    );
    expect(byPerson.auditLog.totalCount).toBe(8); // 7 invitations and 1 sign-in
    expect(new Set(byPerson.auditLog.edges.map((e) => e.node.actor?.name)).size).toBe(1);

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const r: AuditLogQuery = await ok(
        server.url,
        AuditLogDocument,
        { programId: p.programId, filter: { personId: p.personIds.working }, first: 3, after },
        admin,
      );
      seen.push(...r.auditLog.edges.map((e) => e.node.id));
      if (!r.auditLog.pageInfo.hasNextPage) break;
      after = r.auditLog.pageInfo.endCursor;
    }
    expect(seen).toEqual(byPerson.auditLog.edges.map((e) => e.node.id));

    const times = byKind.auditLog.edges.map((e) => e.node.at).sort();
    const middle = times[3] as string;
    const before = await ok(
      server.url,
      AuditLogDocument,
      { programId: p.programId, filter: { kind: 'person.invited', to: middle } },
      admin,
    );
    const since = await ok(
      server.url,
      AuditLogDocument,
      { programId: p.programId, filter: { kind: 'person.invited', from: middle } },
      admin,
    );
    expect(before.auditLog.totalCount + since.auditLog.totalCount).toBe(7);
    expect(since.auditLog.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('exports the filtered log as .xlsx, for the administrator who asked', async () => {
    const p = await buildProgramme(server);
    const admin = await p.as('admin');
    await ok(
      server.url,
      InviteExpertByEmailDocument,
      { programId: p.programId, email: `x@${p.emailDomain}` },
      await p.as('working'),
    );
    const r = await ok(
      server.url,
      AuditLogExportDocument,
      { programId: p.programId, filter: { kind: 'person.invited' } },
      admin,
    );
    const res = await fetch(`${server.url}${r.auditLogExport.url}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const texts: string[] = [];
    sheet?.eachRow((row) => texts.push(row.values?.toString() ?? ''));
    expect(texts.some((t) => t.includes('person.invited') && t.includes(`x@${p.emailDomain}`))).toBe(true);
    expect(texts.some((t) => t.includes('signIn.'))).toBe(false);

    const stranger = await fetch(`${server.url}${r.auditLogExport.url}`, {
      headers: { authorization: `Bearer ${await p.as('working')}` },
    });
    expect(stranger.status).toBe(403);
    const refused = await gql(
      server.url,
      AuditLogExportUnfilteredDocument,
      { programId: p.programId },
      await p.as('working'),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

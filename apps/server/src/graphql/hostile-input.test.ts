import {
  type GraphQLArgument,
  GraphQLError,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import pg from 'pg';
import { QueryFailedError } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { gql, queryText, wsClient } from '#test/support/client.js';
import { planLedBy, publish } from '#test/support/drafts.js';
import {
  DraftByIdDocument,
  DraftThreadsAfterDocument,
  MeRoleDocument,
  ProgramByIdDocument,
  ProgramPlansAndDraftsDocument,
  ProgramPlansDraftsLeadsDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import { getSchema } from '../house.js';
import { configureLogging } from '../log.js';
import { PlanDraftsResolver } from '../modules/draft/draft.resolver.js';
import { formatError } from './errors.js';

const MALFORMED = ['-1', '../../etc/passwd', '\u0000', 'x'.repeat(10_000), '99999999999999999999'];
const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';

let server: TestServer;
let p: Programme;
let written: string[];
let restoreLogging: (() => void) | undefined;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  p = await buildProgramme(server);
});
afterAll(() => server.stop());
afterEach(() => {
  vi.restoreAllMocks();
  restoreLogging?.();
});

/** From here to the end of the test, what the server logs at warn and above (one JSON object a line). */
function captureLogs() {
  written = [];
  restoreLogging = configureLogging({ level: 'warn', destination: { write: (line) => void written.push(line) } });
}

type Logged = { msg: string; err?: { message?: string; stack?: string } } & Record<string, unknown>;
const logged = (): Logged[] => written.map((line) => JSON.parse(line));

/** Every string a line carries, but the stack's frames and the SQL text: they are code, never input. */
function texts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'stack' || key === 'sql' ? [] : [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => texts(v, k));
}

/** Lines that are not one line, or carry more than 300 characters of text in one field. */
const long = () =>
  written.filter(
    (line) => line.indexOf('\n') !== line.length - 1 || texts(JSON.parse(line)).some((t) => t.length > 300),
  );

/** Every place an ID goes into an argument: the argument, then field names inside inputs. */
function idPaths(type: GraphQLInputType, path: string[] = [], depth = 0): string[][] {
  const named = getNamedType(type);
  if (named.name === 'ID') return [path];
  if (!isInputObjectType(named) || depth > 4) return [];
  return Object.values(named.getFields()).flatMap((f) => idPaths(f.type, [...path, f.name], depth + 1));
}

/** A value of `type`: `bad` at `target`, a well-formed unknown id at every other ID, required fields filled. */
function sample(type: GraphQLInputType, target: string[] | null, bad: string, here: string[] = []): unknown {
  if (isNonNullType(type)) return sample(type.ofType, target, bad, here);
  if (isListType(type)) return [sample(type.ofType, target, bad, here)];
  const named = getNamedType(type);
  if (named.name === 'ID') {
    if (target && target.join('.') === here.join('.')) return bad;
    return /blockId$/i.test(here.at(-1) ?? '') ? 'b1' : UNKNOWN_UUID;
  }
  if (isEnumType(named)) return named.getValues()[0]?.value;
  if (isInputObjectType(named)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields())) {
      const onPath = target && target.slice(0, here.length + 1).join('.') === [...here, f.name].join('.');
      if (isNonNullType(f.type) || onPath) out[f.name] = sample(f.type, target, bad, [...here, f.name]);
    }
    return out;
  }
  switch (named.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2020-11-16T00:00:00.000Z';
    case 'Date':
      return '2020-11-16';
    default:
      return 'x';
  }
}

interface Case {
  root: 'query' | 'mutation' | 'subscription';
  field: string;
  path: string;
  query: string;
  variables: Record<string, unknown>;
}

/** One operation per ID position of every root field, with `bad` in that position. */
function cases(schema: GraphQLSchema, bad: string): Case[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  return roots.flatMap(([root, type]) =>
    Object.values(type?.getFields() ?? {}).flatMap((field: GraphQLField<unknown, unknown>) =>
      field.args.flatMap((arg: GraphQLArgument) =>
        idPaths(arg.type).map((inner) => {
          const target = [arg.name, ...inner];
          const variables: Record<string, unknown> = {};
          const decl: string[] = [];
          const pass: string[] = [];
          for (const a of field.args) {
            if (!isNonNullType(a.type) && a !== arg) continue;
            variables[a.name] = sample(a.type, target, bad, [a.name]);
            decl.push(`$${a.name}: ${a.type}`);
            pass.push(`${a.name}: $${a.name}`);
          }
          const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
          return {
            root,
            field: field.name,
            path: target.join('.'),
            query: `${root}(${decl.join(', ')}) { ${field.name}(${pass.join(', ')}) ${selection} }`,
            variables,
          };
        }),
      ),
    ),
  );
}

describe('malformed ids are the caller’s mistake, never the server’s', () => {
  it('finds the ID arguments of the schema', async () => {
    const all = cases(await getSchema(), '-1');
    expect(all.length).toBeGreaterThan(40);
    expect(all.map((c) => c.root)).toEqual(expect.arrayContaining(['query', 'mutation', 'subscription']));
  });

  it.each(MALFORMED.map((bad) => [JSON.stringify(bad).slice(0, 20), bad]))(
    'answers %s in every query and mutation ID with BAD_USER_INPUT or NOT_FOUND, logging nothing long',
    async (_label, bad) => {
      const token = await p.as('working');
      captureLogs();
      const failures: string[] = [];
      for (const c of cases(await getSchema(), bad).filter((c) => c.root !== 'subscription')) {
        const r = await gql(server.url, c.query, c.variables, token);
        const codes = (r.errors ?? []).map((e) => e.extensions?.code);
        const fine = codes.length > 0 && codes.every((code) => code === 'BAD_USER_INPUT' || code === 'NOT_FOUND');
        if (!fine) failures.push(`${c.field}(${c.path}): ${JSON.stringify(r).slice(0, 300)}`);
        if (r.errors?.some((e) => e.message.includes(bad) && bad.length > 2))
          failures.push(`${c.field}: echoes the id`);
      }
      expect(failures).toEqual([]);
      expect(long()).toEqual([]);
    },
  );

  it('answers malformed ids in every subscription with an error for that subscription alone', async () => {
    const client = wsClient(server.url, await p.as('working'));
    try {
      for (const bad of MALFORMED) {
        for (const c of cases(await getSchema(), bad).filter((c) => c.root === 'subscription')) {
          const result = await new Promise<unknown>((resolve) =>
            client.subscribe(
              { query: c.query, variables: c.variables },
              { next: (v) => resolve(v.errors), error: resolve, complete: () => resolve('completed') },
            ),
          );
          const codes = (result as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code);
          expect([c.field, codes]).toEqual([c.field, expect.arrayContaining(['BAD_USER_INPUT'])]);
        }
      }
      // The socket still works.
      const me = await new Promise((resolve) =>
        client.subscribe({ query: queryText(MeRoleDocument) }, { next: resolve, error: resolve, complete: () => {} }),
      );
      expect(me).toEqual({ data: { me: { role: 'WORKING_GROUP' } } });
    } finally {
      await client.dispose();
    }
  });

  it('answers a well-formed id that names nothing with NOT_FOUND or null, as before', async () => {
    const r = await gql(server.url, DraftByIdDocument, { id: UNKNOWN_UUID }, await p.as('working'));
    expect(r.errors?.[0]?.extensions?.code ?? null).toMatch(/^NOT_FOUND$|^$/);
    expect(r.data?.draft ?? null).toBeNull();
  });

  it('answers a forged page cursor (an id that reaches SQL) with BAD_USER_INPUT', async () => {
    const token = await p.as('working');
    const draft = await publish(server, await p.as('guicai'), await planLedBy(server, p, '规财处'));
    captureLogs();
    for (const forged of [
      '2020-01-01T00:00:00.000Z|../../etc/passwd',
      `2020-01-01T00:00:00.000Z|${'9'.repeat(5000)}`,
    ]) {
      const after = Buffer.from(forged).toString('base64url');
      const r = await gql(server.url, DraftThreadsAfterDocument, { id: draft.id, after }, token);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(long()).toEqual([]);
  });
});

describe('what the server logs of an unexpected error', () => {
  it('is one short line, however long the input it carried', () => {
    captureLogs();
    const huge = `invalid input: "${'A'.repeat(10_000)}"`;
    const error = new GraphQLError('wrapped', { path: ['draft'], originalError: new Error(huge) });
    const out = formatError(false)(error.toJSON(), error);
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(out.message).not.toContain('AAAA');
    expect(long()).toEqual([]);
    expect(logged()).toHaveLength(1);
    expect(logged()[0]).toMatchObject({ level: 'error', field: 'draft', msg: expect.stringContaining('draft') });
    // The stack is a field of that one line, not more lines.
    expect(logged()[0]?.err?.stack).toMatch(/^at /);
  });

  it('maps PostgreSQL data exceptions to BAD_USER_INPUT and statement timeouts to a clear TIMEOUT', () => {
    captureLogs();
    const failed = (code: string, message: string) => {
      const driverError = Object.assign(new Error(message), { code });
      const e = new QueryFailedError('SELECT 1 WHERE id = $1', ['x'.repeat(10_000)], driverError);
      return new GraphQLError(e.message, { path: ['draft'], originalError: e });
    };
    const format = formatError(false);
    const uuid = failed('22P02', `invalid input syntax for type uuid: "${'x'.repeat(10_000)}"`);
    expect(format(uuid.toJSON(), uuid)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const nul = failed('22021', 'invalid byte sequence for encoding "UTF8": 0x00');
    expect(format(nul.toJSON(), nul)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const slow = failed('57014', 'canceling statement due to statement timeout');
    const out = format(slow.toJSON(), slow);
    expect(out.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: 'TIMEOUT' });
    expect(out.message).toMatch(/took too long/);
    expect(long()).toEqual([]);
  });
});

describe('the time a request may take', () => {
  it('cuts a statement past statement_timeout and answers with a clear error, not a hang', async () => {
    const slow = await startTestServer({ demo: false, config: { statementTimeoutMs: 300 } });
    const locker = new pg.Client({ connectionString: slow.databaseUrl });
    try {
      const q = await buildProgramme(slow);
      const token = await q.as('working');
      await locker.connect();
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE program IN ACCESS EXCLUSIVE MODE');
      // Without a statement timeout this would wait for the lock; the lock is let go after 10 s at most.
      const release = setTimeout(() => void locker.query('ROLLBACK').catch(() => {}), 10_000);
      captureLogs();
      const r = await gql(slow.url, ProgramByIdDocument, { id: q.programId }, token);
      clearTimeout(release);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: 'TIMEOUT' });
      expect(r.errors?.[0]?.message).toMatch(/took too long/);
    } finally {
      await locker.query('ROLLBACK').catch(() => {});
      await locker.end().catch(() => {});
      await slow.stop();
    }
  });

  it('stops resolving a query once its client has gone', async () => {
    const locker = new pg.Client({ connectionString: server.databaseUrl });
    const drafts = vi.spyOn(PlanDraftsResolver.prototype, 'drafts');
    try {
      const token = await p.as('working');
      await locker.connect();
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE plan IN ACCESS EXCLUSIVE MODE');
      const gone = new AbortController();
      const request = fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: queryText(ProgramPlansAndDraftsDocument), variables: { id: p.programId } }),
        signal: gone.signal,
      }).catch(() => null);
      // The plans wait for the lock; the client leaves meanwhile; then the lock goes.
      await expect
        .poll(async () => {
          const { rows } = await locker.query(
            "SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = 'plan'::regclass",
          );
          return rows[0].n;
        })
        .toBeGreaterThan(0);
      gone.abort();
      await request;
      await new Promise((r) => setTimeout(r, 100));
      await locker.query('ROLLBACK');
      // The plans arrive, but nothing below them is resolved for nobody.
      await new Promise((r) => setTimeout(r, 500));
      expect(drafts).not.toHaveBeenCalled();
    } finally {
      await locker.query('ROLLBACK').catch(() => {});
      await locker.end().catch(() => {});
    }
  });

  it('stops resolving a query once its time budget is spent', async () => {
    const slow = await startTestServer({ demo: false, config: { requestBudgetMs: 300 } });
    const locker = new pg.Client({ connectionString: slow.databaseUrl });
    try {
      const q = await buildProgramme(slow);
      const token = await q.as('working');
      await locker.connect();
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE plan IN ACCESS EXCLUSIVE MODE');
      captureLogs();
      const pending = gql(slow.url, ProgramPlansDraftsLeadsDocument, { id: q.programId }, token);
      // The plans wait for the lock well past the budget; what comes after them is not resolved.
      await new Promise((r) => setTimeout(r, 1000));
      await locker.query('ROLLBACK');
      const r = await pending;
      expect(r.errors?.map((e) => e.extensions?.reason)).toContain('TIMEOUT');
    } finally {
      await locker.query('ROLLBACK').catch(() => {});
      await locker.end().catch(() => {});
      await slow.stop();
    }
  });
});

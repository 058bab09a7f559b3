import fs from 'node:fs';
import path from 'node:path';
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  specifiedRules,
  validate,
  visit,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, gql, login, ok, present, queryText, wsClient } from '#test/support/client.js';
import { DispositionTableDocument, MeRoleDocument, ProgrammeIdsDocument } from '#test/support/generated/graphql.js';
import { PASSWORD, startTestServer, type TestServer } from '#test/support/server.js';
import { readConfig, repoRoot } from '../config.js';
import { getSchema } from '../house.js';
import { operationLimits } from './limits.js';

/** Every operation of the web app, with the fragments it uses and __typename as the client adds it. */
function webOperations(): { name: string; document: DocumentNode }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.graphql')) files.push(p);
    }
  };
  walk(path.join(repoRoot, 'apps/web/src'));
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const f of files) {
    for (const d of parse(fs.readFileSync(f, 'utf8')).definitions) {
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
      if (d.kind === Kind.OPERATION_DEFINITION) operations.push(d);
    }
  }
  return operations.map((op) => {
    const used = new Map<string, FragmentDefinitionNode>();
    const need = (node: DefinitionNode) =>
      visit(node, {
        FragmentSpread(s) {
          const f = fragments.get(s.name.value);
          if (f && !used.has(f.name.value)) {
            used.set(f.name.value, f);
            need(f);
          }
        },
      });
    need(op);
    const document = visit({ kind: Kind.DOCUMENT, definitions: [op, ...used.values()] } as DocumentNode, {
      SelectionSet(set: SelectionSetNode, _key, parent) {
        if ((parent as { kind?: string } | undefined)?.kind === Kind.OPERATION_DEFINITION) return undefined;
        if (set.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
        const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;
        return { ...set, selections: [...set.selections, typename] };
      },
    });
    return { name: op.name?.value ?? '(anonymous)', document };
  });
}

const aliases = (n: number, field: (i: number) => string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;

describe('the limits’ settings', () => {
  it('have the documented defaults', () => {
    expect(readConfig({})).toMatchObject({
      maxDepth: 10,
      maxAliases: 15,
      maxTokens: 1000,
      maxDirectives: 20,
      maxCost: 20_000,
      maxBodyBytes: 1_048_576,
      requestBudgetMs: 15_000,
      statementTimeoutMs: 10_000,
      wsMaxSubscriptions: 100,
      wsMaxFrameBytes: 1_048_576,
      wsMessagesPerSecond: 20,
      wsMessageBurst: 200,
    });
  });

  it('are each read from the environment, and a bad one is named', () => {
    expect(readConfig({ GONGBIAN_MAX_DEPTH: '12', GONGBIAN_WS_MAX_SUBSCRIPTIONS: '5' })).toMatchObject({
      maxDepth: 12,
      wsMaxSubscriptions: 5,
    });
    expect(() => readConfig({ GONGBIAN_MAX_ALIASES: '0' })).toThrow(/GONGBIAN_MAX_ALIASES: /);
    expect(() => readConfig({ GONGBIAN_STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(/GONGBIAN_STATEMENT_TIMEOUT_MS: /);
  });
});

describe('the limits leave the web app alone', () => {
  const operations = webOperations();

  it('finds the web app’s operations', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(operations.map((o) => [o.name, o.document] as const))('%s passes every limit', async (_name, document) => {
    const limits = operationLimits(readConfig({}));
    // As the server parses it: with the token limit on the printed text.
    const { print } = await import('graphql');
    expect(() => parse(print(document), limits.parseOptions)).not.toThrow();
    const errors = validate(await getSchema(), document, [...specifiedRules, ...limits.validationRules]);
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});

describe('one operation cannot take the server down', () => {
  let server: TestServer;
  let observer: string;
  let programId: string;
  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    observer = await login(server.url, 'observer@gongbian.test', PASSWORD);
    const r = await ok(server.url, ProgrammeIdsDocument, {}, observer);
    programId = present(r.programs[0], 'the demo programme').id;
  });
  afterAll(() => server.stop());

  const ALIASED = (n: number) =>
    aliases(n, () => `program(id: "${programId}") { plans { drafts { blocks { text } } } }`);

  it('refuses 300 aliases of a programme’s drafts over HTTP, with a stable code and the limit named', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${observer}` },
      body: JSON.stringify({ query: ALIASED(300) }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { data?: unknown; errors: { extensions: Record<string, unknown> }[] };
    expect(body.data).toBeUndefined();
    // 300 aliases are also past the token limit, which the parser meets first.
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_TOKENS', limit: 1000 });
    // Sixteen, within the token limit, meet the alias limit.
    const sixteen = await gql(server.url, ALIASED(16), {}, observer);
    expect(sixteen.data).toBeUndefined();
    expect(sixteen.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_ALIASES', limit: 15 });
  });

  it('refuses 1,000 aliases of compareDrafts', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const r = await gql(
      server.url,
      aliases(1000, () => `compareDrafts(fromId: "${id}", toId: "${id}") { kind }`),
      {},
      observer,
    );
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(['MAX_TOKENS', 'MAX_ALIASES']).toContain(r.errors?.[0]?.extensions?.reason);
  });

  it('refuses thread → comments → thread nested eight deep', async () => {
    let q = 'id';
    for (let i = 0; i < 8; i++) q = `comments { thread { ${q} } }`;
    const r = await gql(server.url, `query($id: ID!) { thread(id: $id) { ${q} } }`, { id: programId }, observer);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_DEPTH', limit: 10 });
  });

  it('refuses an operation over the cost limit, within the depth and alias limits', async () => {
    // Every plan's every draft with a hundred threads, their comments' authors and units: ~47,000.
    const q = `{ programs { plans { drafts { threads(first: 100) { edges { node { id status quote
      author { name unit { name } } assignedUnit { name }
      comments { id body author { name unit { name } } mentions { name } } } } } } } } }`;
    const r = await gql(server.url, q, {}, observer);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_COST', limit: 20_000 });
  });

  it('takes every limit from the settings', async () => {
    const strict = await startTestServer({ demo: false, config: { maxAliases: 1, maxDepth: 2 } });
    try {
      const two = await gql(strict.url, '{ a: clock { today } b: clock { today } }');
      expect(two.errors?.[0]?.extensions).toMatchObject({ reason: 'MAX_ALIASES', limit: 1 });
      const deep = await gql(strict.url, '{ programs { plans { id } } }');
      expect(deep.errors?.[0]?.extensions).toMatchObject({ reason: 'MAX_DEPTH', limit: 2 });
      expect((await gql(strict.url, '{ a: clock { today } }')).errors).toBeUndefined();
    } finally {
      await strict.stop();
    }
  });

  it('refuses the same operations over WebSocket, each alone, and the socket carries on', async () => {
    const client = wsClient(server.url, observer);
    try {
      const run = (query: string) =>
        new Promise<{ data?: unknown; errors?: unknown }>((resolve) => {
          client.subscribe(
            { query },
            {
              next: (v) => resolve(v as never),
              error: (e) => resolve({ errors: e }),
              complete: () => {},
            },
          );
        });
      type Refused = { errors: { extensions: Record<string, unknown> }[] };
      const many = (await run(ALIASED(300))) as Refused;
      expect(many.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_TOKENS' });
      const sixteen = (await run(ALIASED(16))) as Refused;
      expect(sixteen.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_ALIASES', limit: 15 });
      let deep = 'id';
      for (let i = 0; i < 8; i++) deep = `comments { thread { ${deep} } }`;
      const tooDeep = (await run(`{ thread(id: "${programId}") { ${deep} } }`)) as {
        errors: { extensions: Record<string, unknown> }[];
      };
      expect(tooDeep.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MAX_DEPTH' });
      // The same socket still answers.
      expect(await run(queryText(MeRoleDocument))).toEqual({ data: { me: { role: 'OBSERVER' } } });
    } finally {
      await client.dispose();
    }
  });

  it('keeps its schema to itself in production: no introspection and no "Did you mean"', async () => {
    const prod = await startTestServer({ demo: true, config: { nodeEnv: 'production' } });
    try {
      const token = await login(prod.url, 'observer@gongbian.test', PASSWORD);
      const typo = await gql(prod.url, '{ me { rol } }', {}, token);
      expect(typo.errors?.[0]?.message).toMatch(/Cannot query field "rol"/);
      expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
      // A well-formed document with a format outside the enum: sent as text, as the types would refuse it.
      const enumTypo = await gql(prod.url, queryText(DispositionTableDocument), { id: programId, f: 'DOCXX' }, token);
      expect(enumTypo.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(enumTypo.errors)).not.toMatch(/Did you mean/);
      const overSocket = wsClient(prod.url, token);
      const sub = collect(overSocket, '{ me { rol } }', {});
      await expect.poll(() => sub.errors.length).toBeGreaterThan(0);
      expect(JSON.stringify(sub.errors)).not.toMatch(/Did you mean/);
      const introspect = '{ __schema { queryType { name } } }';
      expect((await gql(prod.url, introspect, {}, token)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const schemaOverSocket = collect(overSocket, introspect, {});
      await expect.poll(() => schemaOverSocket.errors.length).toBeGreaterThan(0);
      expect(schemaOverSocket.received).toEqual([]);
      await overSocket.dispose();
      // In development the suggestion helps.
      const dev = await gql(server.url, '{ me { rol } }', {}, observer);
      expect(dev.errors?.[0]?.message).toMatch(/Did you mean "role"/);
    } finally {
      await prod.stop();
    }
  });
});

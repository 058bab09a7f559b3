/**
 * Without a session, every operation of the schema asks to sign in — except those made for
 * people without an account (signing in, invitations, the public consultation). Each root field is
 * asked with well-typed arguments built from the schema, so a new field is checked as soon as it
 * exists, and must be named below if it is meant to answer strangers.
 */
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '#test/support/client.js';
import { startTestServer, type TestServer } from '#test/support/server.js';
import { getSchema } from '../house.js';

/** What answers without a session, and why. */
const OPEN_TO_STRANGERS = new Set([
  // Signing in, and joining by invitation.
  'Query.viewer',
  'Query.invitation',
  'Mutation.login',
  'Mutation.logout',
  'Mutation.acceptInvitation',
  // Whether one is signed in (null when not), and the programme's date the sign-in page shows.
  'Query.me',
  'Query.clock',
  // Null for whatever the asker may not read, which without a session is everything.
  'Query.node',
  // 开门编规划: the public reads a draft under consultation and sends opinions (issue 14).
  'Query.publicDraft',
  'Query.publicSummary',
  'Query.publicChallenge',
  'Mutation.submitPublicOpinion',
]);

const SCALARS: Record<string, unknown> = {
  ID: '00000000-0000-4000-8000-000000000000',
  String: 'sample',
  Int: 1,
  Float: 1,
  Boolean: true,
  Date: '2020-11-16',
  DateTime: '2020-11-16T00:00:00.000Z',
};

/** A value of `type` that passes GraphQL's own validation (the resolver may still refuse it). */
function sample(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return sample(type.ofType, depth);
  if (isListType(type)) return [sample(type.ofType, depth)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isScalarType(type)) return SCALARS[type.name] ?? 'x';
  if (isInputObjectType(type)) {
    if (depth > 4) return null;
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(
      fields.map((f) => [f.name, /email/i.test(f.name) ? 'someone@example.com' : sample(f.type, depth + 1)]),
    );
  }
  return null;
}

/** Arguments named for an e-mail get one, so validation of their form does not answer first. */
const argumentValue = (name: string, type: GraphQLInputType) =>
  /email/i.test(name) ? 'someone@example.com' : sample(type);

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  const vars = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    text: `${kind}${vars ? ` Anonymous(${vars})` : ''} { ${field.name}${call}${selection} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, argumentValue(a.name, a.type)])),
  };
}

let server: TestServer;
let fields: { name: string; kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[];
beforeAll(async () => {
  server = await startTestServer({ demo: false });
  const schema = await getSchema();
  const roots: ['query' | 'mutation', GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  fields = roots.flatMap(([kind, type]) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({
      name: `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
      kind,
      field,
    })),
  );
});
afterAll(() => server.stop());

describe('without a session', () => {
  it('every operation asks to sign in, except those made for people without an account', async () => {
    const answered: string[] = [];
    const refusedOtherwise: string[] = [];
    for (const { name, kind, field } of fields) {
      const { text, variables } = operation(kind, field);
      const r = await gql(server.url, text, variables);
      const codes = (r.errors ?? []).map((e) => e.extensions?.code);
      if (codes.includes('UNAUTHENTICATED')) continue;
      if (codes.length === 0) answered.push(name);
      else refusedOtherwise.push(`${name}: ${codes.join(',')}`);
    }
    // What answered, or refused for another reason than a missing session, is meant for strangers.
    const open = [...answered, ...refusedOtherwise.map((l) => l.split(':')[0] as string)];
    expect(open.filter((n) => !OPEN_TO_STRANGERS.has(n))).toEqual([]);
    expect(fields.length).toBeGreaterThan(50);
  });

  it('the public consultation answers without one', async () => {
    const r = await gql(server.url, 'query { publicChallenge { json } }');
    expect(r.errors).toBeUndefined();
    expect(JSON.parse((r.data as { publicChallenge: { json: string } }).publicChallenge.json)).toMatchObject({
      parameters: { algorithm: 'PBKDF2/SHA-256' },
    });
  });
});

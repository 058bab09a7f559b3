/**
 * What a fuzz case is — an HTTP request or a graphql-ws conversation, and who sends it — and the
 * fast-check arbitraries that generate them. Cases hold choices, not payloads: a document is built
 * from its choice tape when the case runs, and huge bodies are built from their size, so generating
 * and shrinking stay cheap.
 */
import fc from 'fast-check';
import { HOSTILE_STRINGS } from './values.js';

/** Demo accounts of the seeded programme, and of a second programme ("other:" accounts). */
export const ROLES = [
  'admin',
  'working',
  'leader',
  'guicai',
  'kexin',
  'jiuyuan',
  'expert',
  'observer',
  'other:working',
  'other:observer',
] as const;
export type Role = (typeof ROLES)[number];

export type Auth =
  | { kind: 'anonymous' }
  | { kind: 'role'; role: Role }
  /** A real token, damaged (`how` picks the damage). */
  | { kind: 'mangled'; role: Role; how: number }
  | { kind: 'header'; value: string };

/** A document's choices: the tape and the hostile strings it may draw. */
export interface OpSpec {
  tape: number[];
  strings: string[];
}

export type RawBody =
  | { k: 'text'; text: string }
  | { k: 'bytes'; bytes: number[] }
  | { k: 'empty' }
  | { k: 'huge'; mb: number; json: boolean }
  | { k: 'deep'; depth: number; arrays: boolean }
  | { k: 'multipart'; variant: number };

export type Transport =
  | { t: 'post' }
  /** A JSON body of the wrong shape (variant picks which). */
  | { t: 'shape'; variant: number }
  | { t: 'get'; variant: number }
  | { t: 'batch'; n: number }
  | { t: 'raw'; contentType: string; encoding: string | null; body: RawBody }
  | { t: 'method'; method: string }
  | { t: 'path'; method: 'GET' | 'POST'; path: string };

export interface HttpCase {
  kind: 'http';
  auth: Auth;
  op: OpSpec;
  transport: Transport;
  /** Send Apollo's CSRF-preflight header (lets GET and simple content types past CSRF prevention). */
  preflight: boolean;
}

export type WsStep =
  /** payload: 0 the case's auth, 1 none, 2 not an object, 3 authorization not a string, 4 huge. */
  | { s: 'init'; payload: number }
  /** variant: 0 plain, 1 payload missing, 2 payload a string, 3 variables a string, 4 extra junk. */
  | { s: 'subscribe'; id: string; op: OpSpec; subscription: boolean; variant: number }
  | { s: 'complete'; id: string }
  | { s: 'ping' }
  | { s: 'pong' }
  | { s: 'text'; text: string }
  | { s: 'bytes'; bytes: number[] }
  | { s: 'huge'; kb: number }
  | { s: 'wait'; ms: number }
  /** A real write over HTTP (a reply to a demo thread), so open subscriptions have an event to deliver. */
  | { s: 'poke' };

export interface WsCase {
  kind: 'ws';
  auth: Auth;
  /** Sub-protocols offered; graphql-ws requires 'graphql-transport-ws'. */
  protocols: string[];
  steps: WsStep[];
}

export type FuzzCase = HttpCase | WsCase;

// ---- arbitraries ----------------------------------------------------------------------------------
const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.uuid() },
);

export const opSpec: fc.Arbitrary<OpSpec> = fc.record({
  tape: fc.array(fc.nat({ max: 0xffff }), { minLength: 30, maxLength: 160 }),
  strings: fc.array(hostileString, { maxLength: 4 }),
});

export const auth: fc.Arbitrary<Auth> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'anonymous' as const }) },
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('role' as const), role: fc.constantFrom(...ROLES) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('mangled' as const), role: fc.constantFrom(...ROLES), how: fc.nat(7) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('header' as const),
      value: fc.oneof(
        fc.constantFrom(
          '',
          'Bearer',
          'Bearer ',
          'Bearer null',
          'Bearer undefined',
          'Bearer garbage',
          'Basic d29ya2luZ0Bnb25nYmlhbi50ZXN0OmdvbmdiaWFu',
          `Bearer ${'x'.repeat(10_000)}`,
          'Bearer ../../etc/passwd',
          "Bearer ' OR 1=1 --",
          'Bearer 00000000-0000-0000-0000-000000000000',
          'Bearer a.b.c',
          'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.',
        ),
        // Printable only: Node's client refuses to send control characters in a header.
        fc.string({ unit: 'binary-ascii', maxLength: 60 }).map((s) => `Bearer ${s.replace(/[^\x20-\x7e]/g, '')}`),
      ),
    }),
  },
);

const JSON_TEXTS = [
  '',
  '{',
  'null',
  '1',
  'true',
  '"x"',
  '[]',
  '[{}]',
  '{}',
  '{"query":1}',
  '{"query":null}',
  '{"query":["{ me { id } }"]}',
  '{"query":{"kind":"Document","definitions":[]}}',
  '{"query":"{ me { id } }","variables":[]}',
  '{"query":"{ me { id } }","variables":"{}"}',
  '{"query":"{ me { id } }","variables":1}',
  '{"query":"{ me { id } }","operationName":{}}',
  '{"query":"{ me { id } }","query":"{ clock { now } }"}',
  '{"__proto__":{"query":"{ me { id } }"}}',
  '{"constructor":{"prototype":{"query":"{ me { id } }"}}}',
  '{"query":"{ me { id } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"x"}}}',
  '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38"}}}',
  '{"query":"{ me { id } }","extensions":[]}',
  '{"query":"{ me { id } }"}garbage',
  '\ufeff{"query":"{ me { id } }"}',
  '{"query":"{ me { id } }"}\u0000',
  'query=%7B+me+%7B+id+%7D+%7D',
  '{ me { id } }',
  '\u0000',
  '{"query":"\\ud800"}',
  '{"query":"mutation { logout }"}',
];

const CONTENT_TYPES = [
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/json; charset=nope',
  'application/graphql',
  'application/graphql-response+json',
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=fuzz',
  'application/xml',
  '',
  '*/*',
  'application/json, text/plain',
  `application/json; ${'a=b; '.repeat(1000)}`,
];

const rawBody: fc.Arbitrary<RawBody> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ k: fc.constant('text' as const), text: fc.constantFrom(...JSON_TEXTS) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('text' as const), text: fc.json() }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('text' as const), text: fc.string({ unit: 'binary' }) }) },
  {
    weight: 2,
    arbitrary: fc.record({ k: fc.constant('bytes' as const), bytes: fc.array(fc.nat(255), { maxLength: 300 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ k: 'empty' as const }) },
  // Rare: each costs the server (and this process) tens of megabytes.
  {
    weight: 1,
    arbitrary: fc.record({ k: fc.constant('huge' as const), mb: fc.constantFrom(1, 2, 5, 31), json: fc.boolean() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('deep' as const),
      depth: fc.constantFrom(1000, 100_000, 1_000_000),
      arrays: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('multipart' as const), variant: fc.nat(7) }) },
);

const PATHS = [
  '/graphql/',
  '//graphql',
  '/graphql%00',
  '/GRAPHQL',
  '/graphql/../graphql',
  '/graphql?query=%7B%20me%20%7B%20id%20%7D%20%7D&query=x',
  '/exports/',
  '/exports/garbage',
  '/exports/..%2f..%2fetc%2fpasswd',
  '/exports/../../etc/passwd',
  `/exports/${'x'.repeat(5000)}`,
  '/exports/%ff%fe',
  '/exports/00000000-0000-0000-0000-000000000000',
  '/healthz?x=%ff',
  '/readyz',
  '/%ff',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/assets/..%2f..%2f..%2fpackage.json',
  '/.env',
  '/../../../../etc/passwd',
  '/index.html',
  `/${'a/'.repeat(2000)}`,
  '/graphql?query={__schema{types{name}}}',
];

const transport: fc.Arbitrary<Transport> = fc.oneof(
  { weight: 14, arbitrary: fc.constant({ t: 'post' as const }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('shape' as const), variant: fc.nat(9) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('get' as const), variant: fc.nat(6) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('batch' as const), n: fc.constantFrom(0, 1, 2, 10, 1000) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('raw' as const),
      contentType: fc.constantFrom(...CONTENT_TYPES),
      encoding: fc.constantFrom(null, null, null, 'gzip', 'deflate', 'br', 'identity', 'x-nope'),
      body: rawBody,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('method' as const),
      method: fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'PROPFIND', 'FUZZ'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('path' as const),
      method: fc.constantFrom('GET' as const, 'POST' as const),
      path: fc.constantFrom(...PATHS),
    }),
  },
);

export const httpCase: fc.Arbitrary<HttpCase> = fc.record({
  kind: fc.constant('http' as const),
  auth,
  op: opSpec,
  transport,
  preflight: fc.boolean(),
});

const WS_TEXTS = [
  '',
  '{',
  'null',
  '[]',
  '"x"',
  '1',
  '{}',
  '{"type":"nope"}',
  '{"type":""}',
  '{"type":1}',
  '{"type":"__proto__"}',
  '{"__proto__":{"type":"subscribe"}}',
  '{"type":"subscribe"}',
  '{"type":"subscribe","id":1,"payload":{}}',
  '{"type":"subscribe","id":"1","payload":{"query":null}}',
  '{"type":"subscribe","id":"1","payload":{"query":"{ me { id } }","variables":"x"}}',
  '{"type":"subscribe","id":"1","payload":{"query":"{ me { id } }","extensions":1}}',
  '{"type":"subscribe","id":"__proto__","payload":{"query":"{ me { id } }"}}',
  '{"type":"connection_init","payload":"x"}',
  '{"type":"connection_init","payload":null}',
  '{"type":"connection_init","payload":{"authorization":["Bearer x"]}}',
  '{"type":"connection_ack"}',
  '{"type":"complete"}',
  '{"type":"complete","id":{}}',
  '{"type":"next","id":"1","payload":{}}',
  '{"type":"error","id":"1","payload":[]}',
  '{"type":"ping","payload":[1]}',
  '{"type":"pong","payload":"x"}',
  '{"type":"start","id":"1","payload":{"query":"subscription { notificationEvents { cursor } }"}}',
  '{"type":"connection_terminate"}',
];

const wsId = fc.constantFrom('1', '1', '2', 'a', '', '__proto__', 'constructor', 'toString', 'x'.repeat(10_000));

/** Steps a client following the protocol could send (with hostile documents). */
const wellFormedStep: fc.Arbitrary<WsStep> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ s: fc.constant('init' as const), payload: fc.nat(4) }) },
  {
    weight: 8,
    arbitrary: fc.record({
      s: fc.constant('subscribe' as const),
      id: wsId,
      op: opSpec,
      subscription: fc.boolean(),
      variant: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(4) }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ s: fc.constant('complete' as const), id: wsId }) },
  { weight: 1, arbitrary: fc.constant({ s: 'ping' as const }) },
  { weight: 1, arbitrary: fc.constant({ s: 'pong' as const }) },
  { weight: 3, arbitrary: fc.constant({ s: 'poke' as const }) },
  { weight: 1, arbitrary: fc.record({ s: fc.constant('wait' as const), ms: fc.constantFrom(0, 10, 50) }) },
);

const wsStep: fc.Arbitrary<WsStep> = fc.oneof(
  { weight: 6, arbitrary: wellFormedStep },
  { weight: 3, arbitrary: fc.record({ s: fc.constant('text' as const), text: fc.constantFrom(...WS_TEXTS) }) },
  { weight: 1, arbitrary: fc.record({ s: fc.constant('text' as const), text: fc.string({ unit: 'binary' }) }) },
  { weight: 1, arbitrary: fc.record({ s: fc.constant('text' as const), text: fc.json() }) },
  {
    weight: 1,
    arbitrary: fc.record({ s: fc.constant('bytes' as const), bytes: fc.array(fc.nat(255), { maxLength: 200 }) }),
  },
  { weight: 1, arbitrary: fc.record({ s: fc.constant('huge' as const), kb: fc.constantFrom(64, 1024, 8192) }) },
);

export const wsCase: fc.Arbitrary<WsCase> = fc.record({
  kind: fc.constant('ws' as const),
  auth,
  protocols: fc.oneof(
    { weight: 12, arbitrary: fc.constant<string[]>(['graphql-transport-ws']) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<string[]>(
        [],
        ['graphql-ws'],
        ['nope'],
        ['graphql-transport-ws', 'graphql-ws'],
        ['graphql-ws', 'graphql-transport-ws'],
        Array.from({ length: 100 }, (_, i) => `p${i}`),
      ),
    },
  ),
  // Most conversations start as a client would, with connection_init; the rest start anywhere.
  steps: fc
    .tuple(
      fc.oneof(
        { weight: 6, arbitrary: fc.constant<WsStep[]>([{ s: 'init', payload: 0 }]) },
        { weight: 1, arbitrary: fc.constant<WsStep[]>([]) },
      ),
      // Half the conversations keep to the protocol, so the socket stays open long enough to matter.
      fc.oneof(
        fc.array(wellFormedStep, { minLength: 1, maxLength: 6 }),
        fc.array(wsStep, { minLength: 1, maxLength: 6 }),
      ),
    )
    .map(([first, rest]) => [...first, ...rest]),
});

/** HTTP and WebSocket cases, in proportion `wsWeight` : `httpWeight`. */
export function fuzzCase(kind: 'http' | 'ws' | 'mixed'): fc.Arbitrary<FuzzCase> {
  if (kind === 'http') return httpCase;
  if (kind === 'ws') return wsCase;
  return fc.oneof({ weight: 4, arbitrary: httpCase }, { weight: 1, arbitrary: wsCase });
}

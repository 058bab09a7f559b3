import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { collect, type GqlError, gql, logPosition, ok, present, queryText, wsClient } from '#test/support/client.js';
import {
  ClockTodayDocument,
  ProgramEventCursorsDocument,
  ProgramTopicsDocument,
  SetTopicStatusDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

const EVENTS = queryText(ProgramEventCursorsDocument);

async function touchTopic(p: Programme) {
  const working = await p.as('working');
  const r = await ok(server.url, ProgramTopicsDocument, { id: p.programId }, working);
  const topic = present(r.program?.topics[0], 'a topic');
  await ok(server.url, SetTopicStatusDocument, { id: topic.id, s: 'BLOCKED' }, working);
}

/** What the server sends on a raw socket, as far as these tests read it. */
type ServerMessage =
  | { id?: string; type: 'error'; payload: GqlError[] }
  | { id?: string; type: 'next'; payload: { data?: unknown; errors?: GqlError[] } }
  | { id?: string; type: 'connection_ack' | 'complete' | 'ping' | 'pong'; payload?: unknown };

const errorsOf = (m: ServerMessage): GqlError[] =>
  m.type === 'error' ? m.payload : m.type === 'next' ? (m.payload.errors ?? []) : [];

/** A raw graphql-ws socket, signed in, for what the client library would never send. */
async function rawSocket(
  token: string,
): Promise<{ ws: WebSocket; messages: ServerMessage[]; closed: Promise<number> }> {
  const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const messages: ServerMessage[] = [];
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  ws.on('error', () => {});
  ws.on('message', (data) => messages.push(JSON.parse(String(data))));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await expect.poll(() => messages.some((m) => m.type === 'connection_ack')).toBe(true);
  return { ws, messages, closed };
}

describe('one WebSocket cannot take the server down', () => {
  it('refuses the 101st subscription on a socket alone, while the first 100 keep receiving', async () => {
    const p = await buildProgramme(server);
    const token = await p.as('leader');
    const client = wsClient(server.url, token);
    const after = await logPosition(server.url, token, p.programId);
    const subs = Array.from({ length: 100 }, () =>
      collect(client, ProgramEventCursorsDocument, { id: p.programId, after }),
    );
    // The server takes a socket's messages in order, so the hundred are in place before this one.
    const extra = collect(client, ProgramEventCursorsDocument, { id: p.programId, after });
    await expect.poll(() => extra.errors.length).toBe(1);
    expect(JSON.stringify(extra.errors)).toMatch(/"code":"RATE_LIMITED".*"reason":"TOO_MANY_SUBSCRIPTIONS"/);
    await touchTopic(p);
    await Promise.all(subs.map((s) => s.until(1)));
    expect(subs.every((s) => s.errors.length === 0)).toBe(true);
    // Ending one makes room for another (which replays the event it missed).
    subs[0]?.dispose();
    const again = collect(client, ProgramEventCursorsDocument, { id: p.programId, after });
    await again.until(1);
    expect(again.errors).toEqual([]);
    await client.dispose();
  });

  it('errors an unparseable or invalid subscription alone; the socket’s other subscription keeps receiving', async () => {
    const p = await buildProgramme(server);
    const token = await p.as('leader');
    const { ws, messages, closed } = await rawSocket(token);
    const after = await logPosition(server.url, token, p.programId);
    ws.send(
      JSON.stringify({
        id: 'good',
        type: 'subscribe',
        payload: { query: EVENTS, variables: { id: p.programId, after } },
      }),
    );
    ws.send(JSON.stringify({ id: 'broken', type: 'subscribe', payload: { query: 'subscription { programEvents(' } }));
    ws.send(JSON.stringify({ id: 'unknown', type: 'subscribe', payload: { query: 'subscription { nothingHere }' } }));
    await expect.poll(() => messages.filter((m) => m.type === 'error').length).toBe(2);
    for (const m of messages.filter((m) => m.type === 'error')) {
      expect(errorsOf(m)[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    await touchTopic(p);
    await expect.poll(() => messages.some((m) => m.id === 'good' && m.type === 'next')).toBe(true);
    expect(ws.readyState).toBe(WebSocket.OPEN);
    ws.close();
    await closed;
  });

  it('closes a socket that sends a 2 MiB frame (1009), and only that socket', async () => {
    const p = await buildProgramme(server);
    const token = await p.as('leader');
    const bystander = await rawSocket(token);
    const { ws, closed } = await rawSocket(token);
    ws.send(
      JSON.stringify({
        id: 'big',
        type: 'subscribe',
        payload: { query: `{ clock { today } }`, variables: { pad: 'x'.repeat(2 * 1024 * 1024) } },
      }),
    );
    expect(await closed).toBe(1009);
    expect(bystander.ws.readyState).toBe(WebSocket.OPEN);
    const clock = queryText(ClockTodayDocument);
    bystander.ws.send(JSON.stringify({ id: 'q', type: 'subscribe', payload: { query: clock } }));
    await expect.poll(() => bystander.messages.some((m) => m.id === 'q' && m.type === 'next')).toBe(true);
    expect((await gql(server.url, ClockTodayDocument)).data).toBeTruthy();
    bystander.ws.close();
  });

  it('closes a socket that sends messages faster than the rate allows (1008)', async () => {
    const strict = await startTestServer({ demo: false, config: { wsMessagesPerSecond: 1, wsMessageBurst: 10 } });
    const previous = server;
    server = strict;
    try {
      const p = await buildProgramme(server);
      const { ws, closed } = await rawSocket(await p.as('leader'));
      for (let i = 0; i < 50; i++) ws.send(JSON.stringify({ type: 'ping' }));
      expect(await closed).toBe(1008);
    } finally {
      server = previous;
      await strict.stop();
    }
  });
});

// Found by pnpm fuzz: messages that made graphql-ws close the socket with 4500, as if it had failed.
describe('a socket’s mistakes are answered as the caller’s', () => {
  it('closes with 4400 a socket that sends a message only the server may send', async () => {
    const p = await buildProgramme(server);
    for (const type of ['next', 'connection_ack']) {
      const { ws, closed } = await rawSocket(await p.as('leader'));
      ws.send(JSON.stringify({ id: '1', type, payload: {} }));
      expect(await closed).toBe(4400);
    }
  });

  it('closes with 4400, not 4500, when a repeated operation id is too long to name', async () => {
    const p = await buildProgramme(server);
    const { ws, closed } = await rawSocket(await p.as('leader'));
    const subscribe = { id: 'i'.repeat(10_000), type: 'subscribe', payload: { query: EVENTS, variables: {} } };
    ws.send(JSON.stringify(subscribe));
    ws.send(JSON.stringify(subscribe));
    expect(await closed).toBe(4400);
  });

  it('errors an operation whose directive or variables graphql-js cannot use alone, as BAD_USER_INPUT', async () => {
    const p = await buildProgramme(server);
    const token = await p.as('admin');
    const { ws, messages } = await rawSocket(token);
    const after = await logPosition(server.url, token, p.programId);
    ws.send(
      JSON.stringify({
        id: 'good',
        type: 'subscribe',
        payload: { query: EVENTS, variables: { id: p.programId, after } },
      }),
    );
    const bad = [
      { query: 'subscription($v: Boolean!) { notificationEvents @include(if: $v) { cursor } }' },
      { query: 'query($v: ID!) { thread(id: $v) { id } }', variables: { v: { constructor: {} } } },
      { query: 'query($v: ID!) { thread(id: $v) { id } }', variables: { v: false } },
      { query: '{ clock { today } }', operationName: 'Q' },
    ];
    for (const [i, payload] of bad.entries()) ws.send(JSON.stringify({ id: `bad${i}`, type: 'subscribe', payload }));
    const answers = () => messages.filter((m) => m.id?.startsWith('bad') && m.type !== 'complete');
    await expect.poll(() => answers().length).toBe(bad.length);
    for (const m of answers()) expect(errorsOf(m)[0]?.extensions?.code, JSON.stringify(m)).toBe('BAD_USER_INPUT');
    await touchTopic(p);
    await expect.poll(() => messages.some((m) => m.id === 'good' && m.type === 'next')).toBe(true);
    expect(ws.readyState).toBe(WebSocket.OPEN);
    ws.close();
  });
});

// @vitest-environment node

import { ProgramEventsDocument } from '@gongbian/graphql-client';
import { buildSchema, GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { createRealtime, type Realtime } from '../graphql/realtime';
import { followLog } from './followLog';

// A real graphql-ws server with the contract's resume semantics: `after` replays the log from
// that cursor, then goes live. It records the `after` of every subscribe it receives.
const schema = buildSchema(`
  type Person { id: ID! name: String! }
  type Fact { name: String! value: String! }
  type Activity { id: ID! at: String! kind: String! summary: String! facts: [Fact!]! subjectId: ID! actor: Person }
  type ProgramEvent { cursor: String! activity: Activity! }
  type Query { ok: Boolean }
  type Subscription { programEvents(programId: ID!, after: String): ProgramEvent! }
`);

async function startServer() {
  const log: { cursor: string; activity: object }[] = [];
  const waiters = new Set<() => void>();
  const subscribes: (string | null)[] = [];
  const append = (summary: string) => {
    const n = log.length + 1;
    log.push({
      cursor: `c${n}`,
      activity: {
        id: `a${n}`,
        at: new Date(2020, 10, 16, 9, n).toISOString(),
        kind: 'meeting.updated',
        summary,
        facts: [],
        subjectId: 'm1',
        actor: null,
      },
    });
    for (const wake of [...waiters]) wake();
  };
  const roots = {
    subscription: {
      programEvents({ after }: { after: string | null }) {
        subscribes.push(after);
        // What the server says of a cursor from before what its log keeps.
        if (after === 'pruned') {
          throw new GraphQLError('after: this cursor is older than the event log keeps.', {
            extensions: { code: 'BAD_USER_INPUT', reason: 'CURSOR_EXPIRED' },
          });
        }
        return follow(after);
      },
    },
  };
  async function* follow(after: string | null) {
    let i = after ? log.findIndex((e) => e.cursor === after) + 1 : log.length;
    for (;;) {
      while (i < log.length) yield { programEvents: log[i++] };
      await new Promise<void>((resolve) => {
        const wake = () => {
          waiters.delete(wake);
          resolve();
        };
        waiters.add(wake);
      });
    }
  }
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => wss.once('listening', resolve));
  const cleanup = useServer({ schema, roots }, wss);
  const { port } = wss.address() as { port: number };
  return {
    url: `ws://127.0.0.1:${port}/graphql`,
    append,
    subscribes,
    /** drop every connection as a network failure would (no close handshake) */
    dropConnections: () => {
      for (const socket of wss.clients) socket.terminate();
    },
    stop: async () => {
      await cleanup.dispose();
      await new Promise((resolve) => wss.close(resolve));
    },
  };
}

const until = async (check: () => boolean, what: string, ms = 8000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('followLog', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let realtime: Realtime;
  afterEach(async () => {
    realtime?.reset();
    await server?.stop();
  });

  it('resumes from the last cursor after the socket drops, missing nothing and repeating nothing', async () => {
    server = await startServer();
    realtime = createRealtime({
      url: server.url,
      getToken: () => 'token',
      onUnauthenticated: () => {},
      webSocketImpl: WebSocket,
    });
    const seen: { cursor: string }[] = [];
    const follower = followLog(realtime, {
      document: ProgramEventsDocument,
      variables: (after) => ({ programId: 'program-1', after }),
      pick: (data) => data.programEvents,
      onEvent: (e) => seen.push(e),
    });

    await until(() => realtime.state.value === 'connected' && server.subscribes.length > 0, 'first subscribe');
    // The subscription started before the socket was up is replaced, not sent twice.
    expect(server.subscribes).toEqual([null]);

    server.append('milestone 1 done');
    server.append('milestone 2 blocked');
    await until(() => seen.length === 2, 'two live events');

    server.dropConnections();
    await until(() => realtime.state.value === 'reconnecting', 'reconnecting state');
    server.append('topic 3 done while we were away');
    await until(() => server.subscribes.length === 2 && seen.length === 3, 'resume after reconnect');
    server.append('after the resume');
    await until(() => seen.length === 4, 'live event after resume');

    // the second connection asked to resume from the last cursor seen, and only that
    expect(server.subscribes).toEqual([null, 'c2']);
    expect(seen.map((e) => e.cursor)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(follower.lastCursor()).toBe('c4');
    expect(realtime.state.value).toBe('connected');
    follower.stop();
  }, 20_000);

  it('hands a cursor the server no longer keeps to onExpired once, and stops following rather than retrying', async () => {
    server = await startServer();
    realtime = createRealtime({
      url: server.url,
      getToken: () => 'token',
      onUnauthenticated: () => {},
      webSocketImpl: WebSocket,
    });
    let expired = 0;
    const follower = followLog(realtime, {
      document: ProgramEventsDocument,
      variables: (after) => ({ programId: 'program-1', after }),
      pick: (data) => data.programEvents,
      onEvent: () => {},
      after: 'pruned',
      onExpired: () => expired++,
    });
    await until(() => expired === 1, 'onExpired');
    // A reconnect re-sends nothing: the page is reloading its data, not replaying a gap.
    server.dropConnections();
    await until(() => realtime.state.value === 'connected', 'reconnected');
    await new Promise((r) => setTimeout(r, 200));
    expect(server.subscribes.filter((a) => a === 'pruned').length).toBeGreaterThanOrEqual(1);
    expect(server.subscribes.length).toBe(server.subscribes.filter((a) => a === 'pruned').length);
    expect(expired).toBe(1);
    follower.stop();
  }, 20_000);
});

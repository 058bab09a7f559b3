/**
 * The topology's clients, behaving as the web app does: a subscriber that, when its socket drops,
 * opens a new one and resumes `programEvents` after the last cursor it saw; a writer that retries
 * a failed write with the same clientMutationId until the server acknowledges it.
 */
import type { Client } from 'graphql-ws';
import { gql, queryText, wsClient } from '../support/client.js';
import {
  TopologyEventsDocument,
  type TopologyEventsSubscription,
  TopologyReplyDocument,
} from '../support/generated/graphql.js';

export const now = (): number => performance.now();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A write's body, which its event's summary quotes: `topo:<writer>:<n>`. */
const MARKER = /topo:[\w-]+:\d+/;

export class ResumingSubscriber {
  /** How many times each write's event arrived, and when it first did. */
  readonly receipts = new Map<string, number>();
  readonly firstAt = new Map<string, number>();
  /** Sockets lost, and how long each took to be replaced (drop → the new socket acknowledged). */
  drops = 0;
  readonly reconnectMs: number[] = [];
  readonly errors: string[] = [];
  private client: Client | null = null;
  private stopped = false;
  private droppedAt: number | null = null;
  private connected!: Promise<void>;

  constructor(
    readonly label: string,
    private readonly url: string,
    private readonly token: string,
    private readonly programId: string,
    private cursor: string,
  ) {}

  /** Opens the first socket; resolves once the server has accepted it. */
  start(): Promise<void> {
    this.connect();
    return this.connected;
  }

  private connect(): void {
    let accepted!: () => void;
    this.connected = new Promise<void>((resolve) => (accepted = resolve));
    const client = wsClient(this.url, this.token, {
      lazy: false,
      retryAttempts: 0,
      on: {
        connected: () => {
          if (this.droppedAt !== null) this.reconnectMs.push(now() - this.droppedAt);
          this.droppedAt = null;
          accepted();
        },
      },
      onNonLazyError: () => this.dropped(client),
    });
    this.client = client;
    client.subscribe<TopologyEventsSubscription>(
      { query: queryText(TopologyEventsDocument), variables: { id: this.programId, after: this.cursor } },
      {
        next: (message) => {
          if (message.errors) this.errors.push(JSON.stringify(message.errors));
          const event = message.data?.programEvents;
          if (!event) return;
          this.cursor = event.cursor;
          const marker = MARKER.exec(event.activity.summary)?.[0];
          if (event.activity.kind !== 'thread.replied' || !marker) return;
          this.receipts.set(marker, (this.receipts.get(marker) ?? 0) + 1);
          if (!this.firstAt.has(marker)) this.firstAt.set(marker, now());
        },
        error: (err) => {
          // A list of GraphQL errors is the server refusing the subscription, not a lost socket.
          if (Array.isArray(err)) this.errors.push(JSON.stringify(err));
          this.dropped(client);
        },
        complete: () => this.dropped(client),
      },
    );
  }

  /** The socket (or the subscription on it) is gone: a new socket resumes after the last cursor. */
  private dropped(client: Client): void {
    if (this.stopped || client !== this.client) return;
    this.client = null;
    this.drops++;
    this.droppedAt ??= now();
    void Promise.resolve(client.dispose()).catch(() => {});
    // Spread out, as many browsers reconnecting at once would be.
    setTimeout(() => this.stopped || this.connect(), 50 + Math.random() * 250);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    await Promise.resolve(client?.dispose()).catch(() => {});
  }
}

export interface Ack {
  sentAt: number;
  ackedAt: number;
  /** The writer's label: `direct` writes to one replica, the others through nginx. */
  writer: string;
}

export interface WriterTally {
  acks: Map<string, Ack>;
  /** Writes given up after every retry failed. */
  unacknowledged: string[];
  /** Attempts that failed and were retried (502 from nginx, a reset socket, …), by what failed. */
  retries: Map<string, number>;
}

export function newTally(): WriterTally {
  return { acks: new Map(), unacknowledged: [], retries: new Map() };
}

/**
 * Replies to one thread again and again until `done()`, one write at a time. A failed attempt is
 * retried with the same clientMutationId: the server applies it at most once, whichever replica
 * the retry reaches.
 */
export async function write(
  label: string,
  url: string,
  token: string,
  threadId: string,
  tally: WriterTally,
  done: () => boolean,
  paceMs: number,
): Promise<void> {
  for (let n = 1; !done(); n++) {
    const marker = `topo:${label}:${n}`;
    const sentAt = now();
    let acked = false;
    for (let attempt = 1; attempt <= 50 && !acked; attempt++) {
      const failure = await gql(
        url,
        TopologyReplyDocument,
        { id: threadId, b: marker, c: `topo-${label}-${n}` },
        token,
      ).then(
        (r) => (r.data?.reply ? null : `GraphQL: ${r.errors?.[0]?.extensions?.code ?? r.errors?.[0]?.message}`),
        (err: Error) => (err instanceof SyntaxError ? 'not JSON (a proxy error page)' : `network: ${err.message}`),
      );
      if (failure === null) {
        acked = true;
        tally.acks.set(marker, { sentAt, ackedAt: now(), writer: label });
      } else {
        tally.retries.set(failure, (tally.retries.get(failure) ?? 0) + 1);
        await sleep(100);
      }
    }
    if (!acked) tally.unacknowledged.push(marker);
    if (paceMs > 0) await sleep(paceMs);
  }
}

import {
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  GraphQLError,
  getOperationAST,
  Kind,
  print,
  visit,
} from 'graphql';
import type { WebSocket } from 'ws';
import { logger, serializeError } from '../log.js';
import { type Cursor, compareCursors } from '../realtime/cursor.js';
import type { EventTailer, LoggedEvent } from '../realtime/event-log.js';
import { LiveSource, MAX_BACKLOG, mapLive, onRoute, replayedEvents } from '../realtime/live.js';
import type { Context } from './context.js';
import { probing, visibilityClass } from './viewer-probe.js';

/**
 * Subscriptions multiplexed: for each event of the log, a subscription document is executed once
 * per group — the same document and variables (but its own `after`), the same stream, the same
 * visibility class (graphql/viewer-probe.ts) — and the one serialized result is written to every
 * subscriber of the group, as Hasura multiplexes live queries and Apollo Router deduplicates
 * subscriptions. A result that read something personal (the viewer's id, say) is computed again
 * per person instead, so sharing never shows one person what another may see.
 *
 * Frames go straight onto the sockets in slices, yielding between them, so HTTP keeps being
 * served during a large fan-out. graphql-ws still owns the protocol: it is handed an iterator
 * that yields nothing and ends when the subscription does. A subscriber replaying from a cursor
 * is served alone until it has caught up (the same rules as realtime/live.ts: no gap, no
 * duplicate, log order). What is not a LiveSource (presence, coalesced feeds) runs as graphql's
 * own subscribe would.
 */

/** Frames written before the fan-out yields to the event loop. */
const SLICE = 256;
/** A socket with this much unsent is too slow: its subscription ends with an error (it resumes from its cursor). */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

interface Member {
  readonly id: string;
  readonly socket: WebSocket;
  /** `{"id":"…","type":"next","payload":` — the frame up to the payload, in UTF-8. */
  readonly prefix: Buffer;
  readonly source: LiveSource<unknown>;
  readonly args: ExecutionArgs;
  readonly person: string;
  readonly group: Group;
  last: Cursor | null;
  replaying: boolean;
  readonly buffered: LoggedEvent[];
  end(error?: GraphQLError): void;
}

/** One group's frame payload for an event: shared, or per person. */
type GroupPayload = Buffer | null | ((m: Member) => Promise<Buffer | null>);

interface Group {
  readonly route: string;
  readonly key: string;
  readonly members: Set<Member>;
}

/** Where a subscription's frames go: its socket and graphql-ws's id for it. */
export interface SubscriberAddress {
  socket: WebSocket;
  id: string;
}

export interface FanoutCounts {
  /** Executions of a subscription document for an event (one per group, or per person when personal). */
  executions: number;
  /** Frames written to sockets. */
  frames: number;
}

export class SubscriptionMultiplexer {
  readonly #routes = new Map<string, Map<string, Group>>();
  readonly #replaying = new Set<Member>();
  readonly #queue: LoggedEvent[] = [];
  #pumping = false;
  readonly counts: FanoutCounts = { executions: 0, frames: 0 };
  readonly #off: () => void;

  constructor(
    tailer: EventTailer,
    private readonly format: (result: ExecutionResult) => unknown,
  ) {
    this.#off = tailer.on((e) => this.#heard(e));
  }

  stop(): void {
    this.#off();
  }

  /** Subscribers filed here now. */
  get attached(): number {
    let n = 0;
    for (const groups of this.#routes.values()) for (const g of groups.values()) n += g.members.size;
    return n;
  }

  /**
   * graphql-ws's `subscribe`: starts the subscription's source (its root field's subscribe, with
   * its access checks), and files it here when it is a LiveSource and `address` says where to send.
   */
  async subscribe(
    args: ExecutionArgs,
    address: SubscriberAddress | undefined,
  ): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source;
    if (!(source instanceof LiveSource) || !address) {
      // As graphql's own subscribe: each event executed for this subscriber (a repeater awaits what it is pushed).
      return mapLive(source, (payload) => execute({ ...args, rootValue: payload })) as AsyncIterable<ExecutionResult>;
    }
    return this.#attach(source, args, address);
  }

  #attach(source: LiveSource<unknown>, args: ExecutionArgs, address: SubscriberAddress): AsyncIterable<never> {
    const ctx = args.contextValue as Context;
    const { programId, stream } = source.options;
    const route = `${programId}|${stream ?? '*'}`;
    const key = [visibilityClass(ctx), documentKey(args.document), args.operationName ?? '', variablesKey(args)].join(
      '\u0000',
    );
    const groups = this.#routes.get(route) ?? new Map<string, Group>();
    this.#routes.set(route, groups);
    const group = groups.get(key) ?? { route, key, members: new Set<Member>() };
    groups.set(key, group);

    let finish: (error?: GraphQLError) => void = () => {};
    const ended = new Promise<IteratorResult<never>>((resolve, reject) => {
      finish = (error) => (error ? reject(error) : resolve({ done: true, value: undefined }));
    });
    const member: Member = {
      id: address.id,
      socket: address.socket,
      prefix: Buffer.from(`{"id":${JSON.stringify(address.id)},"type":"next","payload":`),
      source,
      args,
      person: ctx.actor?.id ?? '',
      group,
      last: source.options.after,
      replaying: true,
      buffered: [],
      end: (error) => {
        this.#detach(member);
        finish(error);
      },
    };
    group.members.add(member);
    this.#replaying.add(member);
    void this.#replay(member);

    const iterator: AsyncIterableIterator<never> = {
      next: () => ended,
      return: async () => {
        member.end();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  #detach(member: Member): void {
    this.#replaying.delete(member);
    const { group } = member;
    group.members.delete(member);
    if (group.members.size > 0) return;
    const groups = this.#routes.get(group.route);
    if (groups?.get(group.key) === group) groups.delete(group.key);
    if (groups?.size === 0) this.#routes.delete(group.route);
  }

  /** The replay from the member's cursor, alone; then the live events heard meanwhile; then the group's. */
  async #replay(member: Member): Promise<void> {
    const upTo = member.source.tailer.position;
    try {
      for await (const e of replayedEvents(member.source.ds, member.source.options, upTo)) {
        if (!member.group.members.has(member)) return;
        await this.#deliverAlone(member, e);
      }
      if (!member.last || compareCursors(member.last, upTo) < 0) member.last = upTo;
      for (let e = member.buffered.shift(); e; e = member.buffered.shift()) await this.#deliverAlone(member, e);
      member.replaying = false;
      this.#replaying.delete(member);
    } catch (err) {
      member.end(asGraphQLError(err));
    }
  }

  async #deliverAlone(member: Member, e: LoggedEvent): Promise<void> {
    if (member.last && compareCursors(e.position, member.last) <= 0) return;
    member.last = e.position;
    const payload = await this.#payload(member, e);
    if (payload !== null) this.#send(member, payload);
  }

  /** The member's frame payload for `e`: null when its subscription does not carry it. */
  async #payload(member: Member, e: LoggedEvent): Promise<Buffer | null> {
    if (!(await member.source.options.accept(e))) return null;
    this.counts.executions++;
    const result = await execute({ ...member.args, rootValue: member.source.map(e) });
    return Buffer.from(JSON.stringify(this.format(result) ?? result));
  }

  #heard(e: LoggedEvent): void {
    for (const member of this.#replaying) {
      if (!onRoute(member.source.options, e)) continue;
      if (member.buffered.length >= MAX_BACKLOG) member.end(tooFarBehind());
      else member.buffered.push(e);
    }
    if (!this.#routes.has(`${e.programId}|*`) && !this.#routes.has(`${e.programId}|${e.stream}`)) return;
    this.#queue.push(e);
    if (!this.#pumping) void this.#pump();
  }

  async #pump(): Promise<void> {
    this.#pumping = true;
    try {
      for (let e = this.#queue.shift(); e; e = this.#queue.shift()) {
        try {
          await this.#fanOut(e);
        } catch (err) {
          logger.error({ err: serializeError(err), kind: e.kind }, 'A subscription fan-out failed');
        }
        // A burst (a publication re-anchors hundreds of threads, one event each) goes out event by
        // event with the event loop's turn between, not in one turn that HTTP waits behind.
        if (this.#queue.length > 0) await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.#pumping = false;
    }
  }

  async #fanOut(e: LoggedEvent): Promise<void> {
    const groups = [
      ...(this.#routes.get(`${e.programId}|*`)?.values() ?? []),
      ...(this.#routes.get(`${e.programId}|${e.stream}`)?.values() ?? []),
    ];
    // Every group's payload at once: their reads batch together in the live loaders.
    const payloads = await Promise.all(groups.map((g) => this.#groupPayload(g, e)));
    let sent = 0;
    for (let i = 0; i < groups.length; i++) {
      const payload = payloads[i];
      if (payload === undefined) continue;
      for (const member of groups[i]?.members ?? []) {
        if (member.replaying || (member.last && compareCursors(e.position, member.last) <= 0)) continue;
        member.last = e.position;
        const frame = typeof payload === 'function' ? await payload(member) : payload;
        if (frame === null) continue;
        this.#send(member, frame);
        if (++sent % SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }

  /**
   * The group's payload for `e` (null: the group does not carry it), computed once as one of its
   * live members; when that read anything personal, a function computing it once per person
   * instead. Undefined for a group with no live member, or whose subscriptions just failed.
   */
  async #groupPayload(group: Group, e: LoggedEvent): Promise<GroupPayload | undefined> {
    const first = [...group.members].find((m) => !m.replaying);
    if (!first) return undefined;
    try {
      const shared = await probing(() => this.#payload(first, e));
      if (!shared.personal) return shared.value;
      const byPerson = new Map<string, Promise<Buffer | null>>([[first.person, Promise.resolve(shared.value)]]);
      return (m) => {
        const known = byPerson.get(m.person);
        if (known) return known;
        const p = this.#payload(m, e).catch((err) => {
          for (const other of group.members) if (other.person === m.person) other.end(asGraphQLError(err));
          return null;
        });
        byPerson.set(m.person, p);
        return p;
      };
    } catch (err) {
      for (const m of group.members) m.end(asGraphQLError(err));
      return undefined;
    }
  }

  /** The frame is copied together from bytes: nothing is encoded per subscriber. */
  #send(member: Member, payload: Buffer): void {
    const { socket } = member;
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      member.end(tooFarBehind());
      return;
    }
    this.counts.frames++;
    const { prefix } = member;
    const frame = Buffer.allocUnsafe(prefix.length + payload.length + 1);
    prefix.copy(frame, 0);
    payload.copy(frame, prefix.length);
    frame[frame.length - 1] = 0x7d; // }
    socket.send(frame, { binary: false });
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof Object(value)[Symbol.asyncIterator] === 'function';
}

const tooFarBehind = () =>
  new GraphQLError('This subscription fell too far behind; subscribe again from your last cursor.', {
    extensions: { code: 'RATE_LIMITED', reason: 'SUBSCRIBER_TOO_SLOW' },
  });

const asGraphQLError = (err: unknown) =>
  err instanceof GraphQLError ? err : new GraphQLError(err instanceof Error ? err.message : String(err));

/** The document as sent (its source text), so equal documents group together. */
function documentKey(document: DocumentNode): string {
  return document.loc?.source.body ?? print(document);
}

/**
 * The variables, less the one given to the root field's `after` when nothing else uses it: where
 * a subscriber resumes from is its own (replayed alone), not part of what the group computes.
 */
function variablesKey(args: ExecutionArgs): string {
  const variables = { ...(args.variableValues ?? {}) };
  const op = getOperationAST(args.document, args.operationName);
  const root = op?.selectionSet.selections[0];
  const after = root?.kind === Kind.FIELD ? root.arguments?.find((a) => a.name.value === 'after') : undefined;
  if (after?.value.kind === Kind.VARIABLE) {
    const name = after.value.name.value;
    let uses = 0;
    visit(args.document, {
      Variable: (v) => {
        if (v.name.value === name) uses++;
      },
    });
    // One use in the argument, one in the operation's variable definitions.
    if (uses <= 2) delete variables[name];
  }
  return JSON.stringify(variables);
}

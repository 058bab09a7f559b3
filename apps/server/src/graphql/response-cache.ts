import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin, { type ApolloServerPluginResponseCacheOptions } from '@apollo/server-plugin-response-cache';
import type { RequestHandler } from 'express';
import { type DocumentNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Clock } from '../clock.js';
import { formatCursor } from '../realtime/cursor.js';
import type { Context } from './context.js';
import { readAtLogHead } from './shared-loaders.js';
import { type Probe, probedContext, runProbed, visibilityClass } from './viewer-probe.js';

/**
 * Whole answers to HTTP queries, kept in this process and served again as they are: a repeated
 * page read is a lookup, not an execution (Apollo's response-cache plugin, with this file's key,
 * rules and store). An answer is kept for everyone who would compute the same one:
 *
 * - Key: the document and variables (the plugin's), the viewer's visibility class, the log position
 *   this process reached after catching up with the head (`readAtLogHead`, the same catch-up and
 *   position the shared loaders read at — every write appends an event, so a read after any write,
 *   on any replica, finds a new key), and the programme's day (seals and gates turn with it).
 * - Opt-in by root field: only queries whose every root field reads rows that change only with an
 *   event of the log (SHARED_ROOTS). Left out: the audit log (sign-ins are not events), export links
 *   (each answer is a new link), search (free text, rarely asked twice), and what is plainly one
 *   person's (me, notifications, myReviewAssignments). New root fields stay out until added here.
 * - Kept only when nothing personal was read: queries run with the probed context
 *   (viewer-probe.ts), so an answer that read the viewer's id or name, the session or the caller —
 *   viewerCan, a sealed review seen by its own expert, a person's notices — is never shared.
 * - Time: an answer that read the programme clock's time of day, not just its day (a gate counts
 *   the meetings begun by now; `clock { now }`), is served only within TIMED_MS of that read: what a
 *   request in that same second would compute. Answers with errors, and mutations, are never kept.
 *
 * Browsers and proxies keep none of it: every GraphQL answer says `cache-control: private, no-store`.
 * A pruning of the log (realtime/retention.ts) appends no event: app.ts clears the store after it.
 */

/** Root fields whose answers depend only on logged rows, the viewer's class, the day (and, probed, the time). */
const SHARED_ROOTS: ReadonlySet<string> = new Set([
  '__typename',
  'program',
  'programs',
  'draft',
  'meeting',
  'thread',
  'node',
  'compareDrafts',
  'reviewAssignment',
  'clock',
]);

/** How long an answer that read the time of day may be served, on the programme clock. */
const TIMED_MS = 1000;
/** Seconds an answer is kept (its key changes with every write anyway; this only frees memory). */
const KEPT_SECONDS = 3600;
/** How long a request waits for an identical one computing the same key, before computing itself. */
const WAIT_MS = 5000;
/**
 * The store's bound, in characters of kept JSON and keys: some 1,200 of the large dashboard's
 * answers (27 KB each); the least recently used goes first.
 */
export const DEFAULT_MAX_SIZE = 32 * 1024 * 1024;

/** One HTTP request's part in the cache. */
interface RequestState {
  id: string;
  probe: Probe;
  /** Programme-clock ms of the first read of the time of day; null while there was none. */
  timedAt: number | null;
  /** The programme day of its key; null when the request is neither looked up nor kept. */
  day: string | null;
  /** Set when execution ended: whether something personal had been read by then. */
  executed: { personal: boolean } | null;
  /** The key it computes while identical requests wait for it. */
  leading: string | null;
}

/** Where a request's context (and Apollo's copy of it) holds its part in the cache. */
const REQUEST = Symbol('response-cache request');
const stateOf = (ctx: object): RequestState | undefined => (ctx as { [REQUEST]?: RequestState })[REQUEST];

interface Entry {
  /** The plugin's serialized answer; null: computed and not kept, so no one should wait for it. */
  value: string | null;
  timedAt: number | null;
}

interface Computing {
  owner: RequestState;
  done: Promise<void>;
  finish(): void;
}

type KeyValueStore = NonNullable<ApolloServerPluginResponseCacheOptions<Context>['cache']>;

export interface ResponseCacheCounts {
  hits: number;
  misses: number;
  /** The store's size now, in its unit (see DEFAULT_MAX_SIZE). */
  size: number;
}

export class ResponseCache {
  readonly #clock: Clock;
  readonly #entries: LRUCache<string, Entry>;
  readonly #computing = new Map<string, Computing>();
  /** Requests under way by id: the plugin hands the store keys only, and each key carries its request's id. */
  readonly #running = new Map<string, RequestState>();
  readonly #byRequest = new WeakMap<object, RequestState>();
  #ids = 0;
  #hits = 0;
  #misses = 0;

  constructor(clock: Clock, maxSize = DEFAULT_MAX_SIZE) {
    this.#clock = clock;
    this.#entries = new LRUCache<string, Entry>({
      maxSize,
      sizeCalculation: (e, key) => key.length + (e.value?.length ?? 0),
    });
  }

  /** Express middleware before Apollo's: the rest of the request runs under a probe of its own. */
  readonly probe: RequestHandler = (req, res, next) => {
    const state: RequestState = {
      id: String(++this.#ids),
      probe: { personal: false },
      timedAt: null,
      day: null,
      executed: null,
      leading: null,
    };
    this.#byRequest.set(req, state);
    this.#running.set(state.id, state);
    res.once('close', () => {
      this.#running.delete(state.id);
      this.#release(state, false);
    });
    runProbed(state.probe, next);
  };

  /** The request's context as its queries run: probed, with a clock that says when the time of day is read. */
  context<C extends Context>(req: object, ctx: C): C {
    const state = this.#byRequest.get(req);
    if (!state) return ctx;
    const probed = probedContext({ ...ctx, clock: reportingClock(ctx.clock, state) });
    // Apollo hands resolvers a copy of the context's own properties (its cloneObject): the probed
    // context is the prototype, so every read of the copy still goes through the probe, and the
    // copy is made without reading (so reporting) anything.
    return Object.assign(Object.create(probed), { [REQUEST]: state }) as C;
  }

  counts(): ResponseCacheCounts {
    return { hits: this.#hits, misses: this.#misses, size: this.#entries.calculatedSize };
  }

  clear(): void {
    this.#entries.clear();
  }

  plugins(): ApolloServerPlugin<Context>[] {
    return [responseCachePlugin<Context>(this.#options()), this.#policy()];
  }

  #options(): ApolloServerPluginResponseCacheOptions<Context> {
    return {
      cache: this.#store(),
      extraCacheKeyData: async (rc) => {
        const state = stateOf(rc.contextValue);
        if (!state || rc.requestIsBatched || !rc.document || !rc.operation) return null;
        if (!this.#optedIn(rc.document, rc.operation)) return null;
        const ctx = rc.contextValue;
        // Once per request (the resolvers' own call is then answered from memory): everything
        // committed before the request began has been handed on by the tailer.
        if (!(await readAtLogHead(ctx))) return null;
        state.day = ctx.clock.today();
        return { viewers: visibilityClass(ctx), position: formatCursor(ctx.tailer.position), day: state.day };
      },
      shouldReadFromCache: async (rc) => stateOf(rc.contextValue)?.day != null,
      shouldWriteToCache: async (rc) => {
        const state = stateOf(rc.contextValue);
        const keep = state !== undefined && this.#keeps(rc, state);
        if (!state) return false;
        if (!keep) {
          this.#release(state, true);
          return false;
        }
        rc.overallCachePolicy.replace({ maxAge: state.timedAt === null ? KEPT_SECONDS : 1, scope: 'PUBLIC' });
        return true;
      },
      generateCacheKey: (rc, keyData) => {
        const state = stateOf(rc.contextValue);
        const hash = createHash('sha256').update(JSON.stringify(keyData)).digest('base64url');
        return `${hash}|${state?.id ?? ''}`;
      },
    };
  }

  /** Whether an answer may be kept for its whole key: it ran at the log's head, read nothing personal, and says no error. */
  #keeps(rc: GraphQLRequestContext<Context>, state: RequestState): boolean {
    const body = rc.response.body;
    if (state.day === null || state.executed === null || state.executed.personal) return false;
    if (body?.kind !== 'single' || body.singleResult.errors?.length || !body.singleResult.data) return false;
    // The day turned while it ran: what it read of the day may be either day's.
    return this.#clock.today() === state.day;
  }

  #policy(): ApolloServerPlugin<Context> {
    const release = (state: RequestState) => this.#release(state, false);
    return {
      async requestDidStart(outer) {
        const state = stateOf(outer.contextValue);
        return {
          async executionDidStart() {
            return {
              async executionDidEnd() {
                // What was read after this (logging, formatting) is not in the answer.
                if (state) state.executed = { personal: state.probe.personal };
              },
            };
          },
          async willSendResponse(rc) {
            // GraphQL answers are per request for browsers and proxies, whatever this process keeps.
            if (!rc.response.http.headers.has('cache-control'))
              rc.response.http.headers.set('cache-control', 'private, no-store');
            // After the response cache's own willSendResponse has stored (or not) what this computed.
            if (state?.leading) setImmediate(() => release(state));
          },
        };
      },
    };
  }

  /** Whether every root field of the operation (through fragments) is one SHARED_ROOTS opts in. */
  #optedIn(document: DocumentNode, operation: OperationDefinitionNode): boolean {
    if (operation.operation !== 'query') return false;
    const fragments = new Map<string, SelectionSetNode>();
    for (const d of document.definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d.selectionSet);
    const shared = (set: SelectionSetNode): boolean =>
      set.selections.every((s) => {
        if (s.kind === Kind.FIELD) return SHARED_ROOTS.has(s.name.value);
        if (s.kind === Kind.INLINE_FRAGMENT) return shared(s.selectionSet);
        const fragment = fragments.get(s.name.value);
        return fragment !== undefined && shared(fragment);
      });
    return shared(operation.selectionSet);
  }

  /** The store the plugin reads and writes: an LRU bounded in size, with identical misses computed once. */
  #store(): KeyValueStore {
    const split = (raw: string) => {
      const bar = raw.lastIndexOf('|');
      return { key: raw.slice(0, bar), state: this.#running.get(raw.slice(bar + 1)) };
    };
    return {
      get: async (raw) => {
        const { key, state } = split(raw);
        let entry = this.#fresh(key);
        const computing = this.#computing.get(key);
        if (entry === undefined && computing && computing.owner !== state) {
          await waitAtMost(computing.done, WAIT_MS);
          entry = this.#fresh(key);
        } else if (entry === undefined && !computing && state) {
          let finish = () => {};
          const done = new Promise<void>((resolve) => (finish = resolve));
          this.#computing.set(key, { owner: state, done, finish });
          state.leading = key;
        }
        if (entry?.value) {
          this.#hits++;
          return entry.value;
        }
        this.#misses++;
        return undefined;
      },
      set: async (raw, value, options) => {
        const { key, state } = split(raw);
        // Kept only for a request this store knows, whose reads of the time it has seen.
        if (!state || state.executed === null) return;
        const ttl = options?.ttl ? options.ttl * 1000 : undefined;
        this.#entries.set(key, { value, timedAt: state.timedAt }, { ttl });
        this.#release(state, false);
      },
      delete: async (raw) => this.#entries.delete(split(raw).key),
    };
  }

  /** The entry under `key` if it may still be served. */
  #fresh(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (!entry || entry.timedAt === null) return entry;
    const age = this.#clock.now().getTime() - entry.timedAt;
    return age >= 0 && age < TIMED_MS ? entry : undefined;
  }

  /** Lets those waiting for `state`'s answer go; `notKept` leaves a mark that waiting for this key is pointless. */
  #release(state: RequestState, notKept: boolean): void {
    const key = state.leading;
    if (key === null) return;
    state.leading = null;
    const computing = this.#computing.get(key);
    if (computing?.owner !== state) return;
    this.#computing.delete(key);
    if (notKept && !this.#fresh(key)) this.#entries.set(key, { value: null, timedAt: state.timedAt });
    computing.finish();
  }
}

/** `clock`, noting in `state` when the time of day (not just the day) is first read. */
function reportingClock(clock: Clock, state: RequestState): Clock {
  const noted = (read: () => Date) => () => {
    const at = read();
    state.timedAt ??= clock.now().getTime();
    return at;
  };
  const now = noted(() => clock.now());
  const wallNow = noted(() => clock.wallNow());
  return new Proxy(clock, {
    get(target, key) {
      if (key === 'now') return now;
      if (key === 'wallNow') return wallNow;
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function waitAtMost(done: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  return Promise.race([done, timeout]).finally(() => clearTimeout(timer));
}

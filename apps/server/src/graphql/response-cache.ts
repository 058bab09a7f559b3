import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import {
  type DocumentNode,
  Kind,
  type OperationDefinitionNode,
  type ParseOptions,
  parse,
  type SelectionSetNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { authenticate } from '../auth/authenticate.js';
import type { Clock } from '../clock.js';
import { formatCursor } from '../realtime/cursor.js';
import type { Context, Services } from './context.js';
import { markAtLogHead } from './shared-loaders.js';
import { type Probe, probedContext, runProbed, visibilityClass } from './viewer-probe.js';

/**
 * Whole answers to HTTP queries, kept in this process and sent again as they are: a repeated page
 * read is a lookup, not an execution, and it is answered before Apollo (`serve`): no parsing,
 * no plugins, no serialization. An answer is kept for everyone who would compute the same one:
 *
 * - Key: the document, operation name and variables, the viewer's visibility class, the log
 *   position this process reached after catching up with the head (the tailer's catch-up, the
 *   same position the shared loaders then read at — every write appends an event, so a read after
 *   any write, on any replica, finds a new key), and the programme's day (seals and gates turn with it).
 * - Opt-in by root field: only queries whose every root field reads rows that change only with an
 *   event of the log (SHARED_ROOTS). Left out: the audit log (sign-ins are not events), export links
 *   (each answer is a new link), search (free text, rarely asked twice), and what is plainly one
 *   person's (me, notifications, myReviewAssignments). New root fields stay out until added here.
 *   Only signed-in POSTs are looked up: a request without a session is Apollo's (it counts
 *   against its address's limit).
 * - Kept only when nothing personal was read: queries run with the probed context
 *   (viewer-probe.ts), so an answer that read the viewer's id or name, the session or the caller —
 *   viewerCan, a sealed review seen by its own expert, a person's notices — is never shared.
 * - Time: an answer that read the programme clock's time of day, not just its day (a gate counts
 *   the meetings begun by now; `clock { now }`), is served only within TIMED_MS of that read: what a
 *   request in that same second would compute. Answers with errors, and mutations, are never kept.
 * - What is kept is the body Apollo sent and its content type: a hit is sent the same way
 *   (Express's ETag included), counted in the metrics and the access log like any operation.
 * - Identical misses are computed once: the first computes, the others wait for its answer.
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
/** How long an answer is kept (its key changes with every write anyway; this only frees memory). */
const KEPT_MS = 3600_000;
/** How long a request waits for an identical one computing the same key, before computing itself. */
const WAIT_MS = 5000;
/** What every GraphQL answer tells browsers and proxies. */
const NO_STORE = 'private, no-store';
/**
 * The store's bound, in characters of kept JSON and keys: some 1,200 of the large dashboard's
 * answers (27 KB each); the least recently used goes first.
 */
export const DEFAULT_MAX_SIZE = 32 * 1024 * 1024;
/** Documents whose opt-in was read, by text and operation name. */
const DOCUMENTS_KEPT = 500;

/** One HTTP request's part in the cache. */
interface RequestState {
  probe: Probe;
  /** Programme-clock ms of the first read of the time of day; null while there was none. */
  timedAt: number | null;
  /** The visibility class and programme day of its key; null when the request is not looked up. */
  looked: { viewers: string; day: string } | null;
  /** Set when execution ended: whether something personal had been read by then. */
  executed: { personal: boolean } | null;
  /** Set in willSendResponse: whether Apollo's answer may be kept under the key. */
  keep: boolean;
  /** The key it computes while identical requests wait for it. */
  leading: string | null;
}

/** Where a request's context (and Apollo's copy of it) holds its part in the cache. */
const REQUEST = Symbol('response-cache request');
const stateOf = (ctx: object): RequestState | undefined => (ctx as { [REQUEST]?: RequestState })[REQUEST];

interface Entry {
  /** The body Apollo sent, in UTF-8; null: computed and not kept, so no one should wait for it. */
  body: Buffer | null;
  contentType: string;
  /** The ETag Express gave it, given again rather than hashed again per hit. */
  etag: string | null;
  /** The name of its operation (a query), for the metrics and the access log. */
  operation: string | null;
  timedAt: number | null;
}

interface Computing {
  owner: RequestState;
  done: Promise<void>;
  finish(): void;
}

export interface ResponseCacheCounts {
  hits: number;
  misses: number;
  /** The store's size now, in its unit (see DEFAULT_MAX_SIZE). */
  size: number;
}

export interface ResponseCacheOptions {
  parseOptions: ParseOptions;
  /** Told of every answer sent from the store, for the metrics and the access log. */
  served(res: Response, operationName: string | null, personId: string, seconds: number): void;
  maxSize?: number;
}

/** A document's operation as the cache knows it (`id`: for as long as the document is remembered). */
interface Operation {
  id: number;
  optedIn: boolean;
  name: string | null;
}

/** The body as the web app and Apollo's HTTP transport send it. */
interface Body {
  query: string;
  operationName: string | null;
  variables: unknown;
}

export class ResponseCache {
  readonly #services: Pick<Services, 'ds' | 'clock' | 'tailer'>;
  readonly #options: ResponseCacheOptions;
  readonly #entries: LRUCache<string, Entry>;
  /** Each document's operation: whether it is opted in, its name, and a number keys use for it; by text and operation name. */
  readonly #documents = new LRUCache<string, Operation>({ max: DOCUMENTS_KEPT });
  #documentIds = 0;
  readonly #computing = new Map<string, Computing>();
  readonly #byRequest = new WeakMap<object, RequestState>();
  #hits = 0;
  #misses = 0;

  constructor(services: Pick<Services, 'ds' | 'clock' | 'tailer'>, options: ResponseCacheOptions) {
    this.#services = services;
    this.#options = options;
    this.#entries = new LRUCache<string, Entry>({
      maxSize: options.maxSize ?? DEFAULT_MAX_SIZE,
      sizeCalculation: (e, key) => key.length + (e.body?.length ?? 0),
    });
  }

  /**
   * Express middleware before Apollo's: an answer kept for the request's key is sent at once;
   * otherwise the rest of the request runs under a probe of its own, and its answer is kept if it may be.
   */
  readonly serve: RequestHandler = (req, res, next) => {
    const started = process.hrtime.bigint();
    const state: RequestState = {
      probe: { personal: false },
      timedAt: null,
      looked: null,
      executed: null,
      keep: false,
      leading: null,
    };
    this.#byRequest.set(req, state);
    res.once('close', () => this.#release(state, false));
    const compute = () => runProbed(state.probe, next);
    const body = bodyOf(req.method, req.body);
    const authorization = req.headers.authorization;
    // Without a session nothing is looked up, nor parsed here: Apollo parses it anyway.
    const document = body && typeof authorization === 'string' ? this.#document(body) : null;
    if (!body || !document?.optedIn || typeof authorization !== 'string') return compute();
    this.#lookUp(document.id, body.variables, authorization, state).then(
      (found) => {
        if (!found) {
          this.#keepWhatIsSent(res, state, document.name);
          return compute();
        }
        const { entry, personId } = found;
        res.setHeader('content-type', entry.contentType);
        res.setHeader('cache-control', NO_STORE);
        if (entry.etag) res.setHeader('etag', entry.etag);
        res.status(200).send(entry.body);
        this.#options.served(res, entry.operation, personId, Number(process.hrtime.bigint() - started) / 1e9);
      },
      (err: unknown) => next(err),
    );
  };

  /** The request's context as its queries run: probed, with a clock that says when the time of day is read. */
  context<C extends Context>(req: object, ctx: C): C {
    const state = this.#byRequest.get(req);
    if (!state) return ctx;
    // Looked up: the tailer caught up with the head for it; what it reads shares that position.
    if (state.looked) markAtLogHead(ctx);
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

  /** Notes what execution read, sets the answer's cache-control, and decides whether it is kept. */
  plugin(): ApolloServerPlugin<Context> {
    const keeps = (rc: GraphQLRequestContextWillSendResponse<Context>, state: RequestState) => this.#keeps(rc, state);
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
            if (!rc.response.http.headers.has('cache-control')) rc.response.http.headers.set('cache-control', NO_STORE);
            if (state) state.keep = keeps(rc, state);
          },
        };
      },
    };
  }

  /** Whether `body`'s operation is a query of SHARED_ROOTS only (read once per document). */
  #document(body: Body): Operation {
    const text = `${body.operationName ?? ''}\n${body.query}`;
    let known = this.#documents.get(text);
    if (!known) {
      const id = ++this.#documentIds;
      known = { id, optedIn: false, name: null };
      try {
        const document = parse(body.query, this.#options.parseOptions);
        const operations = document.definitions.filter(
          (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
        );
        const operation =
          body.operationName === null
            ? operations.length === 1
              ? operations[0]
              : undefined
            : operations.find((o) => o.name?.value === body.operationName);
        if (operation)
          known = { id, optedIn: optedIn(document, operation), name: operation.name?.value ?? body.operationName };
      } catch {
        // Apollo answers what does not parse, or is over the limits.
      }
      this.#documents.set(text, known);
    }
    return known;
  }

  /** The entry kept for the request's key, or null after making it the one that computes it (or waits in vain). */
  async #lookUp(
    documentId: number,
    variables: unknown,
    authorization: string,
    state: RequestState,
  ): Promise<{ entry: Entry & { body: Buffer }; personId: string } | null> {
    const { tailer, clock } = this.#services;
    const session = await authenticate(this.#services, authorization);
    // Everything committed before the request began has been handed on by the tailer.
    if (!session || !(await tailer.catchUp())) return null;
    const viewers = visibilityClass(session);
    const day = clock.today();
    state.looked = { viewers, day };
    const key = JSON.stringify([documentId, variables, viewers, formatCursor(tailer.position), day]);
    let entry = this.#fresh(key);
    const computing = this.#computing.get(key);
    if (entry === undefined && computing) {
      await waitAtMost(computing.done, WAIT_MS);
      entry = this.#fresh(key);
    }
    if (entry?.body != null) {
      this.#hits++;
      return { entry: entry as Entry & { body: Buffer }, personId: session.actor.id };
    }
    this.#misses++;
    if (!this.#computing.has(key)) {
      let finish = () => {};
      const done = new Promise<void>((resolve) => (finish = resolve));
      this.#computing.set(key, { owner: state, done, finish });
      state.leading = key;
    }
    return null;
  }

  /** Keeps the body Apollo sends for a looked-up request, if willSendResponse said it may be kept. */
  #keepWhatIsSent(res: Response, state: RequestState, name: string | null): void {
    const send = res.send;
    res.send = (body?: unknown) => {
      res.send = send;
      const sent = send.call(res, body);
      const key = state.leading;
      if (key !== null && state.keep && typeof body === 'string' && res.statusCode === 200) {
        const etag = res.getHeader('etag');
        this.#entries.set(
          key,
          {
            body: Buffer.from(body, 'utf8'),
            contentType: String(res.getHeader('content-type') ?? 'application/json; charset=utf-8'),
            etag: typeof etag === 'string' ? etag : null,
            operation: name,
            timedAt: state.timedAt,
          },
          { ttl: state.timedAt === null ? KEPT_MS : TIMED_MS },
        );
      }
      this.#release(state, !state.keep);
      return sent;
    };
  }

  /** Whether an answer may be kept for its whole key: it read nothing personal, says no error, and its class and day held. */
  #keeps(rc: GraphQLRequestContextWillSendResponse<Context>, state: RequestState): boolean {
    const body = rc.response.body;
    const looked = state.looked;
    if (looked === null || state.executed === null || state.executed.personal) return false;
    if (body.kind !== 'single' || body.singleResult.errors?.length || !body.singleResult.data) return false;
    // The session it was looked up with is the one it ran as (no change of groups in between).
    const actor = rc.contextValue.actor;
    if (!actor || visibilityClass({ actor }) !== looked.viewers) return false;
    // The day turned while it ran: what it read of the day may be either day's.
    return this.#services.clock.today() === looked.day;
  }

  /** The entry under `key` if it may still be served. */
  #fresh(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (!entry || entry.timedAt === null) return entry;
    const age = this.#services.clock.now().getTime() - entry.timedAt;
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
    if (notKept && !this.#fresh(key))
      this.#entries.set(
        key,
        { body: null, contentType: '', etag: null, operation: null, timedAt: state.timedAt },
        { ttl: TIMED_MS },
      );
    computing.finish();
  }
}

/** A single operation's POST body, as express.json parsed it; null for anything else (GET, batches). */
function bodyOf(method: string, raw: unknown): Body | null {
  if (method !== 'POST' || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { query, operationName, variables } = raw as Record<string, unknown>;
  if (typeof query !== 'string') return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  return { query, operationName: operationName ?? null, variables: variables ?? null };
}

/** Whether every root field of the operation (through fragments) is one SHARED_ROOTS opts in. */
function optedIn(document: DocumentNode, operation: OperationDefinitionNode): boolean {
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

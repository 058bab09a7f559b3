import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { RequestHandler } from 'express';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { DatabaseStatus } from './db/embedded-supervisor.js';
import type { ResponseCacheCounts } from './graphql/response-cache.js';
import type { EventTailer } from './realtime/event-log.js';

/** Operation names and error codes become labels only when they look like names: anything else is 'other'. */
const LABEL = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const label = (v: string) => (LABEL.test(v) ? v : 'other');

/** Undelivered events are counted up to here: past it the tailer is plainly stuck, and counting costs. */
const LAG_COUNT_CAP = 100_000;

export interface MetricsSources {
  ds: DataSource;
  tailer: EventTailer;
  /** Open WebSockets, now. */
  openSockets(): number;
  /** Running subscriptions over WebSocket by root field, now. */
  subscriptionsByField(): Map<string, number>;
  /** The subscriptions' fan-out so far (graphql/multiplex.ts). */
  fanout(): { executions: number; frames: number };
  /** The embedded PostgreSQL's supervision, now; null with DATABASE_URL. */
  embeddedDatabase(): DatabaseStatus | null;
  /** Whole HTTP answers served from this process's cache, and computed for want of one (graphql/response-cache.ts). */
  responseCache?(): ResponseCacheCounts;
}

/**
 * One registry per app (tests run several apps in one process; prom-client's default registry
 * would mix them). Gauges of things that exist anyway (sockets, pool, tailer) are read at scrape.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly duration: Histogram<'operation' | 'type'>;
  private readonly errors: Counter<'code'>;

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.duration = new Histogram({
      name: 'gongbian_graphql_request_duration_seconds',
      help: 'GraphQL operations over HTTP, from receipt to response, by operation name and type',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
      registers,
    });
    this.errors = new Counter({
      name: 'gongbian_graphql_errors_total',
      help: 'Errors in GraphQL responses over HTTP, by extensions.code',
      labelNames: ['code'],
      registers,
    });
    new Gauge({
      name: 'gongbian_websocket_connections',
      help: 'Open WebSockets on /graphql',
      registers,
      collect() {
        this.set(sources.openSockets());
      },
    });
    new Gauge({
      name: 'gongbian_subscriptions',
      help: 'Running GraphQL subscriptions over WebSocket, by root field',
      labelNames: ['field'],
      registers,
      collect() {
        this.reset();
        for (const [field, n] of sources.subscriptionsByField()) this.set({ field: label(field) }, n);
      },
    });
    new Counter({
      name: 'gongbian_subscription_executions_total',
      help: 'Subscription documents executed for an event: once per group of alike subscribers, not once per subscriber',
      registers,
      collect() {
        this.reset();
        this.inc(sources.fanout().executions);
      },
    });
    new Counter({
      name: 'gongbian_subscription_frames_total',
      help: 'Subscription results written to WebSockets',
      registers,
      collect() {
        this.reset();
        this.inc(sources.fanout().frames);
      },
    });
    const cached = sources.responseCache;
    if (cached) {
      new Counter({
        name: 'gongbian_response_cache_hits_total',
        help: 'HTTP queries answered from this process response cache (graphql/response-cache.ts)',
        registers,
        collect() {
          this.reset();
          this.inc(cached().hits);
        },
      });
      new Counter({
        name: 'gongbian_response_cache_misses_total',
        help: 'HTTP queries the response cache could have answered but had no answer for: executed',
        registers,
        collect() {
          this.reset();
          this.inc(cached().misses);
        },
      });
      new Gauge({
        name: 'gongbian_response_cache_size',
        help: 'What the response cache holds now, in characters of JSON (bounded; least recently used goes first)',
        registers,
        collect() {
          this.set(cached().size);
        },
      });
    }
    const pool = () => (sources.ds.driver as unknown as { master?: PoolCounts }).master;
    new Gauge({
      name: 'gongbian_db_pool_in_use',
      help: 'Connections of the request pool checked out now',
      registers,
      collect() {
        const p = pool();
        this.set(p ? p.totalCount - p.idleCount : Number.NaN);
      },
    });
    new Gauge({
      name: 'gongbian_db_pool_waiting',
      help: 'Requests waiting for a connection of the request pool',
      registers,
      collect() {
        this.set(pool()?.waitingCount ?? Number.NaN);
      },
    });
    new Gauge({
      name: 'gongbian_embedded_database_up',
      help: 'The embedded PostgreSQL: 1 running, 0 being restarted (absent with DATABASE_URL)',
      registers,
      collect() {
        this.reset();
        const status = sources.embeddedDatabase();
        if (status) this.set(status.state === 'up' ? 1 : 0);
      },
    });
    new Gauge({
      name: 'gongbian_embedded_database_restarts',
      help: 'Times the embedded PostgreSQL died and was restarted since this process started',
      registers,
      collect() {
        this.reset();
        const status = sources.embeddedDatabase();
        if (status) this.set(status.restarts);
      },
    });
    const lagEvents = new Gauge({
      name: 'gongbian_tailer_lag_events',
      help: `Committed events this process has not yet delivered (counted up to ${LAG_COUNT_CAP}; NaN: the database did not answer)`,
      registers,
      async collect() {
        this.set(await undelivered(sources));
      },
    });
    new Gauge({
      name: 'gongbian_tailer_lag_seconds',
      help: 'Seconds since the event tailer last read the log to its end, while events wait (0 when none does)',
      registers,
      async collect() {
        const behind = (await lagEvents.get()).values[0]?.value ?? Number.NaN;
        this.set(behind === 0 ? 0 : (Date.now() - sources.tailer.caughtUpAt) / 1000);
      },
    });
  }

  /** Times every HTTP operation and counts the codes of the errors it answered with (after formatError). */
  plugin<T extends object>(): ApolloServerPlugin<T> {
    const observe = (outcome: OperationOutcome, seconds: number) => this.observe(outcome, seconds);
    return {
      async requestDidStart() {
        const started = process.hrtime.bigint();
        return {
          async willSendResponse(rc) {
            observe(operationOutcome(rc), Number(process.hrtime.bigint() - started) / 1e9);
          },
        };
      },
    };
  }

  /** One HTTP operation: Apollo's (plugin), or an answer the response cache sent before Apollo. */
  observe(outcome: OperationOutcome, seconds: number): void {
    this.duration.observe(
      { operation: outcome.name ? label(outcome.name) : 'anonymous', type: outcome.type ?? 'unknown' },
      seconds,
    );
    for (const code of outcome.errorCodes) this.errors.inc({ code: code ? label(code) : 'none' });
  }

  /**
   * GET /metrics: with `token` unset it is not there (404, so it cannot leak by default); with it
   * set, only `Authorization: Bearer <token>` sees it (401 otherwise).
   */
  route(token: string | undefined): RequestHandler {
    const expected = token === undefined ? undefined : digest(token);
    return async (req, res) => {
      res.set('cache-control', 'no-store');
      if (!expected) {
        res.status(404).type('text').send('Not found');
        return;
      }
      const given = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (!given || !timingSafeEqual(digest(given), expected)) {
        res.status(401).set('www-authenticate', 'Bearer').type('text').send('Unauthorized');
        return;
      }
      res.type(this.registry.contentType).send(await this.registry.metrics());
    };
  }
}

/** What an HTTP operation was and how it ended, as the metrics and the access log (access-log.ts) count it. */
export interface OperationOutcome {
  /** The operation's name (from the document, else the request's operationName); null when anonymous. */
  name: string | null;
  /** query, mutation or subscription; null when the document did not parse or name one. */
  type: string | null;
  /** extensions.code of each error in the response, after formatError ('' for an error without one). */
  errorCodes: string[];
}

export function operationOutcome<T extends BaseContext>(
  rc: GraphQLRequestContextWillSendResponse<T>,
): OperationOutcome {
  const body = rc.response.body;
  const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
  return {
    name: rc.operationName ?? rc.request.operationName ?? null,
    type: rc.operation?.operation ?? null,
    errorCodes: errors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : '')),
  };
}

interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/** Events every snapshot sees as committed (what the tailer may read) that lie past its position. */
async function undelivered({ ds, tailer }: MetricsSources): Promise<number> {
  const { position, id } = tailer.position;
  try {
    const [row]: { n: number }[] = await ds.query(
      `SELECT count(*)::int AS n FROM (
         SELECT 1 FROM event_commit c JOIN event e ON e.txid = c.txid
         WHERE (c.position, e.id) > ($1::bigint, $2::bigint)
         LIMIT ${LAG_COUNT_CAP}) behind`,
      [position.toString(), id.toString()],
    );
    return row?.n ?? Number.NaN;
  } catch {
    return Number.NaN;
  }
}

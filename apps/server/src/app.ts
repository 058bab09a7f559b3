import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { accessLog, accessLogPlugin, noteOperation } from './access-log.js';
import { forgetPeople, forgetSessions } from './auth/authenticate.js';
import { Clock } from './clock.js';
import type { Config } from './config.js';
import { type Database, openDatabase, withStartupLock } from './db/database.js';
import { PROGRAM } from './demo/programme-data.js';
import { seedDemo } from './demo/story.js';
import { DEMO_DATE } from './demo/story-data.js';
import { exportRoute } from './exports/export-link.js';
import { type Context, callerOf, createContext, type Services } from './graphql/context.js';
import { formatError } from './graphql/errors.js';
import { type Budgeted, requestSignal } from './graphql/field-guards.js';
import { operationLimits } from './graphql/limits.js';
import { LiveLoaders } from './graphql/loaders.js';
import { RateLimits } from './graphql/rate-limit.js';
import { ResponseCache } from './graphql/response-cache.js';
import { serveGraphqlOverWebSocket } from './graphql/websocket.js';
import { liveness, readiness } from './health.js';
import { getSchema, house } from './house.js';
import { compressResponses, noCache, webAssets, webFiles } from './http-delivery.js';
import { jsonBodyErrors, securityHeaders, subscriptionsOverSocketOnly } from './http-guards.js';
import { configureLogging, type LogSettings, logger } from './log.js';
import { Metrics } from './metrics.js';
import {
  ProofOfWork,
  PublicSnapshots,
  publicSnapshotRoute,
  publicSummaryFileRoute,
  purgePublicData,
} from './modules/consultation/index.js';
import { uploadRoute, warmDraftWorkers } from './modules/draft/index.js';
import { MeetingRoomKeeper } from './modules/minutes/index.js';
import { sendOverdueReminders, sendWeeklyDigests } from './modules/notification/index.js';
import { PersonEntity } from './modules/person/index.js';
import { PresenceKeeper } from './modules/presence/index.js';
import { ProgramEntity } from './modules/program/index.js';
import { notifyOverdueReviews } from './modules/review/index.js';
import { Doorbell, EventTailer } from './realtime/event-log.js';
import { pruneEvents } from './realtime/retention.js';

export interface App {
  url: string;
  port: number;
  services: Services;
  database: Database;
  /** The periodic chores (overdue reminders), now; returns how many reminders went out. */
  runChores(): Promise<number>;
  /** Subscriptions following the log now: multiplexed ones, and the tailer's listeners (one per other subscription, and the process's own). */
  following(): number;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Told what start-up did, line by line (the demo accounts, how to create an admin). */
  log?: (line: string) => void;
  /** Where the JSON log lines go instead of stdout (a test's collector); the level is config.logLevel. */
  logDestination?: LogSettings['destination'];
}

const DEMO_EMAILS = ['admin', 'working', 'leader', 'guicai', 'kexin', 'jiuyuan', 'expert', 'observer', 'liaison'];

async function prepareData(services: Services, db: Database, log: (line: string) => void): Promise<void> {
  const { config } = services;
  await withStartupLock(db.ds, async () => {
    const empty = (await db.ds.getRepository(ProgramEntity).count()) === 0;
    if (config.demo && empty) {
      await db.ds.transaction((m) => seedDemo(m, config.demoPassword));
      log(`Demo programme seeded: ${PROGRAM.name}, its story told up to ${DEMO_DATE}.`);
    }
  });
  if (config.demo) {
    log(`Demo accounts (password ${config.demoPassword}): ${DEMO_EMAILS.map((n) => `${n}@gongbian.test`).join(', ')}`);
  } else if (!(await db.ds.getRepository(PersonEntity).existsBy({ role: 'ADMIN' }))) {
    log('No administrator yet. Create one with: pnpm gongbian admin:create --email you@example.gov.cn --name 张三');
  }
}

export async function startApp(config: Config, options: StartOptions = {}): Promise<App> {
  configureLogging({ level: config.logLevel, destination: options.logDestination });
  const log = options.log ?? ((line: string) => logger.info(line));
  const database = await openDatabase(config, house.entities);
  const { ds } = database;
  const clock = new Clock(config.clock);
  const tailer = new EventTailer(database.url);
  // The tailer's first listener: subscriptions then resolve each event with loaders of its position.
  const liveLoaders = new LiveLoaders(ds);
  tailer.on(() => liveLoaders.advance());
  // A session ended on any replica leaves this process's session cache (auth/authenticate.ts), as
  // do the sessions of a person whose memberships, which the policy reads, changed.
  tailer.on((e) => {
    if (e.kind === 'session.revoked' && Array.isArray(e.payload.sessionIds))
      forgetSessions(ds, e.payload.sessionIds.map(String));
    if (e.kind === 'person.memberships') forgetPeople(ds, [e.subjectId]);
  });
  const doorbell = new Doorbell(ds, () => void tailer.wake());
  const presence = new PresenceKeeper(ds, tailer, config.presenceTtlMs);
  const meetingRooms = new MeetingRoomKeeper(ds, tailer, config.presenceTtlMs);
  const limits = new RateLimits(database.url, config);
  const proofOfWork = new ProofOfWork(ds, config);
  const publicSnapshots = new PublicSnapshots(ds, clock);
  publicSnapshots.start(tailer);
  const services: Services = {
    ds,
    clock,
    tailer,
    doorbell,
    config,
    presence,
    meetingRooms,
    limits,
    liveLoaders,
    proofOfWork,
    publicSnapshots,
  };
  const schema = await getSchema();

  try {
    await prepareData(services, database, log);
    await tailer.start();
    presence.start();
    meetingRooms.start();
  } catch (err) {
    await tailer.stop();
    await ds.destroy().catch(() => {});
    await database.embedded?.stop();
    throw err;
  }

  const app = express();
  app.disable('x-powered-by');
  app.use(accessLog());
  app.use(securityHeaders(config));
  app.set('trust proxy', config.trustProxy);
  app.use(compressResponses());
  const httpServer = http.createServer(app);
  const sockets = serveGraphqlOverWebSocket(httpServer, schema, services);

  const showStack = config.nodeEnv === 'development';
  const introspection = config.nodeEnv !== 'production';
  const operation = operationLimits(config);
  const responseCache = new ResponseCache(services, {
    parseOptions: operation.parseOptions,
    served(res, name, personId, seconds) {
      const outcome = { name, type: 'query', errorCodes: [] };
      metrics.observe(outcome, seconds);
      noteOperation(res, outcome, personId);
    },
  });
  const metrics = new Metrics({
    ds,
    tailer,
    openSockets: () => sockets.wss.clients.size,
    subscriptionsByField: () => sockets.subscriptionsByField(),
    fanout: () => sockets.fanout(),
    embeddedDatabase: () => database.embedded?.status() ?? null,
    responseCache: () => responseCache.counts(),
  });
  // Set once stop() begins: /healthz then says this process should get no more traffic.
  let draining = false;
  const apollo = new ApolloServer<Context>({
    schema,
    // Without introspection, no "Did you mean …" either.
    formatError: formatError(showStack, !introspection),
    includeStacktraceInErrorResponses: showStack,
    introspection,
    // No automatic persisted queries: the web app never sends them, and a hash is one more input.
    persistedQueries: false,
    validationRules: operation.validationRules,
    parseOptions: operation.parseOptions,
    // main.ts drains on SIGINT/SIGTERM itself; Apollo's own handlers would race it into a hang.
    stopOnTerminationSignals: false,
    // Compact JSON: Apollo indents its answers by default, a fifth more bytes and CPU for no reader.
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [
      // No per-field cache hints: nothing reads them (graphql/response-cache.ts keeps answers by its own rules),
      // and the plugin would wrap every field resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      // The sandbox page loads scripts from Apollo's CDN: neither the CSP nor a closed network allows it.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      metrics.plugin<Context>(),
      responseCache.plugin(),
      accessLogPlugin<Context>(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await sockets.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get(
    '/healthz',
    liveness(() => draining),
  );
  app.get(
    '/readyz',
    readiness(database, () => draining),
  );
  app.get('/metrics', metrics.route(config.metricsToken));
  app.use(
    '/graphql',
    express.json({ limit: config.maxBodyBytes }),
    subscriptionsOverSocketOnly(operation.parseOptions),
    responseCache.serve,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const context: Context & Budgeted = {
          ...(await createContext(services, req.headers.authorization, false, callerOf(req))),
          signal: requestSignal(res, config.requestBudgetMs),
        };
        return responseCache.context(req, context);
      },
    }),
    jsonBodyErrors(config.maxBodyBytes),
  );
  app.get('/exports/:token', exportRoute(services, house.exporters));
  app.get('/public-api/consultations/:slug', publicSnapshotRoute(publicSnapshots));
  app.get('/public-api/consultations/:slug/summary.:ext', publicSummaryFileRoute(services));
  app.post('/uploads', uploadRoute(services));
  const web = config.webDist;
  if (fs.existsSync(path.join(web, 'index.html'))) {
    app.use('/assets', ...webAssets(web));
    app.use(webFiles(web));
    // The web app routes in the browser: any other page gets index.html.
    app.get(/^(?!\/(graphql|exports|public-api)\b).*/, (_req, res) => {
      noCache(res);
      res.sendFile(path.join(web, 'index.html'), { cacheControl: false });
    });
  } else {
    app.get('/', (_req, res) => {
      res
        .type('text')
        .send(`共编 Gongbian API is running at /graphql. The web app is not built (${web}); run pnpm start.`);
    });
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  // A person's first publication then finds its workers loaded (tests and development restart too often).
  if (config.nodeEnv === 'production') warmDraftWorkers(config);

  const runChores = async () => {
    const reviews = await ds.transaction((m) => notifyOverdueReviews(m, clock));
    // 督查: overdue topics, milestones and action items, and the weekly digest (claimed per day and person).
    const reminders = await ds.transaction(
      async (m) => (await sendOverdueReminders(m, clock)) + (await sendWeeklyDigests(m, clock)),
    );
    // 个人信息保护法: the public's contacts go when their round's retention ends.
    await ds.transaction((m) => purgePublicData(m, clock, config.publicContactRetentionDays));
    const sent = reviews + reminders;
    if (sent) services.doorbell.ring();
    // Pruning appends no event: answers kept at the current position may still show what went.
    if (config.eventRetentionDays > 0 && (await pruneEvents(ds, config.eventRetentionDays)).events > 0)
      responseCache.clear();
    return sent;
  };
  const chores = setInterval(
    () => void runChores().catch((err) => logger.error({ err }, 'Periodic chores failed')),
    60_000,
  );
  chores.unref();

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      draining = true;
      clearInterval(chores);
      for (const socket of sockets.wss.clients) socket.close(1001, 'Server shutting down');
      await apollo.stop();
      sockets.wss.close();
      await presence.stop();
      await meetingRooms.stop();
      publicSnapshots.stop();
      await tailer.stop();
      await limits.stop();
      await ds.destroy().catch(() => {});
      await database.embedded?.stop();
    })();
    return stopping;
  };
  const following = () => sockets.multiplexed() + tailer.listenerCount;
  return { url, port, services, database, runChores, following, stop };
}

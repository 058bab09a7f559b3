import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEMO_DATE } from './demo/story-data.js';

// The checkout's root, three folders up from this file both as source (apps/server/src/config.ts,
// under tsx and vitest) and compiled (apps/server/dist/main.js, which build.mjs bundles it into).
// The defaults below are relative to it; an installed bundle (scripts/bundle.mjs) is no checkout,
// so its start.sh and the systemd unit set GONGBIAN_WEB_DIST and GONGBIAN_DATA_DIR explicitly.
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const flag = z
  .enum(['1', '0', 'true', 'false'], { message: 'expected 1 or 0' })
  .transform((v) => v === '1' || v === 'true');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), 'expected a real calendar date');

const count = z.coerce.number({ message: 'expected a whole number' }).int().min(0);

const atLeastOne = z.coerce.number({ message: 'expected a whole number of at least 1' }).int().min(1);

const schema = z.object({
  PORT: z.coerce.number({ message: 'expected a port number' }).int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL')
    .optional(),
  GONGBIAN_DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
  GONGBIAN_DEMO: flag.optional(),
  GONGBIAN_DEMO_PASSWORD: z.string().min(6, 'expected at least 6 characters').default('gongbian'),
  GONGBIAN_CLOCK: isoDate.optional(),
  GONGBIAN_PUBLIC_URL: z.string().url('expected an absolute URL such as https://gongbian.example.gov.cn').optional(),
  GONGBIAN_WEB_DIST: z.string().min(1).default(path.join(repoRoot, 'apps/web/dist')),
  // Uploads (POST /uploads) and reading them into drafts.
  GONGBIAN_UPLOAD_MAX_MB: atLeastOne.default(20),
  GONGBIAN_MAX_DRAFT_BLOCKS: atLeastOne.default(50_000),
  GONGBIAN_IMPORT_TIMEOUT_SECONDS: atLeastOne.default(10),
  GONGBIAN_IMPORT_MEMORY_MB: z.coerce.number({ message: 'expected megabytes' }).int().min(64).default(1024),
  GONGBIAN_PRESENCE_TTL_SECONDS: z.coerce
    .number({ message: 'expected a number of seconds' })
    .min(1)
    .max(300)
    .default(15),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  // Rate limits (0 turns one off) and the client address they key on.
  GONGBIAN_TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2}|[\w.:/, ]+)$/, 'expected true, false, a hop count or a list of proxy addresses')
    .optional(),
  GONGBIAN_LOGIN_ACCOUNT_FAILURES: count.default(5),
  GONGBIAN_LOGIN_BLOCK_SECONDS: count.default(60),
  GONGBIAN_LOGIN_MAX_BLOCK_SECONDS: count.default(3600),
  GONGBIAN_LOGIN_ADDRESS_FAILURES_PER_DAY: count.default(100),
  GONGBIAN_WRITES_PER_MINUTE: count.default(600),
  GONGBIAN_ANONYMOUS_PER_MINUTE: count.default(300),
  // Operation, payload and time limits (graphql/limits.ts); every one is a positive whole number.
  GONGBIAN_MAX_DEPTH: atLeastOne.default(10),
  GONGBIAN_MAX_ALIASES: atLeastOne.default(15),
  GONGBIAN_MAX_TOKENS: atLeastOne.default(1000),
  GONGBIAN_MAX_DIRECTIVES: atLeastOne.default(20),
  GONGBIAN_MAX_COST: atLeastOne.default(20_000),
  GONGBIAN_MAX_BODY_BYTES: atLeastOne.default(1_048_576),
  GONGBIAN_REQUEST_BUDGET_MS: atLeastOne.default(15_000),
  GONGBIAN_STATEMENT_TIMEOUT_MS: atLeastOne.default(10_000),
  GONGBIAN_DB_POOL_SIZE: atLeastOne.default(10),
  GONGBIAN_WS_MAX_SUBSCRIPTIONS: atLeastOne.default(100),
  GONGBIAN_WS_MAX_FRAME_BYTES: atLeastOne.default(1_048_576),
  GONGBIAN_WS_MESSAGES_PER_SECOND: atLeastOne.default(20),
  GONGBIAN_WS_MESSAGE_BURST: atLeastOne.default(200),
  GONGBIAN_METRICS_TOKEN: z.string().min(16, 'expected at least 16 characters').optional(),
  GONGBIAN_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'expected fatal, error, warn, info, debug, trace or silent',
    })
    .default('info'),
  GONGBIAN_SLOW_QUERY_MS: count.default(1000),
  // Days the event log keeps (realtime/retention.ts); 0 keeps everything.
  GONGBIAN_EVENT_RETENTION_DAYS: count.default(0),
  // Public consultation (modules/consultation): what the public may send, and the proof of work first.
  GONGBIAN_PUBLIC_OPINIONS_PER_HOUR: count.default(20),
  GONGBIAN_PUBLIC_OPINIONS_PER_ROUND_MINUTE: count.default(6000),
  GONGBIAN_PUBLIC_CONTACT_RETENTION_DAYS: atLeastOne.default(180),
  GONGBIAN_ALTCHA_SECRET: z.string().min(32, 'expected at least 32 characters').optional(),
  GONGBIAN_ALTCHA_COST: atLeastOne.default(1000),
  GONGBIAN_ALTCHA_MAX_COUNTER: atLeastOne.default(2000),
  GONGBIAN_ALTCHA_EXPIRY_SECONDS: atLeastOne.default(1800),
});

/** Every environment variable the server reads (infra/'s manifests are checked against it). */
export const SETTING_NAMES: readonly string[] = Object.keys(schema.shape);

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Seed the demo programme into an empty database. */
  demo: boolean;
  demoPassword: string;
  /** The programme clock's fixed date, when set. */
  clock: string | undefined;
  publicUrl: string | undefined;
  webDist: string;
  /** How long a viewer stays listed after their server process stops renewing them. */
  presenceTtlMs: number;
  /** Largest file POST /uploads accepts (413 beyond). */
  uploadMaxBytes: number;
  /** Blocks one draft may have; more is refused as BAD_USER_INPUT (TOO_MANY_BLOCKS). */
  maxDraftBlocks: number;
  /** Reading one Word file (in a worker thread) may take this long and this much heap, or it is refused. */
  importTimeoutMs: number;
  importMemoryMb: number;
  nodeEnv: 'development' | 'production' | 'test';
  /**
   * Express's `trust proxy`: off by default, so the client address is the socket's. Behind nginx
   * set GONGBIAN_TRUST_PROXY to the hop count (1) or the proxy's address, so X-Forwarded-For is
   * believed only from it; otherwise every caller shares the proxy's address and its limits.
   */
  trustProxy: boolean | number | string;
  /** Wrong passwords in a row for one email before it is refused for loginBlockSeconds. */
  loginAccountFailures: number;
  /** The first refusal; each further wrong password doubles it, up to loginMaxBlockSeconds. */
  loginBlockSeconds: number;
  loginMaxBlockSeconds: number;
  /** Wrong passwords from one address in a day (any emails) before it is refused until the day is out. */
  loginAddressFailuresPerDay: number;
  /** Writes (mutations) one person may make per minute, over all their sessions and replicas. */
  writesPerMinute: number;
  /** Requests without a session (sign-in, invitations, public pages) per address per minute. */
  anonymousPerMinute: number;
  /** Opinions one address may send through the public page per hour (over every round). */
  publicOpinionsPerHour: number;
  /** Opinions one round takes per minute from everyone together; beyond, senders are asked to wait. */
  publicOpinionsPerRoundMinute: number;
  /** Days after a round closes that the contacts its senders gave are kept, then deleted. */
  publicContactRetentionDays: number;
  /**
   * The proof of work before a public opinion (ALTCHA, PBKDF2/SHA-256): its HMAC secret (shared by
   * replicas; when unset, one is made once and kept in the database), the iterations per attempt
   * (cost), the largest counter a challenge hides (the expected work is cost × maxCounter / 2), and
   * how long a challenge may be solved and used.
   */
  altchaSecret: string | undefined;
  altchaCost: number;
  altchaMaxCounter: number;
  altchaExpirySeconds: number;
  // Limits on one GraphQL operation, on HTTP and WebSocket alike (graphql/limits.ts). The web
  // app's own operations stay well inside them (graphql/limits.test.ts checks every one).
  /** Deepest field nesting, fragments flattened (the web app's deepest: 7). */
  maxDepth: number;
  /** Aliased fields in one operation (the web app uses at most 2). */
  maxAliases: number;
  /** Lexical tokens in one document (the web app's largest: about 300). */
  maxTokens: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** graphql-armor's estimated cost (objects 2, scalars 1, ×1.5 per level; the web app's dearest: about 2,200). */
  maxCost: number;
  /** Largest GraphQL JSON body over HTTP; a larger one gets 413. */
  maxBodyBytes: number;
  /** One HTTP operation's time budget: past it, or once its client has gone, resolution stops. */
  requestBudgetMs: number;
  /** PostgreSQL statement_timeout for the server's pool (not for migrations). */
  statementTimeoutMs: number;
  /**
   * Connections in each server process's request pool. A process also holds the event tailer's
   * two and up to four for rate limits: replicas × (this + 6) must stay under max_connections.
   */
  dbPoolSize: number;
  /** Operations one WebSocket may have running at once; one more gets an error, the socket stays. */
  wsMaxSubscriptions: number;
  /** Largest WebSocket message; a larger one closes that socket with 1009. */
  wsMaxFrameBytes: number;
  /** Messages per second one WebSocket may send on average, in bursts of up to wsMessageBurst; more closes it with 1008. */
  wsMessagesPerSecond: number;
  wsMessageBurst: number;
  /** GET /metrics answers only `Authorization: Bearer <this>`; unset, /metrics is 404. */
  metricsToken: string | undefined;
  /** The least severe log lines written (JSON on stdout); `debug` adds the probes' access lines. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** A SQL statement that takes longer is logged at warn with its duration (0: never). */
  slowQueryMs: number;
  /** Days the event log keeps; 0: forever. */
  eventRetentionDays: number;
}

export class ConfigError extends Error {}

/** Reads every setting once. A bad value names the variable and what it expects. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([k, v]) => k in schema.shape && v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const embedded = e.DATABASE_URL === undefined;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.GONGBIAN_DATA_DIR),
    demo: e.GONGBIAN_DEMO ?? embedded,
    demoPassword: e.GONGBIAN_DEMO_PASSWORD,
    // The demo replays the programme as it stood on its own date unless a clock is set.
    clock: e.GONGBIAN_CLOCK ?? ((e.GONGBIAN_DEMO ?? embedded) ? DEMO_DATE : undefined),
    publicUrl: e.GONGBIAN_PUBLIC_URL,
    webDist: e.GONGBIAN_WEB_DIST,
    presenceTtlMs: e.GONGBIAN_PRESENCE_TTL_SECONDS * 1000,
    uploadMaxBytes: e.GONGBIAN_UPLOAD_MAX_MB * 1024 * 1024,
    maxDraftBlocks: e.GONGBIAN_MAX_DRAFT_BLOCKS,
    importTimeoutMs: e.GONGBIAN_IMPORT_TIMEOUT_SECONDS * 1000,
    importMemoryMb: e.GONGBIAN_IMPORT_MEMORY_MB,
    nodeEnv: e.NODE_ENV,
    trustProxy: trustProxy(e.GONGBIAN_TRUST_PROXY),
    loginAccountFailures: e.GONGBIAN_LOGIN_ACCOUNT_FAILURES,
    loginBlockSeconds: e.GONGBIAN_LOGIN_BLOCK_SECONDS,
    loginMaxBlockSeconds: e.GONGBIAN_LOGIN_MAX_BLOCK_SECONDS,
    loginAddressFailuresPerDay: e.GONGBIAN_LOGIN_ADDRESS_FAILURES_PER_DAY,
    writesPerMinute: e.GONGBIAN_WRITES_PER_MINUTE,
    anonymousPerMinute: e.GONGBIAN_ANONYMOUS_PER_MINUTE,
    maxDepth: e.GONGBIAN_MAX_DEPTH,
    maxAliases: e.GONGBIAN_MAX_ALIASES,
    maxTokens: e.GONGBIAN_MAX_TOKENS,
    maxDirectives: e.GONGBIAN_MAX_DIRECTIVES,
    maxCost: e.GONGBIAN_MAX_COST,
    maxBodyBytes: e.GONGBIAN_MAX_BODY_BYTES,
    requestBudgetMs: e.GONGBIAN_REQUEST_BUDGET_MS,
    statementTimeoutMs: e.GONGBIAN_STATEMENT_TIMEOUT_MS,
    dbPoolSize: e.GONGBIAN_DB_POOL_SIZE,
    wsMaxSubscriptions: e.GONGBIAN_WS_MAX_SUBSCRIPTIONS,
    wsMaxFrameBytes: e.GONGBIAN_WS_MAX_FRAME_BYTES,
    wsMessagesPerSecond: e.GONGBIAN_WS_MESSAGES_PER_SECOND,
    wsMessageBurst: e.GONGBIAN_WS_MESSAGE_BURST,
    metricsToken: e.GONGBIAN_METRICS_TOKEN,
    logLevel: e.GONGBIAN_LOG_LEVEL,
    slowQueryMs: e.GONGBIAN_SLOW_QUERY_MS,
    eventRetentionDays: e.GONGBIAN_EVENT_RETENTION_DAYS,
    publicOpinionsPerHour: e.GONGBIAN_PUBLIC_OPINIONS_PER_HOUR,
    publicOpinionsPerRoundMinute: e.GONGBIAN_PUBLIC_OPINIONS_PER_ROUND_MINUTE,
    publicContactRetentionDays: e.GONGBIAN_PUBLIC_CONTACT_RETENTION_DAYS,
    altchaSecret: e.GONGBIAN_ALTCHA_SECRET,
    altchaCost: e.GONGBIAN_ALTCHA_COST,
    altchaMaxCounter: e.GONGBIAN_ALTCHA_MAX_COUNTER,
    altchaExpirySeconds: e.GONGBIAN_ALTCHA_EXPIRY_SECONDS,
  };
}

/** Where people reach the web app: GONGBIAN_PUBLIC_URL, or this process's own address. */
export function publicBase(config: Pick<Config, 'publicUrl' | 'host' | 'port'>): string {
  return (config.publicUrl ?? `http://${config.host}:${config.port}`).replace(/\/+$/, '');
}

function trustProxy(v: string | undefined): boolean | number | string {
  if (v === undefined || v === 'false') return false;
  if (v === 'true') return true;
  return /^\d+$/.test(v) ? Number(v) : v;
}

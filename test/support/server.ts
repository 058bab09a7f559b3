import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { type App, type StartOptions, startApp } from '../../apps/server/src/app.js';
import { type Config, readConfig, repoRoot } from '../../apps/server/src/config.js';
import { seedProgramme } from '../../apps/server/src/demo/programme.js';
import { compareCursors } from '../../apps/server/src/realtime/cursor.js';
import { login } from './client.js';
import { createTestDatabase } from './db.js';
import { seedPlans } from './seed-plans.js';

export const PASSWORD = 'gongbian';

export interface TestServer {
  url: string;
  app: App;
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * A real server on a free loopback port, with a database of its own (or `databaseUrl`, to put
 * two servers on one database), serving the built web app.
 */
export async function startTestServer(
  options: {
    demo?: boolean;
    clock?: string;
    databaseUrl?: string;
    presenceTtlMs?: number;
    /** Any other setting; the rest take readConfig's defaults. */
    config?: Partial<Config>;
    /** Where the server's JSON log lines go (they are off unless config.logLevel says otherwise). */
    logDestination?: StartOptions['logDestination'];
  } = {},
): Promise<TestServer> {
  const db = options.databaseUrl ? null : await createTestDatabase();
  const databaseUrl = options.databaseUrl ?? (db as { url: string }).url;
  const config: Config = {
    // Quiet unless asked (GONGBIAN_LOG_LEVEL=debug pnpm test …): the JSON lines go straight to stdout.
    ...readConfig({ GONGBIAN_LOG_LEVEL: process.env.GONGBIAN_LOG_LEVEL ?? 'silent' }),
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    dataDir: path.join(repoRoot, '.data'),
    demo: options.demo ?? true,
    demoPassword: PASSWORD,
    clock: options.clock ?? '2020-11-16',
    publicUrl: undefined,
    webDist: path.join(repoRoot, 'apps/web/dist'),
    presenceTtlMs: options.presenceTtlMs ?? 15_000,
    nodeEnv: 'test',
    ...options.config,
  };
  const app = await startApp(config, { log: () => {}, logDestination: options.logDestination });
  return {
    url: app.url,
    app,
    databaseUrl,
    stop: async () => {
      await app.stop();
      await db?.drop();
    },
  };
}

/** The seed's people who sign in, by the name before the @ of their email. */
const ACCOUNTS = ['admin', 'working', 'leader', 'guicai', 'kexin', 'jiuyuan', 'expert', 'observer'] as const;
export type Account = (typeof ACCOUNTS)[number];
/** The seed's units that tests name (the seed has more: name one here before a test uses it). */
const UNIT_KEYS = ['bangongshi', 'guicai', 'kexin', 'jiuyuan', 'jianzai', 'fangxun', 'zhihui'] as const;
export type UnitKey = (typeof UNIT_KEYS)[number];

export interface Programme {
  programId: string;
  unitIds: Record<UnitKey, string>;
  personIds: Record<Account, string>;
  emailDomain: string;
  /** Signs in as one of the demo accounts of this programme (working, guicai, …); returns a token. */
  as(account: string): Promise<string>;
}

/** The seed's ids, checked once so a test can use `p.personIds.kexin` as a plain string. */
function named<K extends string>(ids: Record<string, string>, keys: readonly K[], what: string): Record<K, string> {
  const missing = keys.filter((k) => !ids[k]);
  if (missing.length) throw new Error(`the seed has no ${what} ${missing.join(', ')}`);
  return ids as Record<K, string>;
}

/**
 * A programme of its own for one test: the seed's programme, with accounts on a fresh domain.
 * `only: 'plans'` seeds its people, units and plans alone (seed-plans.ts): enough for drafts,
 * threads, meetings and reviews, and quicker than the topics, phases and milestones besides.
 */
export async function buildProgramme(server: TestServer, options: { only?: 'plans' } = {}): Promise<Programme> {
  const emailDomain = `${randomBytes(4).toString('hex')}.test`;
  const { ds, tailer } = server.app.services;
  const seeded = await ds.transaction((m) =>
    options.only === 'plans' ? seedPlans(m, PASSWORD, { emailDomain }) : seedProgramme(m, PASSWORD, { emailDomain }),
  );
  // The seed's own event is delivered before the test subscribes to anything: wait until the
  // tailer has passed it, rather than waking it once (a NOTIFY may be on its way).
  const [seed]: { position: string; id: string }[] = await ds.query(
    `SELECT c.position::text AS position, e.id::text AS id FROM event e JOIN event_commit c ON c.txid = e.txid
     WHERE e.program_id = $1 ORDER BY c.position DESC, e.id DESC LIMIT 1`,
    [seeded.programId],
  );
  const target = { position: BigInt(seed?.position ?? 0), id: BigInt(seed?.id ?? 0) };
  for (const until = Date.now() + 30_000; compareCursors(tailer.position, target) < 0; ) {
    if (Date.now() > until) throw new Error('the event tailer did not reach the seeded programme');
    await tailer.wake();
    await new Promise((r) => setTimeout(r, 20));
  }
  const tokens = new Map<string, string>();
  return {
    programId: seeded.programId,
    unitIds: named(seeded.unitIds, UNIT_KEYS, 'unit'),
    personIds: named(seeded.personIds, ACCOUNTS, 'account'),
    emailDomain,
    async as(account) {
      const cached = tokens.get(account);
      if (cached) return cached;
      const token = await login(server.url, `${account}@${emailDomain}`, PASSWORD);
      tokens.set(account, token);
      return token;
    },
  };
}

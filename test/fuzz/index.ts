/**
 * `pnpm fuzz`: the fuzz campaign at full size against a server in this process, with its own
 * embedded PostgreSQL (or a fresh database on DATABASE_URL's server), started and cleaned up by
 * the load benchmarks' harness (test/load/support.ts). Prints the figures and exits non-zero on
 * any 5xx, INTERNAL, crash or hang.
 *
 * Env (or argv: `pnpm fuzz 2000`): FUZZ_RUNS=10000, FUZZ_SEED, FUZZ_KIND=mixed|http|ws,
 * FUZZ_PATH=<path> (replay one case from a report, and shrink it), FUZZ_SHRINK_SECONDS=20 (per
 * distinct failure; 0 skips shrinking), FUZZ_SHRINK_TOTAL_SECONDS=300, FUZZ_DEADLINE_MS.
 */
import { benchEntry, Harness, intFromEnv, now, openBenchDatabase, startBenchApp } from '../load/support.js';
import { DEFAULT_SEED, failed, formatReport, runCampaign } from './campaign.js';
import { FUZZ_SETTINGS, seedFromEnv } from './settings.js';
import { prepareTarget } from './target.js';

const OTHER_DOMAIN = 'other.test';

async function main(): Promise<number> {
  const argRuns = Number(process.argv[2]);
  const runs = Number.isInteger(argRuns) && argRuns > 0 ? argRuns : intFromEnv('FUZZ_RUNS', 10_000, 1);
  const seed = seedFromEnv(DEFAULT_SEED);
  const kind = (['mixed', 'http', 'ws'] as const).find((k) => k === (process.env.FUZZ_KIND || 'mixed'));
  if (!kind) {
    console.error(`FUZZ_KIND=${process.env.FUZZ_KIND}: expected mixed, http or ws`);
    return 2;
  }
  const path = process.env.FUZZ_PATH || undefined;
  const shrinkMs = intFromEnv('FUZZ_SHRINK_SECONDS', 20, 0) * 1000;
  const shrinkTotalMs = intFromEnv('FUZZ_SHRINK_TOTAL_SECONDS', 300, 0) * 1000;
  const deadlineMs = intFromEnv('FUZZ_DEADLINE_MS', 600_000 + runs * 300 + shrinkTotalMs, 60_000);

  // Uncaught errors during the campaign are its crashes (counted, and the run goes on); outside
  // it they end the run, after cleaning up.
  const harness = new Harness(deadlineMs, 'fuzz', { exitOnUncaught: false });
  let inCampaign = false;
  for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
    process.on(event, (err: unknown) => {
      if (inCampaign) return;
      console.error(`fuzz: ${event}:`, err instanceof Error ? (err.stack ?? err.message) : err);
      void harness.cleanup().finally(() => process.exit(1));
    });
  }
  const started = now();
  const log = (line: string) => console.log(`[${((now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);
  try {
    const db = await openBenchDatabase(harness, log);
    const app = await startBenchApp(harness, db, FUZZ_SETTINGS);
    // A second programme, so roles of one try the ids of the other.
    const { seedProgramme } = await import('../../apps/server/src/demo/programme.js');
    await app.services.ds.transaction((m) => seedProgramme(m, 'gongbian', { emailDomain: OTHER_DOMAIN }));
    const target = await prepareTarget(app.url, { main: 'gongbian.test', other: OTHER_DOMAIN }, 'gongbian');
    log(
      `server at ${app.url}; ${target.tokens.size} roles signed in${target.missingRoles.length ? ` (not: ${target.missingRoles.join(', ')})` : ''}, ${target.ids.length} ids, ${target.cursors.length} cursors${target.canPoke ? '' : '; no thread to reply to, so no events for subscribers'}`,
    );
    log(`fuzzing: ${path ? `replaying path ${path}` : `${runs} cases`}, seed ${seed}, ${kind}`);
    inCampaign = true;
    const report = await runCampaign(target, {
      runs,
      seed,
      kind,
      path,
      shrinkMsPerFailure: shrinkMs,
      shrinkMsTotal: shrinkTotalMs,
      progress: log,
    });
    inCampaign = false;
    console.log(`\n${formatReport(report, `FUZZ_SEED=${seed} FUZZ_KIND=${kind} FUZZ_PATH=<path> pnpm fuzz`)}`);
    return failed(report) || report.aborted ? 1 : 0;
  } catch (err) {
    console.error('fuzz:', err instanceof Error ? (err.stack ?? err.message) : err);
    return 1;
  } finally {
    inCampaign = false;
    harness.stopWatchdog();
    await harness.cleanup();
  }
}

await benchEntry(import.meta.url, main);

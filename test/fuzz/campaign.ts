/**
 * A fuzz campaign: fast-check draws `runs` cases from a fixed seed and each is sent to the server;
 * every outcome is counted (the property never fails, so all cases run). Then each distinct
 * failure is replayed from its fast-check path and shrunk against the live server to a minimal
 * reproduction. Shared by fuzz.test.ts (a bounded sample) and index.ts (`pnpm fuzz`).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import fc from 'fast-check';
import { type FuzzCase, fuzzCase } from './cases.js';
import {
  describeCase,
  type Failure,
  type FailureKind,
  type FuzzTarget,
  HANG_MS,
  normalise,
  type Observation,
  runCase,
  ServerLog,
  sendHttp,
} from './run.js';

export const DEFAULT_SEED = 20201116;

export interface CampaignOptions {
  runs: number;
  seed: number;
  kind: 'http' | 'ws' | 'mixed';
  /** Replay from this fast-check path (a failure's "index" or "index:shrink:steps"). */
  path?: string;
  /** Time to shrink each distinct failure; 0 skips shrinking. */
  shrinkMsPerFailure: number;
  /** Time to shrink all failures together. */
  shrinkMsTotal: number;
  /** Told of progress now and then. */
  progress?: (line: string) => void;
}

export interface FailureClass {
  kind: FailureKind;
  signature: string;
  cases: number;
  firstIndex: number;
  where: Set<string>;
  example: { description: string; detail: string };
  minimal?: { description: string; detail: string; path: string } | { notReproduced: true };
}

export interface Report {
  seed: number;
  kind: CampaignOptions['kind'];
  executed: number;
  httpCases: number;
  wsCases: number;
  durationMs: number;
  counts: Record<FailureKind, number>;
  labels: Map<string, number>;
  codes: Map<string, number>;
  maxLoopDelayMs: number;
  maxLoopDelayCase: string;
  slowestMs: number;
  slowestCase: string;
  rssBeforeMb: number;
  rssAfterMb: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  classes: FailureClass[];
  aborted: string | null;
}

/** A full collection, so RSS before and after compare live memory rather than garbage. */
function collectGarbage(): void {
  try {
    v8.setFlagsFromString('--expose-gc');
    (vm.runInNewContext('gc') as () => void)();
  } catch {
    // Without gc the figures are only noisier.
  }
}

const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
const heapMb = () => Math.round(process.memoryUsage().heapUsed / 1024 / 1024);

/** Runs one case and adds the process-level verdicts: an uncaught error, or /healthz not answering. */
class Referee {
  private readonly uncaught: string[] = [];
  private readonly onUncaught = (err: unknown) => {
    this.uncaught.push(err instanceof Error ? (err.stack ?? err.message) : String(err));
  };
  readonly log = new ServerLog();
  dead = false;

  constructor(private readonly target: FuzzTarget) {}

  start(): void {
    process.on('uncaughtException', this.onUncaught);
    process.on('unhandledRejection', this.onUncaught);
    this.log.start();
  }

  stop(): void {
    process.off('uncaughtException', this.onUncaught);
    process.off('unhandledRejection', this.onUncaught);
    this.log.stop();
  }

  async run(c: FuzzCase): Promise<Observation> {
    let o: Observation;
    try {
      o = await runCase(this.target, c, this.log);
    } catch (err) {
      o = { label: `harness error: ${normalise(String(err))}`, codes: [], ms: 0, failures: [] };
    }
    // Errors thrown outside any request still surface on the next tick or two.
    await new Promise((r) => setImmediate(r));
    for (const e of this.uncaught.splice(0)) {
      o.failures.push({
        kind: 'crash',
        signature: `crash ${normalise(e)}`,
        detail: `uncaught in the server process: ${e.slice(0, 600)}`,
      });
    }
    if (!(await this.healthy())) {
      o.failures.push({
        kind: 'crash',
        signature: 'crash /healthz stopped answering',
        detail: '/healthz did not answer 200 within 5 s',
      });
      // Give it 10 s more to come back before calling the server dead.
      for (let i = 0; i < 5 && !this.dead; i++) {
        if (await this.healthy()) break;
        if (i === 4) this.dead = true;
      }
    }
    return o;
  }

  private async healthy(): Promise<boolean> {
    const r = await sendHttp(
      this.target.url,
      { method: 'GET', path: '/healthz', headers: {}, body: null, op: null },
      HANG_MS,
    );
    return 'status' in r && r.status === 200;
  }
}

function inc(m: Map<string, number>, k: string, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

export async function runCampaign(target: FuzzTarget, options: CampaignOptions): Promise<Report> {
  const arb = fuzzCase(options.kind);
  const referee = new Referee(target);
  const h = monitorEventLoopDelay({ resolution: 10 });
  collectGarbage();
  const rssBeforeMb = rssMb();
  const heapBeforeMb = heapMb();
  const report: Report = {
    seed: options.seed,
    kind: options.kind,
    executed: 0,
    httpCases: 0,
    wsCases: 0,
    durationMs: 0,
    counts: { '5xx': 0, INTERNAL: 0, crash: 0, hang: 0 },
    labels: new Map(),
    codes: new Map(),
    maxLoopDelayMs: 0,
    maxLoopDelayCase: '',
    slowestMs: 0,
    slowestCase: '',
    rssBeforeMb,
    rssAfterMb: rssBeforeMb,
    heapBeforeMb,
    heapAfterMb: heapBeforeMb,
    classes: [],
    aborted: null,
  };
  const classes = new Map<string, FailureClass>();
  const started = performance.now();
  const firstIndex = options.path ? Number(options.path.split(':')[0]) : 0;
  let index = firstIndex;
  referee.start();
  h.enable();
  try {
    await fc.check(
      fc.asyncProperty(arb, async (c) => {
        const i = index++;
        if (referee.dead) return true;
        h.reset();
        const o = await referee.run(c);
        const delay = h.max / 1e6;
        report.executed++;
        if (c.kind === 'http') report.httpCases++;
        else report.wsCases++;
        if (delay > report.maxLoopDelayMs) {
          report.maxLoopDelayMs = delay;
          report.maxLoopDelayCase = `#${i}, ${o.label}`;
        }
        if (o.ms > report.slowestMs) {
          report.slowestMs = o.ms;
          report.slowestCase = `#${i}, ${o.label}`;
        }
        inc(report.labels, o.label);
        for (const code of new Set(o.codes)) inc(report.codes, code);
        for (const kind of new Set(o.failures.map((f) => f.kind))) report.counts[kind]++;
        for (const f of o.failures) {
          let cls = classes.get(f.signature);
          if (!cls) {
            cls = {
              kind: f.kind,
              signature: f.signature,
              cases: 0,
              firstIndex: i,
              where: new Set(),
              example: { description: describeCase(target, c), detail: f.detail },
            };
            classes.set(f.signature, cls);
          }
          if (!cls.where.size || cls.where.size < 12) if (f.where) cls.where.add(f.where);
          // One case can hit one bug many times (many aliases): count it once.
          if (o.failures.find((x) => x.signature === f.signature) === f) cls.cases++;
        }
        if (report.executed % 500 === 0)
          options.progress?.(
            `${report.executed} cases, ${((performance.now() - started) / 1000).toFixed(0)} s; 5xx ${report.counts['5xx']}, INTERNAL ${report.counts.INTERNAL}, crashes ${report.counts.crash}, hangs ${report.counts.hang}`,
          );
        return true;
      }),
      { seed: options.seed, numRuns: options.path ? 1 : options.runs, path: options.path, endOnFailure: true },
    );
    if (referee.dead) report.aborted = 'the server stopped answering /healthz; the remaining cases were skipped';
    h.disable();
    report.durationMs = performance.now() - started;
    report.classes = [...classes.values()];
    await shrinkAll(target, referee, arb, report, options);
  } finally {
    h.disable();
    referee.stop();
  }
  collectGarbage();
  report.rssAfterMb = rssMb();
  report.heapAfterMb = heapMb();
  return report;
}

/** Replays each failure class from its first case and shrinks it against the live server. */
async function shrinkAll(
  target: FuzzTarget,
  referee: Referee,
  arb: fc.Arbitrary<FuzzCase>,
  report: Report,
  options: CampaignOptions,
): Promise<void> {
  if (options.shrinkMsPerFailure <= 0 || referee.dead) return;
  const allUntil = performance.now() + options.shrinkMsTotal;
  // Crashes and hangs first, then 5xx, then INTERNAL: the worse the failure, the surer its reproduction.
  const order: FailureKind[] = ['crash', 'hang', '5xx', 'INTERNAL'];
  const classes = [...report.classes].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  for (const cls of classes) {
    if (performance.now() > allUntil || referee.dead) break;
    const until = Math.min(allUntil, performance.now() + options.shrinkMsPerFailure);
    let last: { c: FuzzCase; f: Failure } | null = null;
    const details = await fc.check(
      fc.asyncProperty(arb, async (c) => {
        // Past the budget every candidate "passes", which ends the shrink at the smallest so far.
        if (performance.now() > until || referee.dead) return true;
        const o = await referee.run(c);
        const f = o.failures.find((x) => x.signature === cls.signature);
        if (f) last = { c, f };
        return !f;
      }),
      { seed: report.seed, path: String(cls.firstIndex), numRuns: 1, endOnFailure: false },
    );
    const found = last as { c: FuzzCase; f: Failure } | null;
    if (details.failed && found && details.counterexamplePath) {
      cls.minimal = {
        description: describeCase(target, found.c),
        detail: found.f.detail,
        path: details.counterexamplePath,
      };
    } else {
      cls.minimal = { notReproduced: true };
    }
  }
}

// ---- the printed report -----------------------------------------------------------------------------
const sorted = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

/** The four figures the campaign is judged on; any non-zero one fails it. */
export function failed(report: Report): boolean {
  return report.counts['5xx'] + report.counts.INTERNAL + report.counts.crash + report.counts.hang > 0;
}

export function formatReport(report: Report, replay: string): string {
  const lines = [
    `seed ${report.seed}`,
    `cases ${report.executed} (${report.httpCases} HTTP, ${report.wsCases} WebSocket) in ${(report.durationMs / 1000).toFixed(0)} s`,
    `5xx ${report.counts['5xx']}`,
    `INTERNAL ${report.counts.INTERNAL}`,
    `crashes ${report.counts.crash}`,
    `hangs over 5 s ${report.counts.hang}`,
    `largest event-loop delay ${Math.round(report.maxLoopDelayMs)} ms (case ${report.maxLoopDelayCase || '—'})`,
    `RSS before ${report.rssBeforeMb} MB, after ${report.rssAfterMb} MB`,
    `heap used before ${report.heapBeforeMb} MB, after ${report.heapAfterMb} MB (after a full collection)`,
    `slowest case ${Math.round(report.slowestMs)} ms (${report.slowestCase || '—'})`,
    `outcomes: ${sorted(report.labels)}`,
    `error codes (cases with each): ${sorted(report.codes) || 'none'}`,
  ];
  if (report.aborted) lines.push(`ABORTED: ${report.aborted}`);
  if (report.classes.length) {
    lines.push('', `${report.classes.length} distinct failure(s):`);
    for (const cls of report.classes) {
      lines.push(
        '',
        `[${cls.kind}] ${cls.signature}`,
        `  ${cls.cases} case(s), first #${cls.firstIndex}${cls.where.size ? `; at ${[...cls.where].join(' · ')}` : ''}`,
      );
      if (cls.minimal && 'path' in cls.minimal) {
        lines.push(`  minimal reproduction (replay: ${replay.replace('<path>', cls.minimal.path)}):`);
        lines.push(...cls.minimal.description.split('\n').map((l) => `    ${l}`));
        lines.push(`    → ${cls.minimal.detail}`);
      } else {
        if (cls.minimal) lines.push('  (did not fail again when replayed alone: it depends on earlier cases)');
        lines.push(`  first case (replay: ${replay.replace('<path>', String(cls.firstIndex))}):`);
        lines.push(...cls.example.description.split('\n').map((l) => `    ${l}`));
        lines.push(`    → ${cls.example.detail}`);
      }
    }
  }
  return lines.join('\n');
}

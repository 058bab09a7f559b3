import fs from 'node:fs/promises';
import path from 'node:path';
import { commandLine, isAlive, sleep } from './process-info.js';

/** Waits up to `ms` for `pid` to end; true when it has. */
async function ended(pid: number, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 100) {
    if (!(await isAlive(pid))) return true;
    await sleep(100);
  }
  return !(await isAlive(pid));
}

/**
 * The PostgreSQL processes still working in `pgData`: the postgres binary, with the folder as
 * working directory (the postmaster moves there, its children inherit it). Read from /proc, so
 * empty elsewhere; there a start over old backends fails and is retried later.
 */
export async function postgresProcessesIn(pgData: string): Promise<number[]> {
  const folder = await fs.realpath(pgData).catch(() => path.resolve(pgData));
  const entries = await fs.readdir('/proc').catch(() => [] as string[]);
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const [cwd, exe] = await Promise.all([
      fs.readlink(`/proc/${entry}/cwd`).catch(() => null),
      fs.readlink(`/proc/${entry}/exe`).catch(() => null),
    ]);
    if (cwd === folder && exe !== null && path.basename(exe) === 'postgres') found.push(Number(entry));
  }
  return found;
}

/**
 * Ends the backends of a postmaster that died without stopping them (kill -9, the OOM killer).
 * PostgreSQL refuses to start while any of them holds the old shared memory. They leave by
 * themselves at once when idle, but one busy with a statement only notices when it next waits: it
 * gets `politeMs` (it may be finishing a commit), then SIGQUIT (exit at once), then SIGKILL.
 * Call it only once the postmaster is gone. Returns how many there were.
 */
export async function endOrphanedBackends(pgData: string, politeMs = 2000): Promise<number> {
  const orphans = await postgresProcessesIn(pgData);
  const steps: [NodeJS.Signals | null, number][] = [
    [null, politeMs],
    ['SIGQUIT', 2000],
    ['SIGKILL', 2000],
  ];
  let left = orphans;
  for (const [name, ms] of steps) {
    if (!left.length) break;
    if (name) for (const pid of left) signal(pid, name);
    await Promise.all(left.map((pid) => ended(pid, ms)));
    left = (await Promise.all(left.map(async (pid) => ((await isAlive(pid)) ? pid : null)))).filter(
      (pid): pid is number => pid !== null,
    );
  }
  if (left.length) {
    throw new Error(
      `PostgreSQL processes (pids ${left.join(', ')}) of ${pgData} outlived their postmaster; stop them by hand.`,
    );
  }
  return orphans.length;
}

function signal(pid: number, name: NodeJS.Signals) {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/**
 * Clears what a server that died (crash, kill -9) left of its PostgreSQL in `pgData`. Call it
 * only while holding the data folder's lock, so no live server is using that PostgreSQL.
 *
 * - A postmaster still running on this folder, orphaned, is stopped: fast shutdown (SIGINT), then
 *   immediate (SIGQUIT), then SIGKILL as a last resort. It is not reused: we would not know its
 *   port or settings, and it runs without anyone watching it.
 * - A postmaster.pid whose process is gone, or is some other program that got the same pid, is
 *   removed. PostgreSQL would refuse to start over the second kind.
 * - The postmaster.pid of a running postgres of this folder is never removed by hand, nor that of
 *   a process whose command line cannot be read.
 *
 * - Backends a killed postmaster left running are ended (see endOrphanedBackends).
 *
 * Returns the pid of the postmaster it stopped, if any.
 */
export async function clearStalePostmaster(pgData: string): Promise<number | null> {
  const stopped = await stopStalePostmaster(pgData);
  // Its backends, if it was killed (by us as a last resort, or by someone with -9).
  await endOrphanedBackends(pgData);
  return stopped;
}

async function stopStalePostmaster(pgData: string): Promise<number | null> {
  const pidFile = path.join(pgData, 'postmaster.pid');
  const text = await fs.readFile(pidFile, 'utf8').catch(() => null);
  if (text === null) return null;
  const pid = Number.parseInt(text.split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !(await isAlive(pid))) {
    await fs.rm(pidFile, { force: true });
    return null;
  }
  const command = await commandLine(pid);
  // Unknown (no /proc, no ps): left alone, and PostgreSQL's own check of the file decides.
  if (command === null) return null;
  if (!/postgres/.test(command) || !command.includes(pgData)) {
    await fs.rm(pidFile, { force: true });
    return null;
  }
  signal(pid, 'SIGINT');
  if (!(await ended(pid, 20_000))) {
    signal(pid, 'SIGQUIT');
    if (!(await ended(pid, 5_000))) {
      signal(pid, 'SIGKILL');
      if (!(await ended(pid, 5_000))) {
        throw new Error(`Could not stop the PostgreSQL (pid ${pid}) left running on ${pgData}; stop it by hand.`);
      }
    }
  }
  // After a clean stop PostgreSQL removes the file itself; after SIGKILL it stays, stale.
  await fs.rm(pidFile, { force: true });
  return pid;
}

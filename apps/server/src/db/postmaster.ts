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
 * Returns the pid of the postmaster it stopped, if any.
 */
export async function clearStalePostmaster(pgData: string): Promise<number | null> {
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

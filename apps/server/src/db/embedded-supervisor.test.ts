import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { type Postmaster, PostmasterSupervisor, type SupervisorLog } from './embedded-supervisor.js';

// The real thing (a kill -9 of PostgreSQL) is test/multi/embedded-restart.test.ts; these pin the
// supervisor's rules with a stand-in postmaster, in milliseconds.

let pids = 100;

class FakeChild extends EventEmitter {
  readonly pid = pids++;
  exitCode: number | null = null;
  signalCode: NodeJS.Signals | null = null;
  die(signal: NodeJS.Signals = 'SIGKILL') {
    this.signalCode = signal;
    this.emit('exit', null, signal);
  }
}

/** A postmaster whose starts fail `failures` times first, and which counts starts running at once. */
class FakePostmaster implements Postmaster<FakeChild> {
  running: FakeChild | null = new FakeChild();
  starts = 0;
  concurrent = 0;
  maxConcurrent = 0;
  stops = 0;
  failures = 0;
  /** Resolves the start in progress, when startsHang is set. */
  release: (() => void) | null = null;
  startsHang = false;

  async start(): Promise<FakeChild> {
    this.starts++;
    this.concurrent++;
    this.maxConcurrent = Math.max(this.maxConcurrent, this.concurrent);
    try {
      if (this.startsHang) await new Promise<void>((resolve) => (this.release = resolve));
      else await new Promise((resolve) => setTimeout(resolve, 5));
      if (this.failures > 0) {
        this.failures--;
        throw new Error('pre-existing shared memory block is still in use');
      }
      this.running = new FakeChild();
      return this.running;
    } finally {
      this.concurrent--;
    }
  }

  async stop(): Promise<void> {
    this.stops++;
    const child = this.running;
    this.running = null;
    if (child && child.exitCode === null && child.signalCode === null) {
      child.exitCode = 0;
      child.emit('exit', 0, null);
    }
  }
}

function recorder() {
  const lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  const log: SupervisorLog = {
    info: (fields, message) => lines.push({ level: 'info', fields, message }),
    warn: (fields, message) => lines.push({ level: 'warn', fields, message }),
  };
  const delays = () => lines.filter((l) => 'delayMs' in l.fields).map((l) => l.fields.delayMs);
  return { lines, log, delays };
}

function supervise(postmaster: FakePostmaster, stableMs = 60_000) {
  const { lines, log, delays } = recorder();
  const first = postmaster.running as FakeChild;
  const supervisor = new PostmasterSupervisor(postmaster, first, { log, minDelayMs: 10, maxDelayMs: 40, stableMs });
  return { supervisor, lines, delays };
}

describe('PostmasterSupervisor', () => {
  it('restarts a postmaster that died, saying so while it restarts and in the log', async () => {
    const postmaster = new FakePostmaster();
    const { supervisor, lines } = supervise(postmaster);
    const first = postmaster.running as FakeChild;
    expect(supervisor.status()).toEqual({ state: 'up', restarts: 0, downSince: null });

    first.die();
    expect(supervisor.status().state).toBe('restarting');
    expect(supervisor.status().downSince).toBeInstanceOf(Date);
    await supervisor.settled();

    expect(supervisor.status()).toEqual({ state: 'up', restarts: 1, downSince: null });
    expect(postmaster.running).not.toBe(first);
    expect(lines[0]).toMatchObject({ level: 'warn', fields: { postmasterPid: first.pid, signal: 'SIGKILL' } });
    expect(lines.at(-1)).toMatchObject({
      level: 'info',
      fields: { postmasterPid: postmaster.running?.pid, restarts: 1 },
    });
    expect(lines.at(-1)?.message).toMatch(/up again after \d+ ms/);
    await supervisor.stop();
  });

  it('waits twice as long after each death or failed start, up to the ceiling, one start at a time', async () => {
    const postmaster = new FakePostmaster();
    const { supervisor, delays } = supervise(postmaster);
    postmaster.failures = 3;
    (postmaster.running as FakeChild).die();
    await supervisor.settled();
    // Three failed starts, then one that stays up.
    expect(delays()).toEqual([10, 20, 40, 40]);
    expect(postmaster.starts).toBe(4);

    (postmaster.running as FakeChild).die();
    await supervisor.settled();
    (postmaster.running as FakeChild).die();
    await supervisor.settled();
    expect(delays().slice(4)).toEqual([40, 40]);
    expect(postmaster.maxConcurrent).toBe(1);
    expect(supervisor.status()).toMatchObject({ state: 'up', restarts: 3 });
    await supervisor.stop();
  });

  it('starts from the shortest wait again once the postmaster has stayed up', async () => {
    const postmaster = new FakePostmaster();
    const { supervisor, delays } = supervise(postmaster, 50);
    (postmaster.running as FakeChild).die();
    await supervisor.settled();
    (postmaster.running as FakeChild).die();
    await supervisor.settled();
    await new Promise((resolve) => setTimeout(resolve, 80));
    (postmaster.running as FakeChild).die();
    await supervisor.settled();
    expect(delays()).toEqual([10, 20, 10]);
    await supervisor.stop();
  });

  it('does not restart a postmaster it was asked to stop', async () => {
    const postmaster = new FakePostmaster();
    const { supervisor, lines } = supervise(postmaster);
    await supervisor.stop();
    expect(postmaster.stops).toBe(1);
    expect(postmaster.starts).toBe(0);
    expect(supervisor.status().state).toBe('stopped');
    expect(lines).toEqual([]);
  });

  it('gives up a pending restart when stopped during its wait', async () => {
    const postmaster = new FakePostmaster();
    const { supervisor, lines } = supervise(postmaster);
    postmaster.failures = 100;
    (postmaster.running as FakeChild).die();
    // In the first wait: stop() must not sit out the back-off, nor start anything after it.
    await supervisor.stop();
    expect(supervisor.status().state).toBe('stopped');
    expect(postmaster.starts).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(postmaster.starts).toBe(0);
    expect(lines.map((l) => l.level)).toEqual(['warn', 'info']);
  });

  it('stops what a restart in progress brings up when stopped meanwhile', async () => {
    const postmaster = new FakePostmaster();
    const { supervisor } = supervise(postmaster);
    postmaster.startsHang = true;
    (postmaster.running as FakeChild).die();
    while (!postmaster.release) await new Promise((resolve) => setTimeout(resolve, 5));
    const stopped = supervisor.stop();
    const started = postmaster.release;
    started();
    await stopped;
    expect(postmaster.starts).toBe(1);
    expect(postmaster.running).toBeNull();
    expect(supervisor.status()).toMatchObject({ state: 'stopped', restarts: 0 });
  });
});

/** What the supervisor needs of a running postmaster: to hear it end. */
export interface Exitable {
  readonly pid?: number;
  readonly exitCode: number | null;
  readonly signalCode: NodeJS.Signals | null;
  once(event: 'exit', listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown;
}

/** The embedded PostgreSQL as the supervisor drives it (see startEmbeddedPostgres). */
export interface Postmaster<P extends Exitable = Exitable> {
  /** Clears what a dead postmaster left (backends still running, its pid file), then starts it; resolves once it accepts connections. */
  start(): Promise<P>;
  /** Stops it if it runs. */
  stop(): Promise<void>;
}

/** Structured like pino's methods, so the server's logger fits as it is. */
export interface SupervisorLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export type DatabaseState = 'up' | 'restarting' | 'stopped';

export interface DatabaseStatus {
  state: DatabaseState;
  /** Restarts since this server started. */
  restarts: number;
  /** When the postmaster last died, while it is being restarted. */
  downSince: Date | null;
}

export interface SupervisorOptions {
  log: SupervisorLog;
  /** First wait before a restart; doubled after each death or failed start, up to maxDelayMs. */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** A postmaster up this long is trusted again: its next death waits minDelayMs. */
  stableMs?: number;
}

/**
 * Keeps the embedded PostgreSQL running: when its postmaster exits without being asked to, it is
 * started again on the same folder and port, after a back-off. Without this the server stays up
 * with every write failing until someone restarts it by hand. One restart at a time; stop() ends
 * a pending wait and stops whatever a restart in progress brings up.
 */
export class PostmasterSupervisor<P extends Exitable = Exitable> {
  private current: P;
  private state: DatabaseState = 'up';
  private restarts = 0;
  private downSince: Date | null = null;
  private upSince = Date.now();
  /** Consecutive deaths and failed starts since the postmaster last stayed up. */
  private failures = 0;
  private restarting: Promise<void> | null = null;
  private stopping: Promise<void> | null = null;
  private endWait: (() => void) | null = null;
  private readonly minDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly stableMs: number;

  constructor(
    private readonly postmaster: Postmaster<P>,
    running: P,
    private readonly options: SupervisorOptions,
  ) {
    this.minDelayMs = options.minDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
    this.stableMs = options.stableMs ?? 60_000;
    this.current = running;
    this.watch(running);
  }

  status(): DatabaseStatus {
    return { state: this.state, restarts: this.restarts, downSince: this.downSince };
  }

  /** Resolves once a restart in progress has ended, up or given up (for tests and stop). */
  settled(): Promise<void> {
    return this.restarting ?? Promise.resolve();
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.state = 'stopped';
      this.endWait?.();
      await this.restarting;
      await this.postmaster.stop();
    })();
    return this.stopping;
  }

  private watch(child: P): void {
    child.once('exit', (code, signal) => this.died(child, code, signal));
    // It may have ended before the listener was on (between 'ready' and here).
    if (child.exitCode !== null || child.signalCode !== null) this.died(child, child.exitCode, child.signalCode);
  }

  private died(child: P, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.state !== 'up' || child !== this.current) return;
    const upForMs = Date.now() - this.upSince;
    if (upForMs >= this.stableMs) this.failures = 0;
    this.state = 'restarting';
    this.downSince = new Date();
    this.options.log.warn(
      { postmasterPid: child.pid, code, signal, upForMs },
      'The embedded PostgreSQL exited unexpectedly; restarting it.',
    );
    this.restarting = this.restart().finally(() => {
      this.restarting = null;
    });
  }

  private async restart(): Promise<void> {
    while (this.state === 'restarting') {
      const delayMs = Math.min(this.minDelayMs * 2 ** this.failures, this.maxDelayMs);
      this.failures++;
      this.options.log.info(
        { delayMs, attempt: this.failures },
        `Restarting the embedded PostgreSQL in ${delayMs} ms.`,
      );
      await this.wait(delayMs);
      if (this.state !== 'restarting') return;
      let child: P;
      try {
        child = await this.postmaster.start();
      } catch (err) {
        this.options.log.warn(
          { err, attempt: this.failures },
          `The embedded PostgreSQL did not start again: ${err instanceof Error ? err.message : String(err)}`,
        );
        continue;
      }
      // Stopped while it was starting: stop() stops it once this returns.
      if (this.state !== 'restarting') return;
      const downForMs = Date.now() - (this.downSince?.getTime() ?? Date.now());
      this.current = child;
      this.state = 'up';
      this.upSince = Date.now();
      this.downSince = null;
      this.restarts++;
      this.options.log.info(
        { postmasterPid: child.pid, downForMs, restarts: this.restarts },
        `The embedded PostgreSQL is up again after ${downForMs} ms.`,
      );
      this.watch(child);
    }
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.endWait = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.endWait = done;
    });
  }
}

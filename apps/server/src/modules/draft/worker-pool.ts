import { type Transferable, Worker } from 'node:worker_threads';

/**
 * Why a job did not come back: the worker never loaded its code (NOT_STARTED: ours to fix), it
 * died or ran out of memory while working (CRASHED), or it was stopped at the job's time limit
 * (TIMED_OUT). The caller decides what each means for its own input.
 */
export class WorkerFailure extends Error {
  constructor(
    readonly reason: 'NOT_STARTED' | 'CRASHED' | 'TIMED_OUT',
    options?: { cause?: unknown },
  ) {
    super(`worker ${reason.toLowerCase().replace('_', ' ')}`, options);
    this.name = 'WorkerFailure';
  }
}

export interface WorkerPoolOptions {
  /** At most this many jobs run at once; more wait their turn. */
  size: number;
  /** Each worker's V8 heap; running out stops that worker alone, never the server. */
  memoryMb: number;
  /** A worker idle this long is stopped (starting one costs a few hundred ms under tsx). */
  idleMs: number;
  /** Once warm() is called, this many workers are kept started whether or not they have work. */
  keepWarm?: number;
  /** A job each worker warm() starts runs first, before any real one (e.g. to compile its code). */
  warmUp?: Record<string, unknown>;
}

/** A warm-up that takes longer than this has gone wrong: the pool stops keeping workers warm. */
const WARM_UP_TIMEOUT_MS = 60_000;

interface Slot {
  worker: Worker;
  /** Whether it has loaded its code: an error before that is ours, not the input's. */
  started: boolean;
  busy: boolean;
  /** Running the pool's warm-up job: a job waits for it rather than start a cold worker beside it. */
  warming?: boolean;
  idle?: NodeJS.Timeout;
}

/**
 * CPU-heavy work in worker threads, so the server's own thread keeps answering. The worker at
 * `entry` posts `{ ready: true }` once its code is loaded, then answers each `{ id, ...job }`
 * with one `{ id, ...reply }`. Workers are started on demand and kept warm for `idleMs`; one
 * that fails or overruns a time limit is stopped and replaced by the next job.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: (() => void)[] = [];
  private nextId = 1;
  private warmWanted = false;

  constructor(
    private readonly entry: URL,
    private readonly options: WorkerPoolOptions,
  ) {}

  /** Runs one job; its reply without the id. `transfer` moves buffers instead of copying them. */
  async run<R>(
    job: Record<string, unknown>,
    options: { timeoutMs?: number; transfer?: readonly Transferable[] } = {},
  ): Promise<R> {
    const slot = await this.acquire();
    try {
      return await this.exchange<R>(slot, job, options);
    } finally {
      this.release(slot);
    }
  }

  /**
   * Starts workers up to `keepWarm` now and keeps them (a replaced worker's successor too), so the
   * next job finds its worker loaded: what a person importing a file would otherwise wait for.
   */
  warm(): void {
    this.warmWanted = true;
    this.refill();
  }

  private refill(): void {
    if (!this.warmWanted) return;
    const wanted = Math.min(this.options.keepWarm ?? 0, this.options.size);
    while (this.slots.length < wanted) {
      const slot = this.spawn();
      const { warmUp } = this.options;
      if (!warmUp) {
        slot.worker.unref();
        continue;
      }
      slot.busy = true;
      slot.warming = true;
      void this.exchange(slot, warmUp, { timeoutMs: WARM_UP_TIMEOUT_MS })
        .catch(() => {
          // Jobs still run, on workers started for them as before; just none is kept warm.
          this.warmWanted = false;
        })
        .finally(() => {
          slot.warming = false;
          this.release(slot);
          // Jobs that waited for it: one takes it, the others may now start workers of their own.
          for (const wake of this.waiting.splice(0)) wake();
        });
    }
  }

  private async acquire(): Promise<Slot> {
    for (;;) {
      const free = this.slots.find((s) => !s.busy);
      if (free) {
        free.busy = true;
        clearTimeout(free.idle);
        free.worker.ref();
        return free;
      }
      // A worker warming up is ready sooner than a new one would be, and the two would share the CPU.
      if (this.slots.length < this.options.size && !this.slots.some((s) => s.warming)) {
        const slot = this.spawn();
        slot.busy = true;
        return slot;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private release(slot: Slot): void {
    slot.busy = false;
    if (this.slots.includes(slot)) {
      slot.worker.unref();
      slot.idle = setTimeout(() => this.retire(slot), this.options.idleMs).unref();
    }
    this.waiting.shift()?.();
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry, { resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb } });
    const slot: Slot = { worker, started: false, busy: false };
    worker.on('message', (m: { ready?: boolean }) => {
      if (m.ready) slot.started = true;
    });
    // A job's own listener reports an error to that job; one while idle (a worker kept warm that
    // failed to load) only ends the worker, which 'exit' then takes out of the pool.
    worker.on('error', () => {});
    worker.once('exit', () => {
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots.splice(at, 1);
    });
    this.slots.push(slot);
    return slot;
  }

  /** An idle worker goes, unless it is one of those kept warm. */
  private retire(slot: Slot): void {
    if (this.warmWanted && this.slots.length <= (this.options.keepWarm ?? 0)) return;
    this.discard(slot);
  }

  private discard(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    void slot.worker.terminate();
    // A worker stopped for its job's sake (a crash, a time limit) is replaced once that job is over;
    // one that never loaded its code is not (its successor would fail the same way).
    if (this.warmWanted && slot.started) setImmediate(() => this.refill());
  }

  private async exchange<R>(
    slot: Slot,
    job: Record<string, unknown>,
    options: { timeoutMs?: number; transfer?: readonly Transferable[] },
  ): Promise<R> {
    const { worker } = slot;
    const id = this.nextId++;
    // The clock includes a new worker's start-up (a few hundred ms), well inside any sane limit.
    let timer: NodeJS.Timeout | undefined;
    const reply = new Promise<R>((resolve, reject) => {
      const onMessage = (m: { id?: number }) => {
        if (m.id === id) {
          const { id: _, ...rest } = m;
          done(() => resolve(rest as R));
        }
      };
      // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or a crash: the input's doing once it has started.
      const onError = (err: Error) =>
        done(() => reject(new WorkerFailure(slot.started ? 'CRASHED' : 'NOT_STARTED', { cause: err })));
      const onExit = () => done(() => reject(new WorkerFailure('CRASHED')));
      const done = (settle: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        settle();
      };
      if (options.timeoutMs !== undefined) {
        timer = setTimeout(() => {
          this.discard(slot);
          done(() => reject(new WorkerFailure('TIMED_OUT')));
        }, options.timeoutMs);
      }
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    });
    // Queued until the worker listens.
    worker.postMessage({ ...job, id }, options.transfer);
    return reply.catch((err: unknown) => {
      this.discard(slot);
      throw err;
    });
  }
}

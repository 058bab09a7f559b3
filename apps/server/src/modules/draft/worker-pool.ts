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
}

interface Slot {
  worker: Worker;
  /** Whether it has loaded its code: an error before that is ours, not the input's. */
  started: boolean;
  busy: boolean;
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

  private async acquire(): Promise<Slot> {
    for (;;) {
      const free = this.slots.find((s) => !s.busy);
      if (free) {
        free.busy = true;
        clearTimeout(free.idle);
        free.worker.ref();
        return free;
      }
      if (this.slots.length < this.options.size) {
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
      slot.idle = setTimeout(() => this.discard(slot), this.options.idleMs).unref();
    }
    this.waiting.shift()?.();
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry, { resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb } });
    const slot: Slot = { worker, started: false, busy: false };
    worker.on('message', (m: { ready?: boolean }) => {
      if (m.ready) slot.started = true;
    });
    worker.once('exit', () => {
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots.splice(at, 1);
    });
    this.slots.push(slot);
    return slot;
  }

  private discard(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    void slot.worker.terminate();
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

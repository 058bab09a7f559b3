import { Worker } from 'node:worker_threads';
import { type Block, DocumentError, type DocumentErrorReason } from '@gongbian/documents';
import type { DraftFormat } from '../../domain.js';

export interface ImportLimits {
  /** Past this, the worker is stopped and the file refused as TOO_COMPLEX. */
  timeoutMs: number;
  /** The worker's V8 heap; running out stops that worker alone, never the server. */
  memoryMb: number;
}

type Reply =
  | { id: number; blocks: Block[] }
  | { id: number; reason: DocumentErrorReason }
  | { id: number; failure: string };

const ENTRY = new URL('./upload-import.worker.mjs', import.meta.url);
// Starting a worker costs about half a second (tsx, mammoth); one kept warm makes the next import free.
const IDLE_MS = 30_000;
const POOL_SIZE = 2;

interface Slot {
  worker: Worker;
  /** Whether it has loaded its code: an error before that is ours, not the file's. */
  started: boolean;
  busy: boolean;
  idle?: NodeJS.Timeout;
}

/**
 * Word files (and large Markdown) are read in worker threads: a hostile file then costs one
 * worker its time or memory, while the server's own thread keeps answering. At most POOL_SIZE
 * imports run at once; more wait their turn.
 */
class ImportPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: (() => void)[] = [];
  private nextId = 1;

  constructor(private readonly memoryMb: number) {}

  async run(format: DraftFormat, file: Uint8Array, timeoutMs: number): Promise<Block[]> {
    const slot = await this.acquire();
    try {
      return await this.exchange(slot, format, file, timeoutMs);
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
      if (this.slots.length < POOL_SIZE) {
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
      slot.idle = setTimeout(() => this.discard(slot), IDLE_MS).unref();
    }
    this.waiting.shift()?.();
  }

  private spawn(): Slot {
    const worker = new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: this.memoryMb } });
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

  private async exchange(slot: Slot, format: DraftFormat, file: Uint8Array, timeoutMs: number): Promise<Block[]> {
    const { worker } = slot;
    const id = this.nextId++;
    // The clock includes a new worker's start-up (about half a second), well inside any sane limit.
    let timer: NodeJS.Timeout | undefined;
    const reply = new Promise<Reply>((resolve, reject) => {
      const onMessage = (m: Reply) => {
        if ('id' in m && m.id === id) done(() => resolve(m));
      };
      // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or a crash while reading: the file's doing.
      const onError = (err: Error) =>
        done(() =>
          reject(
            slot.started
              ? new DocumentError('TOO_COMPLEX', { cause: err })
              : new Error('the import worker did not start', { cause: err }),
          ),
        );
      const onExit = () => done(() => reject(new DocumentError('TOO_COMPLEX')));
      const done = (settle: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        settle();
      };
      timer = setTimeout(() => {
        this.discard(slot);
        done(() => reject(new DocumentError('TOO_COMPLEX')));
      }, timeoutMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    });
    // A copy of the bytes, moved (not cloned again) to the worker; it queues until the worker listens.
    // (Not file.slice(): on a Buffer that is a view of a shared pool, not a copy.)
    const copy = Uint8Array.prototype.slice.call(file).buffer;
    worker.postMessage({ id, format, file: copy }, [copy]);
    const answer = await reply.catch((err: unknown) => {
      this.discard(slot);
      throw err;
    });
    if ('blocks' in answer) return answer.blocks;
    if ('reason' in answer) throw new DocumentError(answer.reason);
    throw new Error(`the import worker failed: ${answer.failure}`);
  }
}

const pools = new Map<number, ImportPool>();

/** Reads a file into blocks in a worker thread, within `limits`; refusals are DocumentErrors. */
export function importInWorker(format: DraftFormat, file: Uint8Array, limits: ImportLimits): Promise<Block[]> {
  let pool = pools.get(limits.memoryMb);
  if (!pool) {
    pool = new ImportPool(limits.memoryMb);
    pools.set(limits.memoryMb, pool);
  }
  return pool.run(format, file, limits.timeoutMs);
}

import { type Block, DocumentError, type DocumentErrorReason } from '@gongbian/documents';
import type { DraftFormat } from '../../domain.js';
import { WorkerFailure, WorkerPool } from './worker-pool.js';

export interface ImportLimits {
  /** Past this, the worker is stopped and the file refused as TOO_COMPLEX. */
  timeoutMs: number;
  /** The worker's V8 heap; running out stops that worker alone, never the server. */
  memoryMb: number;
}

type Reply = { blocks: Block[] } | { reason: DocumentErrorReason } | { failure: string };

const ENTRY = new URL('./upload-import.worker.mjs', import.meta.url);
// A second worker (two imports at once) stops after this long idle; the first is kept (warmImports).
const IDLE_MS = 30_000;
const POOL_SIZE = 2;

const pools = new Map<number, WorkerPool>();

function poolFor(limits: Pick<ImportLimits, 'memoryMb'>): WorkerPool {
  let pool = pools.get(limits.memoryMb);
  if (!pool) {
    pool = new WorkerPool(ENTRY, {
      size: POOL_SIZE,
      memoryMb: limits.memoryMb,
      idleMs: IDLE_MS,
      keepWarm: 1,
      // The worker kept for imports reads a sample first (packages/documents' warm-up.ts).
      warmUp: { warmUp: true },
    });
    pools.set(limits.memoryMb, pool);
  }
  return pool;
}

/** Starts an import worker now and keeps one ready from then on (see warm-workers.ts). */
export function warmImports(limits: Pick<ImportLimits, 'memoryMb'>): void {
  poolFor(limits).warm();
}

/**
 * Reads a file into blocks in a worker thread, within `limits`; refusals are DocumentErrors. Word
 * files (and large Markdown) are read there so that a hostile file costs one worker its time or
 * memory while the server's own thread keeps answering.
 */
export async function importInWorker(format: DraftFormat, file: Uint8Array, limits: ImportLimits): Promise<Block[]> {
  const pool = poolFor(limits);
  // A copy of the bytes, moved (not cloned again) to the worker.
  // (Not file.slice(): on a Buffer that is a view of a shared pool, not a copy.)
  const copy = Uint8Array.prototype.slice.call(file).buffer;
  let answer: Reply;
  try {
    answer = await pool.run<Reply>({ format, file: copy }, { timeoutMs: limits.timeoutMs, transfer: [copy] });
  } catch (err) {
    // Out of memory, a crash or the time limit while reading: the file's doing.
    if (err instanceof WorkerFailure && err.reason !== 'NOT_STARTED')
      throw new DocumentError('TOO_COMPLEX', { cause: err });
    if (err instanceof WorkerFailure) throw new Error('the import worker did not start', { cause: err });
    throw err;
  }
  if ('blocks' in answer) return answer.blocks;
  if ('reason' in answer) throw new DocumentError(answer.reason);
  throw new Error(`the import worker failed: ${answer.failure}`);
}

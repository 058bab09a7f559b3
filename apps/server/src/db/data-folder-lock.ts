import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { commandLine, isAlive } from './process-info.js';
import { StartupError } from './startup-error.js';

export const LOCK_FILE = 'gongbian.lock';

export interface DataFolderLock {
  /** Removes the lock file, if it is still ours. */
  release(): Promise<void>;
}

interface Holder {
  pid: number;
  startedAt: string;
}

export class DataFolderInUseError extends StartupError {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Another Gongbian server (pid ${pid}) is using the data folder ${dataDir}; stop it first or set GONGBIAN_DATA_DIR to another folder.`,
    );
  }
}

const read = (file: string): Promise<Holder | null> =>
  fs
    .readFile(file, 'utf8')
    .then((text) => {
      const holder = JSON.parse(text) as Partial<Holder>;
      return Number.isInteger(holder.pid) ? (holder as Holder) : null;
    })
    .catch(() => null);

/** Whether the lock's holder is a live server: a running process that is Node (not a reused pid). */
async function holds(holder: Holder | null): Promise<boolean> {
  if (!holder || !(await isAlive(holder.pid))) return false;
  const command = await commandLine(holder.pid);
  // Unknown command line (no /proc, no ps): a live pid is taken at its word.
  return command === null || /node|tsx/.test(command);
}

/**
 * Takes `<dataDir>/gongbian.lock` for this process, so that one server at a time runs the folder's
 * database. The file appears complete or not at all (written aside, then hard-linked into place,
 * which fails if it exists). A lock whose process is gone, after a crash or kill -9, is taken over.
 */
export async function lockDataFolder(dataDir: string): Promise<DataFolderLock> {
  const file = path.join(dataDir, LOCK_FILE);
  const mine: Holder = { pid: process.pid, startedAt: new Date().toISOString() };
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await fs.writeFile(draft, `${JSON.stringify(mine)}\n`, { mode: 0o644 });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.link(draft, file);
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 5) throw err;
      }
      const holder = await read(file);
      if (holder && (await holds(holder))) throw new DataFolderInUseError(dataDir, holder.pid);
      // Stale: moved aside under a name of our own, so that of two servers taking it over, one does.
      const aside = `${draft}.stale`;
      if (
        await fs.rename(file, aside).then(
          () => true,
          () => false,
        )
      ) {
        const moved = await read(aside);
        // Another server took it over between our read and the rename: put its lock back.
        if (moved && moved.pid !== holder?.pid && (await holds(moved))) {
          await fs.link(aside, file).catch(() => {});
          await fs.rm(aside, { force: true });
          throw new DataFolderInUseError(dataDir, moved.pid);
        }
        await fs.rm(aside, { force: true });
      }
    }
  } finally {
    await fs.rm(draft, { force: true });
  }
  return {
    release: async () => {
      const holder = await read(file);
      if (holder?.pid === mine.pid && holder.startedAt === mine.startedAt) await fs.rm(file, { force: true });
    },
  };
}

// Administration from the command line: pnpm gongbian <command> [options]

import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { hashPassword } from './auth/passwords.js';
import { ConfigError, readConfig } from './config.js';
import { backupDatabase } from './db/backup/backup.js';
import { BackupRefusal } from './db/backup/backup-refusal.js';
import { type LocatedDatabase, locateForBackup, locateForRestore } from './db/backup/locate-database.js';
import { count } from './db/backup/progress.js';
import { restoreDatabase } from './db/backup/restore.js';
import { openDatabase, withStartupLock } from './db/database.js';
import { seedProgramme } from './demo/programme.js';
import { house } from './house.js';
import { configureLogging } from './log.js';
import { MIN_PASSWORD } from './modules/auth/index.js';
import { PersonEntity } from './modules/person/index.js';
import { ProgramEntity } from './modules/program/index.js';

const USAGE = `Usage:
  pnpm gongbian admin:create --email <email> --name <name>
      Creates an administrator (and, on an empty database, the programme of the work plan).
      Asks for the password, or reads it from standard input when that is not a terminal.
      With the embedded database, stop the server first: one PostgreSQL owns the data folder.

  pnpm gongbian migrate
      Brings the database up to this version's schema (the migrations it lacks, under the same
      lock the servers take at start) and exits: the one-off step of an upgrade (a Kubernetes
      Job, compose's migrate service) before the new servers start.

  pnpm gongbian backup FILE
      Writes one consistent snapshot of the database (every table, its migration version and
      sequence values) to FILE, gzip-compressed; an earlier FILE is replaced once the new one is
      complete. The server may keep running. Uses DATABASE_URL, else the embedded database of
      GONGBIAN_DATA_DIR (the running server's, or started for the backup).

  pnpm gongbian restore FILE
      Fills an empty database from FILE, all or nothing: DATABASE_URL's (create a new one), else
      the embedded one (stop the server, and use a new GONGBIAN_DATA_DIR or move the old folder
      aside). Refuses a damaged file and a backup from a newer version of Gongbian.

Exit codes: 0 done; 1 failed; 2 wrong arguments, or refused with the reason (nothing changed).`;

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    return text.replace(/\r?\n$/, '');
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Keep the typed password off the screen.
  const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    if (s.startsWith('Password')) write.call(rl, s);
  };
  const password = await rl.question('Password (input hidden): ');
  rl.close();
  process.stdout.write('\n');
  return password;
}

async function adminCreate(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' }, name: { type: 'string' } } });
  const email = values.email?.trim().toLowerCase();
  const name = values.name?.trim();
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email) || !name) {
    console.error(USAGE);
    process.exit(2);
  }
  const password = await readPassword();
  if (password.length < MIN_PASSWORD) {
    console.error(`The password must be at least ${MIN_PASSWORD} characters.`);
    process.exit(2);
  }
  const config = { ...readConfig(), demo: false };
  const db = await openDatabase(config, house.entities);
  try {
    await withStartupLock(db.ds, () =>
      db.ds.transaction(async (m) => {
        if (await m.getRepository(PersonEntity).existsBy({ email }))
          throw new Error(`${email} already has an account.`);
        let program = await m.getRepository(ProgramEntity).findOne({ where: {}, order: { createdAt: 'ASC' } });
        if (!program) {
          const { programId } = await seedProgramme(m, '', { structureOnly: true });
          program = await m.getRepository(ProgramEntity).findOneByOrFail({ id: programId });
          console.log(`Created the programme 「${program.name}」.`);
        }
        await m.getRepository(PersonEntity).insert({
          programId: program.id,
          email,
          name,
          title: null,
          role: 'ADMIN',
          unitId: null,
          passwordHash: await hashPassword(password),
        });
      }),
    );
    console.log(`Administrator ${name} <${email}> created. Sign in with that email and password.`);
  } finally {
    await db.ds.destroy();
    await db.embedded?.stop();
  }
}

/** FILE as the person typed it: relative to where they ran pnpm (INIT_CWD), not to apps/server. */
function fileArgument(args: string[]): string {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) {
    console.error(USAGE);
    process.exit(2);
  }
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0] as string);
}

const progress = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Backup and restore tell people their progress on stderr and put one summary line on stdout, for
 * scripts; the server's own JSON log (migrations run, SQL that failed) would mix into both. Its
 * warnings and errors still show, on stderr; GONGBIAN_LOG_LEVEL sets another level.
 */
function logToStderr(): void {
  configureLogging({
    level: process.env.GONGBIAN_LOG_LEVEL ? undefined : 'warn',
    destination: pino.destination({ dest: 2, sync: true }),
  });
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

async function withDatabase<T>(located: LocatedDatabase, work: (db: LocatedDatabase) => Promise<T>): Promise<T> {
  try {
    return await work(located);
  } finally {
    await located.close();
  }
}

async function backup(args: string[]): Promise<void> {
  const file = fileArgument(args);
  logToStderr();
  const located = await locateForBackup(readConfig());
  progress(`Database: ${located.description}`);
  const s = await withDatabase(located, (db) => backupDatabase(db.url, file, progress));
  console.log(
    `Backed up ${count(s.tables)} tables, ${count(s.rows)} rows (migration ${s.migration}) to ${s.file}: ${megabytes(s.bytes)} in ${s.seconds.toFixed(1)} s.`,
  );
}

async function restore(args: string[]): Promise<void> {
  const file = fileArgument(args);
  logToStderr();
  const located = await locateForRestore(readConfig());
  progress(`Database: ${located.description}`);
  const s = await withDatabase(located, (db) =>
    restoreDatabase(db.url, file, progress, { whenNotEmpty: db.whenNotEmpty }),
  );
  const upgraded = s.newerMigrations.length
    ? `; then ran this version's ${s.newerMigrations.length} newer migrations (${s.newerMigrations.join(', ')})`
    : '';
  console.log(
    `Restored ${count(s.tables)} tables, ${count(s.rows)} rows from ${file} at migration ${s.migration}${upgraded}, in ${s.seconds.toFixed(1)} s.`,
  );
}

async function migrate(args: string[]): Promise<void> {
  if (args.length > 0) {
    console.error(USAGE);
    process.exit(2);
  }
  logToStderr();
  const db = await openDatabase({ ...readConfig(), demo: false }, house.entities);
  try {
    const applied: { name: string }[] = await db.ds.query('SELECT name FROM migrations ORDER BY id');
    const pending = await db.ds.showMigrations();
    console.log(
      `The database is at migration ${applied.at(-1)?.name ?? '(none)'} (${applied.length} applied${pending ? ', some still pending' : ''}).`,
    );
  } finally {
    await db.ds.destroy();
    await db.embedded?.stop();
  }
}

const commands: Record<string, (args: string[]) => Promise<void>> = {
  'admin:create': adminCreate,
  migrate,
  backup,
  restore,
};

const [command, ...rest] = process.argv.slice(2);
try {
  const run = command && Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (run) await run(rest);
  else {
    console.error(USAGE);
    process.exit(2);
  }
} catch (err) {
  if (err instanceof BackupRefusal) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(err instanceof ConfigError ? err.message : `Failed: ${(err as Error).message}`);
  process.exit(1);
}

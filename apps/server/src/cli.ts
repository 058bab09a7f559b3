// Administration from the command line: pnpm gongbian <command> [options]
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { hashPassword } from './auth/passwords.js';
import { MIN_PASSWORD } from './auth/session.service.js';
import { ConfigError, readConfig } from './config.js';
import { openDatabase, withStartupLock } from './db/database.js';
import { PersonEntity } from './modules/person/person.entity.js';
import { ProgramEntity } from './modules/program/program.entity.js';
import { seedProgramme } from './modules/program/program.seed.js';

const USAGE = `Usage:
  pnpm gongbian admin:create --email <email> --name <name>
      Creates an administrator (and, on an empty database, the programme of the work plan).
      Asks for the password, or reads it from standard input when that is not a terminal.
      With the embedded database, stop the server first: one PostgreSQL owns the data folder.`;

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
  const db = await openDatabase(config);
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

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'admin:create') await adminCreate(rest);
  else {
    console.error(USAGE);
    process.exit(2);
  }
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : `Failed: ${(err as Error).message}`);
  process.exit(1);
}

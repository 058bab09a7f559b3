/**
 * Runs a command against a PostgreSQL of Debian's own (15, the oldest major these machines
 * install; the server's floor is 13): starts it in a temporary folder, runs the command with
 * DATABASE_URL on its superuser, stops it, and exits with the command's code. CI runs the
 * database-touching tests this way as well as on the embedded PostgreSQL:
 *   pnpm test:pg15            (= tsx test/pg15/run.ts vitest run --project server)
 */
import { spawn } from 'node:child_process';
import { INSTALL_HINT, missingTools, startPostgres } from '../topology/native.js';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('Usage: tsx test/pg15/run.ts <command> [args…]');
  process.exit(2);
}
const missing = (await missingTools()).filter((tool) => tool.includes('postgresql'));
if (missing.length > 0) {
  console.error(`Missing: ${missing.join(', ')}\n${INSTALL_HINT}`);
  process.exit(2);
}

const postgres = await startPostgres();
console.log(`PostgreSQL 15 at ${postgres.adminUrl}; running: ${command.join(' ')}`);
const child = spawn(command[0] as string, command.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: postgres.adminUrl },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
const code = await new Promise<number>((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
await postgres.stop();
process.exit(code);

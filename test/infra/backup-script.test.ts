import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INFRA } from './infra-files.js';

const run = promisify(execFile);
const SCRIPT = path.join(INFRA, 'backup/gongbian-backup.sh');

// Stands in for `node dist/cli.js backup FILE` (tested with the database in apps/server): it
// writes FILE, or fails as a backup of an unreachable database would.
const STUB_CLI = `
import fs from 'node:fs';
if (process.argv[2] !== 'backup' || process.argv.length !== 4) { console.error('usage'); process.exit(2); }
if (process.env.STUB_FAIL) { console.error('database unreachable'); process.exit(1); }
fs.writeFileSync(process.argv[3], 'backup');
`;

let dir: string;
let backups: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-backup-script-'));
  backups = path.join(dir, 'backups');
  await fs.mkdir(backups);
  await fs.writeFile(path.join(dir, 'cli.mjs'), STUB_CLI);
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

function backup(env: Record<string, string>) {
  return run('sh', [SCRIPT], {
    env: { PATH: process.env.PATH ?? '', BACKUP_DIR: backups, BACKUP_CLI: path.join(dir, 'cli.mjs'), ...env },
  }).then(
    (r) => ({ code: 0, ...r }),
    (err: { code: number; stdout: string; stderr: string }) => err,
  );
}

const OLD = ['20250101T020000Z', '20250102T020000Z', '20250103T020000Z', '20250104T020000Z'].map(
  (t) => `gongbian-${t}.gz`,
);

describe('infra/backup/gongbian-backup.sh', () => {
  it('writes a backup named by its time and keeps only the newest BACKUP_KEEP', async () => {
    for (const name of [...OLD, 'gongbian-before-upgrade.gz', 'notes.txt'])
      await fs.writeFile(path.join(backups, name), 'x');
    const r = await backup({ BACKUP_KEEP: '3' });
    expect(r.code, r.stderr).toBe(0);
    const left = (await fs.readdir(backups)).sort();
    const made = left.filter((f) => /^gongbian-\d{8}T\d{6}Z\.gz$/.test(f) && !OLD.includes(f));
    expect(made).toHaveLength(1);
    // The two newest old ones stay; files it did not name (a manual copy, notes) are never touched.
    expect(left).toEqual([...OLD.slice(2), made[0], 'gongbian-before-upgrade.gz', 'notes.txt'].sort() as string[]);
    expect(r.stdout).toContain(`removed the old backup ${OLD[0]}`);
  });

  it('fails without removing any backup when the backup fails', async () => {
    for (const name of OLD) await fs.writeFile(path.join(backups, name), 'x');
    const r = await backup({ BACKUP_KEEP: '1', STUB_FAIL: '1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('backup failed; the earlier backups are kept');
    expect((await fs.readdir(backups)).sort()).toEqual(OLD);
  });

  it('refuses a retention that would delete every backup', async () => {
    const r = await backup({ BACKUP_KEEP: '0' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('BACKUP_KEEP must be a whole number of at least 1');
    expect(await fs.readdir(backups)).toEqual([]);
  });
});

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '#test/support/db.js';
import { PASSWORD } from '#test/support/server.js';
import { seedProgramme } from '../../demo/programme.js';
import { house } from '../../house.js';
import { createDataSource } from '../data-source.js';
import { backupDatabase } from './backup.js';
import { contents, emptyDatabase, gongbian, relations, withClient } from './backup-test-helpers.js';

let scratch: string;
let source: { url: string; drop(): Promise<void> };
let backupFile: string;
/** A database for each test to restore into; every refusal must leave it without a single table. */
let target: { url: string; drop(): Promise<void> };

beforeAll(async () => {
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-refusal-'));
  source = await createTestDatabase();
  const ds = createDataSource(source.url, { poolSize: 1, entities: house.entities });
  await ds.initialize();
  await ds.transaction((m) => seedProgramme(m, PASSWORD, { emailDomain: 'refusal.test' }));
  await ds.destroy();
  backupFile = path.join(scratch, 'gongbian.backup.gz');
  await backupDatabase(source.url, backupFile, () => {});
  target = await emptyDatabase();
});

afterAll(async () => {
  await target?.drop();
  await source?.drop();
  if (scratch) await fs.rm(scratch, { recursive: true, force: true });
});

describe('restore refuses, changing nothing', () => {
  it('a truncated backup file', async () => {
    const truncated = path.join(scratch, 'truncated.gz');
    const whole = await fs.readFile(backupFile);
    await fs.writeFile(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const run = await gongbian(target.url, 'restore', truncated);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/backup file .*truncated\.gz is damaged or incomplete \(.+\); nothing was restored/);
    expect(await relations(target.url)).toBe(0);
  });

  it('a backup whose rows were altered, by its checksum', async () => {
    const altered = path.join(scratch, 'altered.gz');
    const text = gunzipSync(await fs.readFile(backupFile)).toString('utf8');
    expect(text).toContain('十四五');
    await fs.writeFile(altered, gzipSync(Buffer.from(text.replace('十四五', '十五五'))));
    const run = await gongbian(target.url, 'restore', altered);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('its checksum does not match its contents');
    expect(await relations(target.url)).toBe(0);
  });

  it('a database that is not empty, saying why and what to do instead', async () => {
    const before = await contents(source.url);
    const run = await gongbian(source.url, 'restore', backupFile);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /is not empty .*so that nothing in it is overwritten.*Create a new database .*Nothing was changed\./s,
    );
    expect(await contents(source.url)).toEqual(before);
  });

  it('a backup made by a newer version, whose migrations this one does not know', async () => {
    const newer = await createTestDatabase();
    try {
      await withClient(newer.url, (c) =>
        c.query(`INSERT INTO migrations ("timestamp", name) VALUES (1899999999999, 'FromTheFuture1899999999999')`),
      );
      const file = path.join(scratch, 'newer.gz');
      await backupDatabase(newer.url, file, () => {});
      const run = await gongbian(target.url, 'restore', file);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('made by a newer version of Gongbian');
      expect(run.stderr).toContain('FromTheFuture1899999999999');
      expect(await relations(target.url)).toBe(0);
    } finally {
      await newer.drop();
    }
  });

  it('a missing FILE argument, with the usage', async () => {
    const run = await gongbian(target.url, 'backup');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pnpm gongbian restore FILE');
  });
});

// Writes a migration with whatever the entities need beyond the current migrations, computed by
// TypeORM against a scratch embedded database. Usage: pnpm --filter @gongbian/server migration:generate Name
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDataSource } from './db/data-source.js';
import { startEmbeddedPostgres } from './db/embedded.js';
import { house } from './house.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: migration:generate <PascalCaseName>');
  process.exit(2);
}
const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'gongbian-migrate-'));
await fs.chmod(scratch, 0o755);
const db = await startEmbeddedPostgres(scratch);
const ds = createDataSource(db.url, { entities: house.entities });
try {
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    console.log('No changes: the migrations already match the entities.');
  } else {
    const stamp = Date.now();
    const q = (s: string) => `    await queryRunner.query(${JSON.stringify(s)});`;
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${stamp} implements MigrationInterface {
  name = '${name}${stamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((u) => q(u.query)).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((d) => q(d.query))
  .join('\n')}
  }
}
`;
    const file = path.join(path.dirname(new URL(import.meta.url).pathname), 'db', 'migrations', `${stamp}-${name}.ts`);
    await fs.writeFile(file, body);
    console.log(`Wrote ${file}; add it to db/migrations/index.ts.`);
  }
} finally {
  await ds.destroy().catch(() => {});
  await db.stop();
  await fs.rm(scratch, { recursive: true, force: true });
}

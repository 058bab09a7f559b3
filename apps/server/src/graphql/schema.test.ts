import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../house.js';

describe('apps/server/schema.graphql', () => {
  it('is the schema the server offers (run pnpm --filter @gongbian/server schema:print after a change)', async () => {
    const committed = await fs.readFile(path.resolve(import.meta.dirname, '../../schema.graphql'), 'utf8');
    expect(committed).toBe(await printedSchema());
  });
});

import { describe, expect, it } from 'vitest';
import { importDocx } from './import-docx.js';
import { sampleDocx, warmUpImport } from './warm-up.js';

describe('warming up the import', () => {
  it('reads its sample as a Word file of headings, paragraphs and a table, as a real one would be read', async () => {
    const blocks = await importDocx(await sampleDocx());
    expect(blocks.map((b) => b.kind)).toEqual([
      'HEADING',
      ...Array(4).fill(['HEADING', 'PARAGRAPH', 'PARAGRAPH']).flat(),
      'TABLE',
    ]);
    expect(blocks[0]?.text).toBe('全省应急管理“十四五”规划');
    await expect(warmUpImport(1)).resolves.toBeUndefined();
  });
});

// Reads one file at a time into blocks, for upload-import.ts. Plain JavaScript, so Node can start it
// whichever way the process runs; it then registers tsx itself to load the TypeScript of
// @gongbian/documents: under vitest the worker has no loader at all, and under `pnpm start` (tsx)
// Node 20 does not carry the inherited --import loader into worker threads.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
// The import side alone: the export libraries (docx, exceljs) would double the start-up time.
const { DocumentError, importDocx, importMarkdownFile, warmUpImport } = await import('@gongbian/documents/import');

parentPort.on('message', async ({ id, format, file, warmUp }) => {
  try {
    if (warmUp) {
      await warmUpImport();
      parentPort.postMessage({ id, warm: true });
      return;
    }
    const bytes = new Uint8Array(file);
    const blocks = format === 'DOCX' ? await importDocx(bytes) : importMarkdownFile(bytes);
    parentPort.postMessage({ id, blocks });
  } catch (err) {
    if (err instanceof DocumentError) parentPort.postMessage({ id, reason: err.reason });
    else parentPort.postMessage({ id, failure: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
parentPort.postMessage({ ready: true });

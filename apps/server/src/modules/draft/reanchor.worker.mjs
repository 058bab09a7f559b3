// Relocates anchors into a new version, one job at a time, for reanchor.ts. Plain JavaScript, for
// the reason upload-import.worker.mjs gives: Node starts it whichever way the process runs, and it
// registers tsx itself to load the TypeScript of @gongbian/anchoring (a no-op once compiled).
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { createRelocator } = await import('@gongbian/anchoring');

parentPort.on('message', ({ id, oldBlocks, newBlocks, anchors }) => {
  try {
    const relocate = createRelocator(oldBlocks, newBlocks);
    parentPort.postMessage({ id, relocations: anchors.map((anchor) => (anchor ? relocate(anchor) : null)) });
  } catch (err) {
    parentPort.postMessage({ id, failure: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
parentPort.postMessage({ ready: true });

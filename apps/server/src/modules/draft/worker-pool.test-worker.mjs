// A worker for worker-pool.test.ts: answers each job with the thread that ran it and how many
// jobs that thread has run; a job with `crash` ends the thread instead.
import { parentPort, threadId } from 'node:worker_threads';

let jobs = 0;
parentPort.on('message', ({ id, crash }) => {
  if (crash) process.exit(1);
  parentPort.postMessage({ id, threadId, jobs: ++jobs });
});
parentPort.postMessage({ ready: true });

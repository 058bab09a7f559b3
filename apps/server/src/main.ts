import { startApp } from './app.js';
import { ConfigError, readConfig } from './config.js';
import { StartupError } from './db/startup-error.js';
import { logger } from './log.js';

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    logger.fatal(err.message);
    process.exit(1);
  }
  throw err;
}

// Listening before start-up: a SIGTERM while the embedded PostgreSQL starts must still stop it.
let app: Awaited<ReturnType<typeof startApp>> | null = null;
let stopping: { signal: string; at: number } | null = null;
const shutdown = async (signal: string) => {
  if (stopping) {
    // Ctrl-C under `pnpm start` arrives twice: from the terminal and forwarded by pnpm.
    if (Date.now() - stopping.at < 1000) return;
    logger.warn(`${signal} again: stopping at once.`);
    process.exit(1);
  }
  stopping = { signal, at: Date.now() };
  if (!app) {
    logger.info(`${signal}: stopping once start-up has finished.`);
    return;
  }
  logger.info(`${signal}: finishing open requests, then stopping.`);
  await app.stop();
  logger.info('Stopped.');
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

app = await startApp(config).catch((err: unknown) => {
  // A reason a person can act on stands alone; anything else leaves with its stack, as one line.
  if (err instanceof StartupError) logger.fatal(err.message);
  else logger.fatal({ err }, 'The server could not start.');
  process.exit(1);
});
// Test helpers and scripts find the address by "is running at http://HOST:PORT" in this line.
logger.info({ url: app.url }, `共编 Gongbian is running at ${app.url}  (GraphQL: ${app.url}/graphql)`);
if (app.services.clock.fixed) logger.info(`Programme clock set to ${app.services.clock.today()}.`);
if (stopping) {
  const { signal } = stopping;
  stopping = null;
  await shutdown(signal);
}

import { startApp } from './app.js';
import { ConfigError, readConfig } from './config.js';
import { StartupError } from './db/startup-error.js';

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

const app = await startApp(config).catch((err: unknown) => {
  if (!(err instanceof StartupError)) throw err;
  console.error(err.message);
  process.exit(1);
});
console.log(`共编 Gongbian is running at ${app.url}  (GraphQL: ${app.url}/graphql)`);
if (app.services.clock.fixed) console.log(`Programme clock set to ${app.services.clock.today()}.`);

let signals = 0;
const shutdown = async (signal: string) => {
  if (++signals > 1) process.exit(1);
  console.log(`${signal}: finishing open requests, then stopping.`);
  await app.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

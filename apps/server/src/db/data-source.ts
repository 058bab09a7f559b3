import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { migrations } from './migrations/index.js';
import { PreparingClient } from './prepared-statements.js';
import { TypeormLogger } from './typeorm-logger.js';

export interface DataSourceOptions {
  /**
   * The tables TypeORM maps (house.ts composes them from the modules); none for a connection that
   * only migrates or runs SQL of its own.
   */
  // biome-ignore lint/complexity/noBannedTypes: TypeORM takes entity classes as Function.
  entities?: readonly Function[];
  poolSize?: number;
  /**
   * PostgreSQL's statement_timeout for every connection of the pool (none when absent): a
   * statement past it fails with 57014, which the API reports as a timeout. A session that
   * needs longer (migrations under the start-up lock) turns it off for itself.
   */
  statementTimeoutMs?: number;
  /** A statement taking longer is logged at warn with its duration (0: never; 1000 when absent). */
  slowQueryMs?: number;
}

export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: [...(options.entities ?? [])],
    migrations,
    migrationsRun: false,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    poolSize: options.poolSize ?? 10,
    applicationName: 'gongbian',
    logging: ['query'],
    logger: new TypeormLogger(),
    maxQueryExecutionTime: options.slowQueryMs ?? 1000,
    // Passed on to node-postgres's pool: the client that prepares repeated statements, and the timeout.
    extra: {
      Client: PreparingClient,
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    },
  });
}

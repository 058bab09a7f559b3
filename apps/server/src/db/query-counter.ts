import type { Logger } from 'typeorm';

/**
 * Counts the SQL statements this process sends, for benchmarks and for tests that keep a page's
 * query count fixed. It prints nothing.
 */
export class QueryCounter implements Logger {
  count = 0;
  logQuery(): void {
    this.count++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** The counter of a data source made by createDataSource. */
export function queryCounter(ds: { logger: Logger }): QueryCounter {
  if (!(ds.logger instanceof QueryCounter)) throw new Error('This data source does not count its queries.');
  return ds.logger;
}

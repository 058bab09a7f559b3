import { clip, logger } from '../log.js';
import { QueryCounter } from './query-counter.js';

/** SQL text is logged up to here: enough to find the statement in the code, not a whole batch. */
const SQL_CHARS = 1000;

/**
 * Failures the server expects and answers (graphql/errors.ts): a caller's malformed value (22…),
 * a constraint a write ran into (23…), a serialization failure or deadlock to retry (40…), a lock
 * not available (55P03) and a statement past statement_timeout (57014). They are warnings; every
 * other failed statement is an error someone should look at.
 */
const EXPECTED = /^(22|23|40)|^55P03$|^57014$/;

/**
 * TypeORM's logger: failed statements, slow statements (past the data source's
 * maxQueryExecutionTime) and schema/migration messages as JSON lines, each with the SQL text
 * and never its parameters (they hold people's words, names and emails). Still counts the
 * statements (QueryCounter) for the tests and benchmarks that read the count.
 */
export class TypeormLogger extends QueryCounter {
  // The parameters are optional only because QueryCounter declares none; TypeORM passes them all.
  override logQueryError(error?: string | Error, query = ''): void {
    const err = error instanceof Error ? error : new Error(String(error));
    const code = (err as { code?: unknown }).code;
    const sqlState = typeof code === 'string' ? code : undefined;
    const level = sqlState && EXPECTED.test(sqlState) ? 'warn' : 'error';
    // A data exception's message quotes the value it could not use ("invalid input syntax for
    // type uuid: \"…\""): a parameter after all. Its code and the SQL say enough.
    const quotesValue = sqlState?.startsWith('22');
    logger[level](
      { ...(quotesValue ? {} : { err }), sql: clip(query, SQL_CHARS), ...(sqlState ? { sqlState } : {}) },
      'SQL statement failed',
    );
  }

  override logQuerySlow(time = 0, query = ''): void {
    logger.warn({ durationMs: time, sql: clip(query, SQL_CHARS) }, `Slow SQL statement: ${time} ms`);
  }

  // Migrations report their progress here. showMigrations lists every migration here too
  // ("[X] 12 CommitOrder…"), on each /readyz probe: that list only at debug.
  override logSchemaBuild(message = ''): void {
    const level = /^\[[X ]\] /.test(message) ? 'debug' : 'info';
    logger[level]({ typeorm: 'schema' }, clip(message, SQL_CHARS));
  }

  // Only a failed migration is reported here.
  override logMigration(message = ''): void {
    logger[/failed/i.test(message) ? 'error' : 'info']({ typeorm: 'migration' }, clip(message, SQL_CHARS));
  }

  override log(level?: 'log' | 'info' | 'warn', message?: unknown): void {
    logger[level === 'warn' ? 'warn' : 'info']({ typeorm: 'log' }, clip(String(message), SQL_CHARS));
  }
}

import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import pg from 'pg';

/**
 * Statements PostgreSQL parses and plans once per connection: the server's SQL is a few hundred
 * fixed texts sent over and over, and for a typical one parsing and planning cost PostgreSQL more
 * than running it (a thread's read: 103 µs of backend CPU unnamed, 29 µs prepared). JDBC, Npgsql
 * and postgres.js prepare repeated statements the same way; node-postgres prepares only what is
 * given a name, so this client names them.
 *
 * - Only statements with parameters (the extended protocol already): a text without them may
 *   hold several statements, which only the simple protocol runs.
 * - A text is named once it has been seen `PREPARE_AFTER` times in the process, so one-off texts
 *   (migrations, a list of n placeholders) never take a place.
 * - At most `PREPARED_PER_CONNECTION` per connection, never evicted: PostgreSQL keeps each one's
 *   plan in that backend's memory until the connection closes. Past the cap, texts run unnamed.
 * - The name is a hash of the text, so one name never stands for two texts (node-postgres would
 *   otherwise execute the statement it parsed first under that name).
 * - A statement whose result's columns changed under it (another replica's migration altered a
 *   table) fails once with "cached plan must not change result type"; the connection then
 *   prepares that text afresh under a new name.
 */
export const PREPARE_AFTER = 2;
export const PREPARED_PER_CONNECTION = 200;

/** How often each text was sent, process-wide (bounded: the least recent are forgotten). */
const uses = new LRUCache<string, { n: number }>({ max: 5000 });

const hashOf = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 24);

type QueryCallback = (err: Error | null, result?: pg.QueryResult) => void;

export class PreparingClient extends pg.Client {
  /** The name each text is prepared under on this connection. */
  readonly #names = new Map<string, string>();
  /** Texts whose statement this connection had to drop (their result's columns changed). */
  #renamed = 0;

  // node-postgres's query has many overloads; only (text, values[, callback]) is renamed here.
  // biome-ignore lint/suspicious/noExplicitAny: the overloads' own signature.
  override query(config: any, values?: any, callback?: any): any {
    if (typeof config !== 'string' || !Array.isArray(values) || values.length === 0) {
      return super.query(config, values, callback);
    }
    const name = this.#nameFor(config);
    if (!name) return super.query(config, values, callback);
    const named = { name, text: config, values };
    if (typeof callback === 'function') {
      return super.query(named, (err: Error | null, result?: pg.QueryResult) => {
        this.#afterError(err, config, name);
        (callback as QueryCallback)(err, result);
      });
    }
    return (super.query(named) as Promise<pg.QueryResult>).catch((err: Error) => {
      this.#afterError(err, config, name);
      throw err;
    });
  }

  #nameFor(text: string): string | null {
    const known = this.#names.get(text);
    if (known) return known;
    const seen = uses.get(text) ?? { n: 0 };
    seen.n++;
    uses.set(text, seen);
    if (seen.n < PREPARE_AFTER || this.#names.size >= PREPARED_PER_CONNECTION) return null;
    const name = `gb_${hashOf(text)}${this.#renamed ? `_${this.#renamed}` : ''}`;
    this.#names.set(text, name);
    return name;
  }

  /** After "cached plan must not change result type", the next use prepares the text again. */
  #afterError(err: Error | null, text: string, name: string): void {
    if (!err || (err as { code?: string }).code !== '0A000' || !/cached plan/.test(err.message)) return;
    if (this.#names.get(text) !== name) return;
    this.#names.delete(text);
    this.#renamed++;
  }
}

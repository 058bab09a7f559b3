import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { BackupRefusal } from './backup-refusal.js';
import type { SequenceValue, TransactionIdColumn } from './catalog.js';

/**
 * The backup file: gzip around lines of text, written and read as a stream so that no table is
 * ever held in memory.
 *
 *     GONGBIAN-BACKUP 1
 *     {header, one line of JSON}
 *     TABLE "action_item"
 *     <its rows, as COPY … TO STDOUT writes them in text format, one per line>
 *     \.
 *     TABLE …                         (every table, parents before the tables referring to them)
 *     END <sha256 of every byte before this line, hex>
 *
 * COPY's text format is the one every PostgreSQL version reads and writes alike; in it a row is
 * one line (newlines inside values are escaped) and no row is the line `\.`. The checksum, the
 * per-table row counts in the header and gzip's own CRC make a truncated or altered file fail
 * before a restore changes anything.
 */

export const MAGIC = 'GONGBIAN-BACKUP';
export const FORMAT_VERSION = 1;

/**
 * The session settings under which COPY writes and reads values, the same for backup and restore
 * whatever the server's defaults: dates as ISO in UTC, floats exact, bytea as hex.
 */
export const COPY_SETTINGS: Record<string, string> = {
  client_encoding: 'UTF8',
  DateStyle: 'ISO, YMD',
  IntervalStyle: 'postgres',
  TimeZone: 'UTC',
  extra_float_digits: '3',
  bytea_output: 'hex',
  standard_conforming_strings: 'on',
  // A table under row-level security would otherwise be copied in part, silently.
  row_security: 'off',
};

export interface BackupHeader {
  format: number;
  app: 'gongbian';
  createdAt: string;
  postgres: { version: string; versionNum: number };
  database: string;
  schema: string;
  /** TypeORM's migrations table: the schema version of the rows. */
  migrations: string[];
  /** In the order the file holds them, which is a foreign-key dependency order. */
  tables: { name: string; columns: string[]; rows: number }[];
  sequences: SequenceValue[];
  transactionIds: TransactionIdColumn[];
  settings: Record<string, string>;
}

export interface TableSection {
  name: string;
  /** The table's rows, COPY text lines; called when the file reaches the table. */
  rows(): AsyncIterable<Buffer>;
}

const line = (text: string) => Buffer.from(`${text}\n`, 'utf8');
const END_OF_ROWS = line('\\.');

async function* encode(header: BackupHeader, sections: TableSection[]): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  const emit = (chunk: Buffer) => {
    hash.update(chunk);
    return chunk;
  };
  yield emit(line(`${MAGIC} ${FORMAT_VERSION}`));
  yield emit(line(JSON.stringify(header)));
  for (const section of sections) {
    yield emit(line(`TABLE ${JSON.stringify(section.name)}`));
    for await (const chunk of section.rows()) yield emit(chunk);
    yield emit(END_OF_ROWS);
  }
  yield line(`END ${hash.digest('hex')}`);
}

/**
 * Writes the file under a temporary name beside `file` and renames it into place once it is
 * complete and on disk, so `file` is never a partial backup (an earlier backup of that name stays
 * until the new one is whole). Returns the compressed size.
 */
export async function writeBackupFile(file: string, header: BackupHeader, sections: TableSection[]): Promise<number> {
  const dir = path.dirname(file);
  await fs.promises.access(dir, fs.constants.W_OK).catch((err: Error) => {
    throw new BackupRefusal(`Cannot write the backup into ${dir}: ${err.message}`);
  });
  const partial = path.join(dir, `.${path.basename(file)}.${process.pid}.partial`);
  try {
    const out = fs.createWriteStream(partial, { mode: 0o600 });
    await pipeline(Readable.from(encode(header, sections)), createGzip(), out);
    const handle = await fs.promises.open(partial, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(partial, file);
  } finally {
    await fs.promises.rm(partial, { force: true });
  }
  return (await fs.promises.stat(file)).size;
}

export class DamagedBackupError extends BackupRefusal {
  constructor(file: string, why: string) {
    super(`The backup file ${file} is damaged or incomplete (${why}); nothing was restored.`);
  }
}

export type BackupPart =
  | { kind: 'table'; name: string; columns: string[]; rows: number }
  | { kind: 'rows'; data: Buffer; rows: number }
  | { kind: 'tableEnd'; name: string; rows: number };

export interface OpenedBackup {
  header: BackupHeader;
  /**
   * The tables' rows in file order. It throws DamagedBackupError when the file turns out
   * damaged, at the latest on reaching its end: only a run to the end has read a whole backup.
   */
  parts: AsyncGenerator<BackupPart>;
}

const BACKSLASH = 0x5c;
const DOT = 0x2e;
const NEWLINE = 0x0a;
const isEndOfRows = (buf: Buffer, start: number, end: number) =>
  end - start === 2 && buf[start] === BACKSLASH && buf[start + 1] === DOT;

/** Opens a backup file and reads its header; the rows follow through `parts`. */
export async function openBackup(file: string): Promise<OpenedBackup> {
  const stat = await fs.promises.stat(file).catch(() => null);
  if (!stat?.isFile()) throw new BackupRefusal(`There is no backup file ${file}.`);
  const gunzip = createGunzip();
  const source = fs.createReadStream(file);
  source.on('error', (err) => gunzip.destroy(err));
  source.pipe(gunzip);
  const lines = readLines(gunzip, file);
  const damaged = (why: string) => new DamagedBackupError(file, why);
  const close = async () => {
    await lines.return(undefined);
    source.destroy();
    gunzip.destroy();
  };

  const first = await lines.next();
  if (first.done || first.value.kind !== 'line' || first.value.text !== `${MAGIC} ${FORMAT_VERSION}`) {
    const text = first.done || first.value.kind !== 'line' ? '' : first.value.text;
    await close();
    if (text.startsWith(`${MAGIC} `))
      throw new BackupRefusal(
        `The backup file ${file} is in format ${text.slice(MAGIC.length + 1)}, which a newer Gongbian wrote; this one reads format ${FORMAT_VERSION}. Restore it with that version or later.`,
      );
    throw damaged('it does not start as a Gongbian backup does');
  }
  const second = await lines.next();
  let header: BackupHeader;
  try {
    if (second.done || second.value.kind !== 'line') throw new Error();
    header = JSON.parse(second.value.text) as BackupHeader;
    if (header.app !== 'gongbian' || !Array.isArray(header.tables) || !Array.isArray(header.migrations))
      throw new Error();
  } catch {
    await close();
    throw damaged('its header is unreadable');
  }

  async function* parts(): AsyncGenerator<BackupPart> {
    let index = 0;
    let current: { name: string; rows: number } | null = null;
    let finished = false;
    try {
      for await (const item of lines) {
        if (item.kind === 'rows') {
          if (!current) throw damaged('rows outside a table');
          current.rows += item.rows;
          yield item;
          continue;
        }
        if (item.kind === 'endOfRows') {
          if (!current) throw damaged('a table end outside a table');
          const expected = header.tables[index]?.rows;
          if (current.rows !== expected)
            throw damaged(`table ${current.name} has ${current.rows} rows, the header says ${expected}`);
          yield { kind: 'tableEnd', name: current.name, rows: current.rows };
          current = null;
          index++;
          continue;
        }
        if (item.kind === 'end') {
          if (current || index !== header.tables.length)
            throw damaged(`it ends after ${index} of ${header.tables.length} tables`);
          if (item.digest !== item.expected) throw damaged('its checksum does not match its contents');
          // Read on: the lines reader refuses anything after the end.
          finished = true;
          continue;
        }
        const table = header.tables[index];
        const name = /^TABLE (".*")$/.exec(item.text)?.[1];
        if (current || !table || !name || JSON.parse(name) !== table.name)
          throw damaged(`unexpected line where table ${table?.name ?? '(none)'} should start`);
        current = { name: table.name, rows: 0 };
        yield { kind: 'table', name: table.name, columns: table.columns, rows: table.rows };
      }
      if (finished) return;
      throw damaged(
        current ? `it stops inside table ${current.name}` : `it stops after ${index} of ${header.tables.length} tables`,
      );
    } finally {
      await close();
    }
  }
  return { header, parts: parts() };
}

type Item =
  | { kind: 'line'; text: string }
  | { kind: 'rows'; data: Buffer; rows: number }
  | { kind: 'endOfRows' }
  | { kind: 'end'; digest: string; expected: string };

/**
 * Splits the decompressed stream into the file's lines, hashing every byte before the END line.
 * Inside a table, the rows of each chunk go out as one slice rather than line by line.
 */
async function* readLines(stream: NodeJS.ReadableStream, file: string): AsyncGenerator<Item> {
  const hash = createHash('sha256');
  let carry: Buffer[] = [];
  let inRows = false;
  let ended = false;
  const damaged = (why: string) => new DamagedBackupError(file, why);
  const lineItem = (buf: Buffer): Item => {
    if (ended) throw damaged('there is data after its end');
    if (inRows) {
      if (isEndOfRows(buf, 0, buf.length)) {
        inRows = false;
        hash.update(END_OF_ROWS);
        return { kind: 'endOfRows' };
      }
      const data = Buffer.concat([buf, Buffer.of(NEWLINE)]);
      hash.update(data);
      return { kind: 'rows', data, rows: 1 };
    }
    const text = buf.toString('utf8');
    if (text.startsWith('END ')) {
      ended = true;
      return { kind: 'end', digest: hash.digest('hex'), expected: text.slice(4) };
    }
    hash.update(buf);
    hash.update('\n');
    if (text.startsWith('TABLE ')) inRows = true;
    return { kind: 'line', text };
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let pos = 0;
      while (pos < chunk.length) {
        let nl = chunk.indexOf(NEWLINE, pos);
        if (nl === -1) {
          carry.push(chunk.subarray(pos));
          break;
        }
        if (carry.length || !inRows || ended) {
          const buf = carry.length ? Buffer.concat([...carry, chunk.subarray(pos, nl)]) : chunk.subarray(pos, nl);
          carry = [];
          pos = nl + 1;
          yield lineItem(buf);
          continue;
        }
        // Whole rows in this chunk: one slice, up to the table's end or the chunk's last newline.
        const start = pos;
        let rows = 0;
        while (nl !== -1 && !isEndOfRows(chunk, pos, nl)) {
          rows++;
          pos = nl + 1;
          nl = chunk.indexOf(NEWLINE, pos);
        }
        if (rows) {
          const data = chunk.subarray(start, pos);
          hash.update(data);
          yield { kind: 'rows', data, rows };
        }
        if (nl !== -1) {
          const end = chunk.subarray(pos, nl);
          pos = nl + 1;
          yield lineItem(end);
        }
      }
    }
  } catch (err) {
    if (err instanceof BackupRefusal) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    // The file system's (EACCES, EISDIR…), not the contents'.
    if (code && /^E[A-Z]+$/.test(code)) throw new BackupRefusal(`Cannot read ${file}: ${(err as Error).message}`);
    // zlib: "unexpected end of file", "incorrect header check", "invalid block type", a bad CRC…
    throw damaged((err as Error).message);
  }
  if (carry.length) throw damaged('it stops in the middle of a line');
}

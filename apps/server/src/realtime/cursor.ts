/** A position in the event log: the writing transaction's id, then the event's id. */
export interface Cursor {
  txid: bigint;
  id: bigint;
}

export const ORIGIN: Cursor = { txid: 0n, id: 0n };

export function formatCursor(c: Cursor): string {
  return `${c.txid}.${c.id}`;
}

export function parseCursor(s: string): Cursor | null {
  const m = /^(\d{1,20})\.(\d{1,20})$/.exec(s);
  return m ? { txid: BigInt(m[1] as string), id: BigInt(m[2] as string) } : null;
}

export function compareCursors(a: Cursor, b: Cursor): number {
  if (a.txid !== b.txid) return a.txid < b.txid ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

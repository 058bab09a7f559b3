/**
 * Yjs awareness updates (y-protocols/awareness), read and written here so the server can check one
 * and put the sender's own name in it. The format is lib0's: a count, then per client its id, its
 * clock and its state as JSON (null: the client left), numbers as variable-length unsigned ints.
 */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
}

class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  uint(): number {
    let n = 0;
    for (let shift = 1; ; shift *= 128) {
      const byte = this.bytes[this.at++];
      if (byte === undefined) throw new Error('ends early');
      n += (byte & 0x7f) * shift;
      if (byte < 0x80) return n;
      if (shift > 2 ** 49) throw new Error('number too large');
    }
  }

  string(): string {
    const length = this.uint();
    if (this.at + length > this.bytes.length) throw new Error('ends early');
    const text = new TextDecoder('utf-8', { fatal: true }).decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }

  get done(): boolean {
    return this.at === this.bytes.length;
  }
}

function writeUint(out: number[], n: number): void {
  let rest = n;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

/** The entries of an awareness update; throws on anything else. */
export function decodeAwareness(bytes: Uint8Array): AwarenessEntry[] {
  const r = new Reader(bytes);
  const count = r.uint();
  if (count > 16) throw new Error('too many clients');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = r.uint();
    const clock = r.uint();
    const state: unknown = JSON.parse(r.string());
    if (state !== null && (typeof state !== 'object' || Array.isArray(state)))
      throw new Error('state is not an object');
    entries.push({ clientId, clock, state: state as Record<string, unknown> | null });
  }
  if (!r.done) throw new Error('trailing bytes');
  return entries;
}

export function encodeAwareness(entries: readonly AwarenessEntry[]): Uint8Array {
  const out: number[] = [];
  writeUint(out, entries.length);
  for (const e of entries) {
    writeUint(out, e.clientId);
    writeUint(out, e.clock);
    const text = new TextEncoder().encode(JSON.stringify(e.state));
    writeUint(out, text.length);
    for (const b of text) out.push(b);
  }
  return Uint8Array.from(out);
}

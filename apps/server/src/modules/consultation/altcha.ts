import { randomBytes } from 'node:crypto';
import { createChallenge, randomInt, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { Challenge, Payload } from 'altcha-lib/types';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import { badInput } from '../../errors.js';

const ALGORITHM = 'PBKDF2/SHA-256';
type AltchaSettings = Pick<Config, 'altchaSecret' | 'altchaCost' | 'altchaMaxCounter' | 'altchaExpirySeconds'>;

/**
 * The proof of work a browser does before sending a public opinion: ALTCHA protocol 2 (altcha-lib
 * on the server, the altcha widget in the page, no outside service), PBKDF2/SHA-256. A challenge is
 * signed with an HMAC secret every replica shares — GONGBIAN_ALTCHA_SECRET, or one made once and
 * kept in table server_secret — so any replica verifies what another gave out.
 */
export class ProofOfWork {
  private secret: Promise<string> | undefined;

  constructor(
    private readonly ds: DataSource,
    private readonly settings: AltchaSettings,
  ) {}

  private hmacSecret(): Promise<string> {
    this.secret ??= this.settings.altchaSecret
      ? Promise.resolve(this.settings.altchaSecret)
      : sharedSecret(this.ds, 'altcha');
    // A failed read is not kept: the next challenge asks again.
    this.secret.catch(() => {
      this.secret = undefined;
    });
    return this.secret;
  }

  /** A new challenge, as JSON the widget reads. */
  async challenge(now = Date.now()): Promise<string> {
    const secret = await this.hmacSecret();
    const { altchaCost, altchaMaxCounter, altchaExpirySeconds } = this.settings;
    const challenge = await createChallenge({
      algorithm: ALGORITHM,
      cost: altchaCost,
      counter: randomInt(Math.ceil(altchaMaxCounter / 2), altchaMaxCounter),
      deriveKey,
      expiresAt: Math.floor(now / 1000) + altchaExpirySeconds,
      hmacSignatureSecret: secret,
      hmacKeySignatureSecret: `${secret}:key`,
    });
    return JSON.stringify(challenge);
  }

  /**
   * The solved challenge of a widget's payload (base64 JSON), verified: its signature, its
   * solution and its expiry. Returns what makes it single-use (its signature) and when it expires.
   * BAD_USER_INPUT (CHALLENGE_INVALID or CHALLENGE_EXPIRED) otherwise.
   */
  async verify(payload: string): Promise<{ signature: string; expiresAt: Date }> {
    const decoded = decodePayload(payload);
    const secret = await this.hmacSecret();
    const result = await verifySolution({
      challenge: decoded.challenge as Challenge,
      solution: decoded.solution,
      deriveKey,
      hmacSignatureSecret: secret,
      hmacKeySignatureSecret: `${secret}:key`,
    });
    if (result.expired) {
      throw badInput('input.challenge', {
        reason: 'CHALLENGE_EXPIRED',
        message: 'the proof of work has expired; solve a new challenge.',
      });
    }
    const signature = decoded.challenge.signature;
    const expiresAt = decoded.challenge.parameters.expiresAt;
    if (!result.verified || !signature || typeof expiresAt !== 'number') throw invalid();
    return { signature, expiresAt: new Date(expiresAt * 1000) };
  }
}

const invalid = () =>
  badInput('input.challenge', {
    reason: 'CHALLENGE_INVALID',
    message: 'is not a solved challenge this server gave out.',
  });

function decodePayload(payload: string): Payload {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  } catch {
    throw invalid();
  }
  const p = parsed as Partial<Payload> | null;
  const parameters = p?.challenge?.parameters;
  if (
    !p ||
    typeof p !== 'object' ||
    !p.solution ||
    typeof p.solution !== 'object' ||
    !parameters ||
    typeof parameters !== 'object' ||
    parameters.algorithm !== ALGORITHM ||
    typeof p.challenge?.signature !== 'string'
  ) {
    throw invalid();
  }
  return p as Payload;
}

/** A secret every replica shares: made once by whichever asks first, then read by all. */
export async function sharedSecret(ds: DataSource | EntityManager, name: string): Promise<string> {
  const m = 'manager' in ds ? ds.manager : ds;
  await m.query('INSERT INTO server_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
    name,
    randomBytes(32).toString('base64url'),
  ]);
  const [row]: { value: string }[] = await m.query('SELECT value FROM server_secret WHERE name = $1', [name]);
  if (!row) throw new Error(`The server secret ${name} could not be kept.`);
  return row.value;
}

/**
 * Spends a verified challenge in the caller's transaction: true the first time, false if any
 * replica spent it before. Rows are kept until the challenge expires (purgeSpentChallenges).
 */
export async function spendChallenge(m: EntityManager, spent: { signature: string; expiresAt: Date }) {
  const rows: unknown[] = await m.query(
    'INSERT INTO spent_challenge (signature, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1',
    [spent.signature, spent.expiresAt],
  );
  return rows.length === 1;
}

declare module '../../graphql/context.js' {
  interface Services {
    /** The public page's proof of work (this module). */
    proofOfWork: ProofOfWork;
  }
}

import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import { DomainError } from '../errors.js';
import type { Refusal } from '../refusals.js';

const DAY_SECONDS = 86_400;

/** "45 seconds", "2 minutes", "1 hour": how long to wait, in words. */
export function waitInWords(seconds: number): string {
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (seconds < 60) return unit(seconds, 'second');
  if (seconds < 3600) return unit(Math.ceil(seconds / 60), 'minute');
  return unit(Math.ceil(seconds / 3600), 'hour');
}

/** The refusal, given the wait in English words and in whole seconds (the client words it itself). */
type Say = (wait: string, seconds: number) => Refusal;

/**
 * RATE_LIMITED, with the whole seconds to wait in extensions.retryAfter. `http`: refused before
 * any operation ran (while building the context), so the whole response is a 429 with Retry-After;
 * Apollo takes that extension for the response and drops it. An operation's own refusal stays a
 * GraphQL error in a 200 response, as every other domain error is.
 */
export function rateLimited(say: Say, ms: number, http = false): DomainError {
  const retryAfter = Math.max(1, Math.ceil(ms / 1000));
  return new DomainError('RATE_LIMITED', say(waitInWords(retryAfter), retryAfter), {
    retryAfter,
    ...(http ? { http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) } } : {}),
  });
}

/**
 * The rate limits, kept in PostgreSQL (table `rate_limit`, created by migration AuditLog, in
 * rate-limiter-flexible's own layout), so every replica counts against the same totals. A limit
 * set to 0 is off. Successes are not counted at sign-in: only wrong passwords are.
 *
 * Its own small pool, with synchronous_commit off: a counter need not survive a crash, and
 * without it every write's extra upsert waited for its own WAL flush (measured: +10 ms a mutation).
 * Writes are counted a share at a time (WriteAllowance), so most cost no statement at all.
 */
export class RateLimits {
  private readonly accountFailures: RateLimiterPostgres;
  private readonly accountBlocks: RateLimiterPostgres;
  private readonly addressFailures: RateLimiterPostgres;
  private readonly writeAllowance: WriteAllowance;
  private readonly anonymous: RateLimiterPostgres;
  private readonly publicByAddress: RateLimiterPostgres;
  private readonly publicByRound: RateLimiterPostgres;

  private readonly pool: pg.Pool;

  constructor(
    databaseUrl: string,
    private readonly config: Pick<
      Config,
      | 'loginAccountFailures'
      | 'loginBlockSeconds'
      | 'loginMaxBlockSeconds'
      | 'loginAddressFailuresPerDay'
      | 'writesPerMinute'
      | 'anonymousPerMinute'
      | 'publicOpinionsPerHour'
      | 'publicOpinionsPerRoundMinute'
    >,
  ) {
    this.pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 4,
      application_name: 'gongbian-limits',
      options: '-c synchronous_commit=off',
    });
    this.pool.on('error', () => {}); // a dropped idle connection is replaced on the next query
    const pool = this.pool;
    const limiter = (keyPrefix: string, points: number, duration: number, clearExpiredByTimeout = false) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: 'rate_limit',
        tableCreated: true,
        // One of them sweeps expired rows for all (they share the table).
        clearExpiredByTimeout,
        keyPrefix,
        points: Math.max(points, 1),
        duration,
      });
    // Wrong passwords for one email, forgotten a day after the first or at a success.
    this.accountFailures = limiter('login_account', config.loginAccountFailures, DAY_SECONDS, true);
    this.accountBlocks = limiter('login_block', 1, DAY_SECONDS);
    this.addressFailures = limiter('login_address', config.loginAddressFailuresPerDay, DAY_SECONDS);
    this.writeAllowance = new WriteAllowance(limiter('write', config.writesPerMinute, 60), config.writesPerMinute);
    this.anonymous = limiter('anonymous', config.anonymousPerMinute, 60);
    this.publicByAddress = limiter('public_address', config.publicOpinionsPerHour, 3600);
    this.publicByRound = limiter('public_round', config.publicOpinionsPerRoundMinute, 60);
  }

  async stop(): Promise<void> {
    await this.pool.end().catch(() => {});
  }

  /** Refuses a sign-in while the email is blocked or the address has failed too often today. */
  async checkSignIn(email: string, address: string): Promise<void> {
    const [block, failures] = await Promise.all([
      this.config.loginAccountFailures > 0 ? this.accountBlocks.get(email) : null,
      this.config.loginAddressFailuresPerDay > 0 ? this.addressFailures.get(address) : null,
    ]);
    if (block && block.consumedPoints > 1 && block.msBeforeNext > 0) {
      throw rateLimited(
        (wait, seconds) => ({
          reason: 'ACCOUNT_LOCKED',
          message: `Too many wrong passwords for this account. Wait ${wait} before trying again, or ask your administrator for help.`,
          facts: { seconds },
        }),
        block.msBeforeNext,
      );
    }
    if (failures && failures.consumedPoints >= this.config.loginAddressFailuresPerDay && failures.msBeforeNext > 0) {
      throw rateLimited(
        (wait, seconds) => ({
          reason: 'ADDRESS_LOCKED',
          message: `Too many failed sign-ins from your network today. Try again in ${wait}.`,
          facts: { seconds },
        }),
        failures.msBeforeNext,
      );
    }
  }

  /**
   * Counts a wrong password. From the loginAccountFailures-th in a row the email is refused for
   * loginBlockSeconds, doubling with each further one, up to loginMaxBlockSeconds.
   */
  async signInFailed(email: string, address: string): Promise<void> {
    const { loginAccountFailures: n, loginBlockSeconds: base, loginMaxBlockSeconds: max } = this.config;
    await Promise.all([
      (async () => {
        if (n <= 0) return;
        const res = await this.accountFailures.penalty(email);
        if (res.consumedPoints < n || base <= 0) return;
        const seconds = Math.min(base * 2 ** Math.min(res.consumedPoints - n, 30), Math.max(max, base));
        await this.accountBlocks.block(email, seconds);
      })(),
      this.config.loginAddressFailuresPerDay > 0 ? this.addressFailures.penalty(address) : null,
    ]);
  }

  /** A right password forgets the email's wrong ones. */
  async signInSucceeded(email: string): Promise<void> {
    if (this.config.loginAccountFailures > 0) await this.accountFailures.delete(email);
  }

  /** One write (mutation) by a person. */
  async write(personId: string): Promise<void> {
    if (this.config.writesPerMinute <= 0) return;
    try {
      await this.writeAllowance.spend(personId);
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      throw rateLimited(
        (wait, seconds) => ({
          reason: 'WRITES_TOO_FAST',
          message: `You are making changes faster than ${this.config.writesPerMinute} a minute. Wait ${wait} and try again.`,
          facts: { seconds, perMinute: this.config.writesPerMinute },
        }),
        err.msBeforeNext,
      );
    }
  }

  /** One opinion sent through the public page: counted per address per hour and per round per minute. */
  async publicOpinion(address: string, consultationId: string): Promise<void> {
    if (this.config.publicOpinionsPerHour > 0) {
      await consumeOrRefuse(this.publicByAddress, address, (wait, seconds) => ({
        reason: 'PUBLIC_OPINIONS_TOO_FAST',
        message: `You have sent ${this.config.publicOpinionsPerHour} opinions this hour. Wait ${wait} and try again.`,
        facts: { seconds },
      }));
    }
    if (this.config.publicOpinionsPerRoundMinute > 0) {
      await consumeOrRefuse(this.publicByRound, consultationId, (wait, seconds) => ({
        reason: 'CONSULTATION_BUSY',
        message: `This consultation is taking many opinions right now. Wait ${wait} and try again.`,
        facts: { seconds },
      }));
    }
  }

  /** One request from an address without a session. */
  async anonymousCall(address: string): Promise<void> {
    if (this.config.anonymousPerMinute <= 0) return;
    await consumeOrRefuse(
      this.anonymous,
      address,
      (wait, seconds) => ({
        reason: 'ANONYMOUS_TOO_FAST',
        message: `Too many requests from your address without signing in. Wait ${wait} and try again.`,
        facts: { seconds },
      }),
      true,
    );
  }
}

/** A person's share of their write limit, taken from the shared count and not yet spent. */
interface Held {
  left: number;
  /** What the shared count had left after the last share was taken. */
  remaining: number;
  /** Date.now() when the count's minute ends, and what is held with it. */
  until: number;
}

/**
 * A person's writes, counted in the shared store (every replica's) a share at a time: one upsert
 * takes `share` points (a twentieth of the limit), which this process then spends locally until
 * they run out or the minute ends — so most writes send no statement. Once fewer than a share are
 * left it takes one point at a time, so one process allows exactly the limit. With several
 * replicas, a person's unspent points on one are not available on another: a person writing
 * through several at once may be refused up to share − 1 writes early per other replica.
 */
class WriteAllowance {
  private readonly held = new Map<string, Held>();
  /** The one take in flight per person: concurrent writes wait for it rather than each taking a share. */
  private readonly taking = new Map<string, Promise<void>>();
  private readonly share: number;

  constructor(
    private readonly limiter: RateLimiterPostgres,
    limit: number,
  ) {
    this.share = Math.max(1, Math.floor(limit / 20));
  }

  /** Spends one point of the person's; rejects with the store's RateLimiterRes when over the limit. */
  async spend(personId: string): Promise<void> {
    for (;;) {
      const held = this.held.get(personId);
      if (held && held.left > 0 && Date.now() < held.until) {
        held.left--;
        return;
      }
      let take = this.taking.get(personId);
      if (!take) {
        take = this.take(personId, held).finally(() => this.taking.delete(personId));
        this.taking.set(personId, take);
      }
      await take;
    }
  }

  private async take(personId: string, before: Held | undefined): Promise<void> {
    const now = Date.now();
    if (this.held.size > 10_000) for (const [k, h] of this.held) if (h.until <= now) this.held.delete(k);
    const n = before && now < before.until && before.remaining < this.share ? 1 : this.share;
    try {
      const res = await this.limiter.consume(personId, n);
      this.held.set(personId, { left: n, remaining: res.remainingPoints, until: Date.now() + res.msBeforeNext });
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      this.held.set(personId, { left: 0, remaining: 0, until: Date.now() + err.msBeforeNext });
      // A whole share no longer fits (other replicas took points meanwhile): give it back, and
      // the next try takes one point.
      if (n > 1) await this.limiter.reward(personId, n);
      else throw err;
    }
  }
}

async function consumeOrRefuse(limiter: RateLimiterPostgres, key: string, say: Say, http = false) {
  try {
    await limiter.consume(key);
  } catch (err) {
    if (err instanceof RateLimiterRes) throw rateLimited(say, err.msBeforeNext, http);
    throw err;
  }
}

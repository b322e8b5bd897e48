import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import IORedis from 'ioredis';
import { BOARD_CONFIG, BoardConfig } from '../config';

/** Why a login is not even tried, and for how long. */
export interface LoginRefusal {
  scope: 'account' | 'address';
  retryAfterSeconds: number;
}

/**
 * Failed logins counted in Redis per account and per address, in a window that starts at the first
 * failure: the account is locked after BOARD_LOGIN_MAX_FAILURES, the address (one machine trying many
 * accounts) after BOARD_LOGIN_MAX_FAILURES_PER_ADDRESS, until the window ends or an admin unlocks it.
 * A success clears the account's count. Hand-written on INCR/EXPIRE rather than @nestjs/throttler:
 * the throttler counts requests per route and client, not failures per account, and cannot be lifted
 * for one account. When Redis cannot be reached the board still lets people log in (a coordinator
 * locked out during an outage is worse than an unthrottled form for that time) and says so in its log.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly redis: IORedis;

  constructor(@Inject(BOARD_CONFIG) private readonly config: BoardConfig) {
    // Fail fast: a login waits on this, and a down Redis must not hang the form.
    this.redis = new IORedis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
    this.redis.on('error', () => undefined);
  }

  async refusal(email: string, address: string): Promise<LoginRefusal | undefined> {
    try {
      await this.connected();
      const [account, byAddress] = await Promise.all([this.state(accountKey(email)), this.state(addressKey(address))]);
      if (account.failures >= this.config.BOARD_LOGIN_MAX_FAILURES) return { scope: 'account', retryAfterSeconds: account.ttl };
      if (byAddress.failures >= this.config.BOARD_LOGIN_MAX_FAILURES_PER_ADDRESS) return { scope: 'address', retryAfterSeconds: byAddress.ttl };
      return undefined;
    } catch (err) {
      this.logger.warn(`login throttling unavailable (Redis: ${(err as Error).message}); the login is tried`);
      return undefined;
    }
  }

  /** Counts a failure; returns how many the account has now. */
  async failed(email: string, address: string): Promise<number> {
    try {
      await this.connected();
      const window = this.config.BOARD_LOGIN_LOCK_MINUTES * 60;
      const [account] = await Promise.all([this.count(accountKey(email), window), this.count(addressKey(address), window)]);
      return account;
    } catch {
      return 0;
    }
  }

  async succeeded(email: string): Promise<void> {
    await this.connected().then(() => this.redis.del(accountKey(email))).catch(() => undefined);
  }

  /** An admin lifts an account's lockout at once. Returns whether it was locked. */
  async unlock(email: string): Promise<boolean> {
    await this.connected();
    const failures = Number((await this.redis.get(accountKey(email))) ?? 0);
    await this.redis.del(accountKey(email));
    return failures >= this.config.BOARD_LOGIN_MAX_FAILURES;
  }

  async onModuleDestroy() {
    this.redis.disconnect();
  }

  private async connected(): Promise<void> {
    if (this.redis.status === 'wait' || this.redis.status === 'end') await this.redis.connect();
  }

  private async state(key: string): Promise<{ failures: number; ttl: number }> {
    const [[, failures], [, ttl]] = (await this.redis.multi().get(key).ttl(key).exec()) as [[null, string | null], [null, number]];
    return { failures: Number(failures ?? 0), ttl: Math.max(1, ttl) };
  }

  private async count(key: string, windowSeconds: number): Promise<number> {
    const [[, n]] = (await this.redis.multi().incr(key).expire(key, windowSeconds, 'NX').exec()) as [[null, number]];
    return n;
  }
}

const accountKey = (email: string) => `board:login-failures:account:${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `board:login-failures:address:${address}`;

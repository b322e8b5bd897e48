import { Inject, Injectable } from '@nestjs/common';
import { SANDBOX_CONFIG, SandboxConfig } from '../config';
import { replyToken } from '../ids';

/**
 * Reply tokens the sandbox put in webhooks: each answers one reply, to the user who sent the event,
 * and only for a short while (SANDBOX_REPLY_TOKEN_TTL_SECONDS), as LINE's.
 */
@Injectable()
export class ReplyTokens {
  private readonly open = new Map<string, { userId: string; expiresAt: number }>();

  constructor(@Inject(SANDBOX_CONFIG) private readonly config: SandboxConfig) {}

  issue(userId: string): string {
    const token = replyToken();
    this.open.set(token, { userId, expiresAt: Date.now() + this.config.SANDBOX_REPLY_TOKEN_TTL_SECONDS * 1000 });
    return token;
  }

  /** The user the token answers, once; undefined for unknown, used or expired tokens. */
  redeem(token: string): string | undefined {
    const entry = this.open.get(token);
    this.open.delete(token);
    this.forgetExpired();
    return entry && entry.expiresAt > Date.now() ? entry.userId : undefined;
  }

  private forgetExpired(): void {
    const now = Date.now();
    for (const [token, entry] of this.open) if (entry.expiresAt <= now) this.open.delete(token);
  }
}

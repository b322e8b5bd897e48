import { Injectable } from '@nestjs/common';
import { replyToken } from '../ids';

/** Reply tokens the sandbox put in webhooks: each answers one reply, to the user who sent the event. */
@Injectable()
export class ReplyTokens {
  private readonly open = new Map<string, string>();

  issue(userId: string): string {
    const token = replyToken();
    this.open.set(token, userId);
    return token;
  }

  /** The user the token answers, once; undefined for unknown or used tokens. */
  redeem(token: string): string | undefined {
    const userId = this.open.get(token);
    this.open.delete(token);
    return userId;
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { createLineClient, LineClient, ProviderError, pushMessage, replyMessage } from '@rescue/channels';
import { INTAKE_CONFIG, IntakeConfig } from '../config';

const ATTEMPTS = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Answers a LINE event with its reply token (free, unlike a push). The token is single-use and
 * short-lived, so a refused reply is logged, not queued; a rate limit or outage is retried briefly.
 * A receipt whose token expired is pushed instead.
 */
@Injectable()
export class LineReplier {
  private readonly logger = new Logger(LineReplier.name);
  private readonly client: LineClient;

  constructor(@Inject(INTAKE_CONFIG) config: IntakeConfig) {
    this.client = createLineClient({ channelAccessToken: config.LINE_CHANNEL_ACCESS_TOKEN, baseURL: config.LINE_API_BASE_URL });
  }

  async reply(replyToken: string | undefined, text: string): Promise<boolean> {
    if (!replyToken) return false;
    return this.attempt('reply', () => replyMessage(this.client, { replyToken, messages: [{ type: 'text', text }] }));
  }

  /** A push (counts against the monthly quota); the retry key from `deliveryId` shows it once. */
  push(userId: string, text: string, deliveryId: string): Promise<boolean> {
    return this.attempt('push', () => pushMessage(this.client, { to: userId, messages: [{ type: 'text', text }], deliveryId }));
  }

  private async attempt(what: string, send: () => Promise<unknown>): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await send();
        return true;
      } catch (err) {
        const temporary = err instanceof ProviderError && err.temporary;
        if (!temporary || attempt >= ATTEMPTS) {
          this.logger.warn(`LINE ${what} not sent: ${(err as Error).message}`);
          return false;
        }
        await sleep(200 * 2 ** attempt);
      }
    }
  }
}

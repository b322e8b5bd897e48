import { Inject, Injectable, Logger } from '@nestjs/common';
import { createLineClient, LineClient, ProviderError, replyMessage } from '@rescue/channels';
import { INTAKE_CONFIG, IntakeConfig } from '../config';

const ATTEMPTS = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Answers a LINE event with its reply token (free, unlike a push). The token is single-use and
 * short-lived, so a refused reply is logged, not queued; a rate limit or outage is retried briefly.
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
    for (let attempt = 1; ; attempt++) {
      try {
        await replyMessage(this.client, { replyToken, messages: [{ type: 'text', text }] });
        return true;
      } catch (err) {
        const temporary = err instanceof ProviderError && err.temporary;
        if (!temporary || attempt >= ATTEMPTS) {
          this.logger.warn(`LINE reply not sent: ${(err as Error).message}`);
          return false;
        }
        await sleep(200 * 2 ** attempt);
      }
    }
  }
}

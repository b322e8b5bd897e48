import { Inject, Injectable, Logger } from '@nestjs/common';
import { createLineClient, LineClient } from '@rescue/channels';
import { INTAKE_CONFIG, IntakeConfig } from '../config';

/**
 * The language a LINE user set in their app, from their profile (GET /v2/bot/profile/{userId}).
 * LINE omits it without the user's consent, and the call may fail: then it is undefined.
 */
@Injectable()
export class LineProfileLanguage {
  private readonly logger = new Logger(LineProfileLanguage.name);
  private readonly client: LineClient;

  constructor(@Inject(INTAKE_CONFIG) config: IntakeConfig) {
    this.client = createLineClient({ channelAccessToken: config.LINE_CHANNEL_ACCESS_TOKEN, baseURL: config.LINE_API_BASE_URL });
  }

  async of(userId: string): Promise<string | undefined> {
    try {
      return (await this.client.getProfile(userId)).language;
    } catch (err) {
      this.logger.warn(`LINE profile not read: ${(err as Error).message}`);
      return undefined;
    }
  }
}

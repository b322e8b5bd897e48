import { Inject, Injectable, Logger } from '@nestjs/common';
import { messagingApi } from '@line/bot-sdk';
import { Database } from '@rescue/persistence';
import { Sealer } from '@rescue/platform';
import { INTAKE_CONFIG, IntakeConfig } from '../config';

/** Larger than any photo LINE delivers; a bigger body is not kept (the tip still names it). */
const MAX_BYTES = 20 * 1024 * 1024;
/** The SDK's fetch has no deadline of its own; the report must not wait on a stuck download. */
const FETCH_TIMEOUT_MS = 15_000;

/**
 * Fetches the content of a photo a member of the public sent (GET /v2/bot/message/{id}/content on
 * api-data.line.me, through the SDK) and keeps it sealed, since LINE deletes content after a while.
 * A failure is logged and the tip goes on without it: the photo must not cost the report.
 */
@Injectable()
export class SaveLineMedia {
  private readonly logger = new Logger(SaveLineMedia.name);
  private readonly client: messagingApi.MessagingApiBlobClient;

  constructor(
    @Inject(INTAKE_CONFIG) config: IntakeConfig,
    @Inject(Database) private readonly db: Database,
    @Inject(Sealer) private readonly sealer: Sealer,
  ) {
    this.client = new messagingApi.MessagingApiBlobClient({ channelAccessToken: config.LINE_CHANNEL_ACCESS_TOKEN, baseURL: config.LINE_DATA_API_BASE_URL });
  }

  /** Resolves to the size kept, or undefined when the content could not be fetched. */
  async execute(input: { messageId: string; reporterKey: string }): Promise<{ bytes: number; contentType: string } | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new Error(`no content after ${FETCH_TIMEOUT_MS} ms`)), FETCH_TIMEOUT_MS);
    });
    try {
      return await Promise.race([this.fetchAndKeep(input), timeout]);
    } catch (err) {
      this.logger.warn(`LINE content of message ${input.messageId} not kept: ${(err as Error).message}`);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  private async fetchAndKeep(input: { messageId: string; reporterKey: string }): Promise<{ bytes: number; contentType: string }> {
    const res = await this.client.getMessageContentWithHttpInfo(input.messageId);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += (chunk as Buffer).length;
      if (size > MAX_BYTES) throw new Error(`content larger than ${MAX_BYTES} bytes`);
      chunks.push(chunk as Buffer);
    }
    const contentType = res.httpResponse.headers.get('content-type') ?? 'application/octet-stream';
    await this.db.query(
      `INSERT INTO public_media (message_id, channel, reporter_key, content_type, size_bytes, content_sealed)
       VALUES ($1, 'line', $2, $3, $4, $5) ON CONFLICT (message_id) DO NOTHING`,
      [input.messageId, input.reporterKey, contentType, size, this.sealer.seal(Buffer.concat(chunks).toString('base64'))],
    );
    return { bytes: size, contentType };
  }
}

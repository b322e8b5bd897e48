import { Inject, Injectable } from '@nestjs/common';
import { SANDBOX_CONFIG, SandboxConfig } from '../config';
import { KeptMap } from '../messages/kept-map';

/** A 1x1 PNG, for an image message sent without content of its own. */
export const SAMPLE_IMAGE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

export interface MessageContent {
  contentType: string;
  bytes: Buffer;
}

/** What users sent as images (or other media), by LINE message id, for the content endpoint: the last SANDBOX_KEEP_TOTAL. */
@Injectable()
export class MessageContents {
  private readonly contents: KeptMap<string, MessageContent>;

  constructor(@Inject(SANDBOX_CONFIG) config: Pick<SandboxConfig, 'SANDBOX_KEEP_TOTAL'>) {
    this.contents = new KeptMap(config.SANDBOX_KEEP_TOTAL);
  }

  put(messageId: string, content: MessageContent): void {
    this.contents.set(messageId, content);
  }

  get(messageId: string): MessageContent | undefined {
    return this.contents.get(messageId);
  }
}

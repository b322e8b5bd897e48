import { Injectable } from '@nestjs/common';
import { AutoReplyAllowance } from '../auto-replies/auto-reply-allowance';
import { LinkResponder } from './link-responder';
import { LINK_REFUSED, responderCopy } from './responder-copy';

/** Tries per sender and hour: enough for typos, far too few to guess a code. */
const LINK_TRIES_PER_HOUR = 5;

/** "LINK <code>" from any LINE user or phone: links it, and says so (or that the code is no good). */
@Injectable()
export class AnswerLinkRequest {
  constructor(
    private readonly link: LinkResponder,
    private readonly allowance: AutoReplyAllowance,
  ) {}

  async execute(input: { code: string; channel: 'line' | 'sms'; address: string }): Promise<string | undefined> {
    if (!(await this.allowance.take(input.address, 'link', LINK_TRIES_PER_HOUR))) return undefined;
    const responder = await this.link.execute(input);
    return responder ? responderCopy(responder.languages).linked(responder.name) : LINK_REFUSED;
  }
}

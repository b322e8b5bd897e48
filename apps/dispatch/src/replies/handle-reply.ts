import { Injectable, Logger } from '@nestjs/common';
import { ResponderReplied } from '@rescue/contracts';
import { AcceptAlert } from './accept-alert';
import { DeclineAlert } from './decline-alert';
import { MarkArrived } from './mark-arrived';
import { ReleaseAlert } from './release-alert';
import { ReplyTarget } from './reply-target';

@Injectable()
export class HandleReply {
  private readonly logger = new Logger(HandleReply.name);

  constructor(
    private readonly target: ReplyTarget,
    private readonly accept: AcceptAlert,
    private readonly decline: DeclineAlert,
    private readonly arrived: MarkArrived,
    private readonly release: ReleaseAlert,
  ) {}

  async execute(reply: ResponderReplied): Promise<void> {
    const alert = await this.target.find(reply);
    if (!alert) {
      this.logger.warn(`reply ${reply.replyId} from ${reply.responderId} names no open alert (code ${reply.code ?? '-'})`);
      return;
    }
    // The channel the answer came by goes into the timeline (drill reports say who answered how).
    if (reply.action === 'accept') await this.accept.execute(alert, reply.replyId, alert.responder_id, reply.channel);
    else if (reply.action === 'decline') await this.decline.execute(alert, reply.replyId, reply.channel);
    else if (reply.action === 'release') await this.release.execute(alert, reply.replyId);
    else await this.arrived.execute(alert, reply.replyId, reply.channel);
  }
}

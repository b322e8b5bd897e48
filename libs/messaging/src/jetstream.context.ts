import { BaseRpcContext } from '@nestjs/microservices';
import { JsMsg, MsgHdrs } from 'nats';

/**
 * What a handler may learn about the message it is processing (`@Ctx() ctx: JetStreamContext`):
 * enough to log, to dedupe, or to act differently on a late redelivery.
 */
export class JetStreamContext extends BaseRpcContext<[JsMsg]> {
  getMessage(): JsMsg {
    return this.args[0];
  }

  getSubject(): string {
    return this.args[0].subject;
  }

  /** The producer's `Nats-Msg-Id` (deterministic, derived from the message's cause). */
  getMessageId(): string | undefined {
    return this.args[0].headers?.get('Nats-Msg-Id') || undefined;
  }

  /** 1 on the first delivery, 2 on the first redelivery, ... */
  getDeliveryCount(): number {
    return this.args[0].info.deliveryCount;
  }

  getStreamSequence(): number {
    return this.args[0].info.streamSequence;
  }

  getHeaders(): MsgHdrs | undefined {
    return this.args[0].headers;
  }
}

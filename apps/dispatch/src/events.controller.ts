import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  AcknowledgeCommand, AlertDeliveries, AlertDelivery, DrillCommand, EscalateCommand, IncidentOpened, MergeCommand, ReassignCommand, RedispatchCommand,
  RenotifyCommand, ReopenCommand, ResolveCommand, ResponderReplied, Subjects,
} from '@rescue/contracts';
import { AcknowledgeOnBehalf } from './commands/acknowledge-on-behalf';
import { EscalateNow } from './commands/escalate-now';
import { Renotify } from './commands/renotify';
import { MergeIncident } from './commands/merge-incident';
import { ReassignRole } from './commands/reassign-role';
import { RedispatchIncident } from './commands/redispatch-incident';
import { ReopenIncident } from './commands/reopen-incident';
import { ResolveIncident } from './commands/resolve-incident';
import { StartDrill } from './commands/start-drill';
import { StartEscalation } from './escalation/start-escalation';
import { RecordDelivery } from './outbox/record-delivery';
import { HandleReply } from './replies/handle-reply';

@Controller()
export class EventsController {
  constructor(
    private readonly startEscalation: StartEscalation,
    private readonly handleReply: HandleReply,
    private readonly recordDelivery: RecordDelivery,
    private readonly acknowledgeOnBehalf: AcknowledgeOnBehalf,
    private readonly escalateNow: EscalateNow,
    private readonly resolveIncident: ResolveIncident,
    private readonly renotify: Renotify,
    private readonly reassignRole: ReassignRole,
    private readonly mergeIncident: MergeIncident,
    private readonly redispatchIncident: RedispatchIncident,
    private readonly reopenIncident: ReopenIncident,
    private readonly startDrill: StartDrill,
  ) {}

  @EventPattern(Subjects.incidentOpened)
  opened(@Payload() event: IncidentOpened) {
    return this.startEscalation.execute(event);
  }

  @EventPattern(Subjects.responderReplied)
  replied(@Payload() event: ResponderReplied) {
    return this.handleReply.execute(event);
  }

  /** One status (as published before statuses were batched; kept for messages still in the stream). */
  @EventPattern(Subjects.alertDelivery)
  delivery(@Payload() event: AlertDelivery) {
    return this.recordDelivery.execute(event);
  }

  @EventPattern(Subjects.alertDeliveries)
  async deliveries(@Payload() event: AlertDeliveries) {
    await Promise.all(event.deliveries.map((d) => this.recordDelivery.execute(d)));
  }

  @EventPattern(Subjects.acknowledgeCommand)
  acknowledge(@Payload() cmd: AcknowledgeCommand) {
    return this.acknowledgeOnBehalf.execute(cmd);
  }

  @EventPattern(Subjects.escalateCommand)
  escalate(@Payload() cmd: EscalateCommand) {
    return this.escalateNow.execute(cmd);
  }

  @EventPattern(Subjects.renotifyCommand)
  renotifyNow(@Payload() cmd: RenotifyCommand) {
    return this.renotify.execute(cmd);
  }

  @EventPattern(Subjects.resolveCommand)
  resolve(@Payload() cmd: ResolveCommand) {
    return this.resolveIncident.execute(cmd);
  }

  @EventPattern(Subjects.reassignCommand)
  reassign(@Payload() cmd: ReassignCommand) {
    return this.reassignRole.execute(cmd);
  }

  @EventPattern(Subjects.mergeCommand)
  merge(@Payload() cmd: MergeCommand) {
    return this.mergeIncident.execute(cmd);
  }

  @EventPattern(Subjects.redispatchCommand)
  redispatch(@Payload() cmd: RedispatchCommand) {
    return this.redispatchIncident.execute(cmd);
  }

  @EventPattern(Subjects.reopenCommand)
  reopen(@Payload() cmd: ReopenCommand) {
    return this.reopenIncident.execute(cmd);
  }

  @EventPattern(Subjects.drillCommand)
  drill(@Payload() cmd: DrillCommand) {
    return this.startDrill.execute(cmd);
  }
}

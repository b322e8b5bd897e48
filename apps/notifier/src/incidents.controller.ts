import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { IncidentAcknowledged, Subjects } from '@rescue/contracts';
import { TellReportersAccepted } from './reporters/tell-reporters-accepted';

@Controller()
export class IncidentsController {
  constructor(private readonly tellReporters: TellReportersAccepted) {}

  /** Acked once every public reporter's notice is queued. */
  @EventPattern(Subjects.incidentAcknowledged)
  acknowledged(@Payload() event: IncidentAcknowledged) {
    return this.tellReporters.execute(event);
  }
}

import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { LineEventReceived, Subjects } from '@rescue/contracts';
import { HandleLineEvent } from './handle-line-event';

/** Intake handles the LINE events it stored, after LINE had its 200. */
@Controller()
export class LineEventsController {
  constructor(private readonly handleLineEvent: HandleLineEvent) {}

  @EventPattern(Subjects.lineEventReceived)
  handle(@Payload() event: LineEventReceived) {
    return this.handleLineEvent.execute(event);
  }
}

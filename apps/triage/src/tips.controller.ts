import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Subjects, TipReceived } from '@rescue/contracts';
import { TriageTip } from './triage-tip';

@Controller()
export class TipsController {
  constructor(private readonly triageTip: TriageTip) {}

  @EventPattern(Subjects.tipReceived)
  handle(@Payload() tip: TipReceived) {
    return this.triageTip.execute(tip);
  }
}

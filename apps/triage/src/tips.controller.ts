import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { SplitCommand, Subjects, TipReceived } from '@rescue/contracts';
import { SplitTip } from './incidents/split-tip';
import { TriageTip } from './triage-tip';

@Controller()
export class TipsController {
  constructor(
    private readonly triageTip: TriageTip,
    private readonly splitTip: SplitTip,
  ) {}

  @EventPattern(Subjects.tipReceived)
  handle(@Payload() tip: TipReceived) {
    return this.triageTip.execute(tip);
  }

  @EventPattern(Subjects.splitCommand)
  split(@Payload() cmd: SplitCommand) {
    return this.splitTip.execute(cmd);
  }
}

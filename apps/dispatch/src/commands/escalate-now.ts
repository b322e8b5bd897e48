import { Injectable } from '@nestjs/common';
import { EscalateCommand } from '@rescue/contracts';
import { AdvanceChain } from '../escalation/advance-chain';
import { CommandPositions } from './command-positions';

/**
 * A coordinator does not wait for the deadline: the open chains move to their next step now. Each
 * chain moves from the position the command first saw, so a redelivered command moves nothing again.
 */
@Injectable()
export class EscalateNow {
  constructor(
    private readonly positions: CommandPositions,
    private readonly advance: AdvanceChain,
  ) {}

  async execute(cmd: EscalateCommand): Promise<void> {
    const chains = await this.positions.pendingChains(cmd.commandId, cmd.incidentId, cmd.role);
    if (!chains.length) return;
    await this.advance.executeMany(
      cmd.incidentId,
      chains.map((c) => ({ role: c.role, from: { step: c.step, fence: c.fence } })),
      'manual',
    );
  }
}

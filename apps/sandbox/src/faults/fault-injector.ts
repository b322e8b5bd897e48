import { Injectable } from '@nestjs/common';
import { SandboxChannel } from '../messages/sandbox-message';
import { FaultOutcome, FaultPlan } from './fault-plan';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Decides, per provider request, whether the sandbox misbehaves as the active plan says. */
@Injectable()
export class FaultInjector {
  private readonly plans = new Map<SandboxChannel, FaultPlan>();

  set(plan: FaultPlan): void {
    this.plans.set(plan.channel, { ...plan });
  }

  clear(channel?: SandboxChannel): void {
    if (channel) this.plans.delete(channel);
    else this.plans.clear();
  }

  active(): FaultPlan[] {
    return [...this.plans.values()];
  }

  deliveryStatus(channel: SandboxChannel): FaultPlan['deliveryStatus'] {
    return this.plans.get(channel)?.deliveryStatus;
  }

  /** Waits out any latency, then says how this request ends. */
  async decide(channel: SandboxChannel, recipient?: string): Promise<FaultOutcome> {
    const plan = this.plans.get(channel);
    if (!plan) return { kind: 'pass' };
    if (plan.latencyMs) await sleep(plan.latencyMs);
    const status = plan.status ?? 500;
    if (recipient && plan.blockedUsers?.includes(recipient)) return { kind: 'blocked' };
    if (plan.failNext && plan.failNext > 0) {
      plan.failNext -= 1;
      return { kind: 'error', status };
    }
    if (plan.errorRate !== undefined) return Math.random() < plan.errorRate ? { kind: 'error', status } : { kind: 'pass' };
    if (plan.status !== undefined && plan.failNext === undefined) return { kind: 'error', status };
    return { kind: 'pass' };
  }
}

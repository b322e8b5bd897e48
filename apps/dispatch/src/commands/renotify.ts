import { Inject, Injectable } from '@nestjs/common';
import { RenotifyCommand, Subjects } from '@rescue/contracts';
import { Responder } from '@rescue/domain';
import { JetStreamPublisher } from '@rescue/messaging';
import { Database } from '@rescue/persistence';
import { ContactBook } from '../directory/contact-book';
import { DirectoryService } from '../directory/directory.service';
import { AlertWriter } from '../escalation/alert-writer';
import { ReplyCodes } from '../escalation/reply-codes';
import { recordTimeline } from '../escalation/timeline';
import { AlertOutbox } from '../outbox/alert-outbox';
import { CommandPositions } from './command-positions';

/**
 * Re-notify: page again, on every channel, the people a pending chain is waiting for at its current
 * step (not those who declined), without moving the chain or its deadline. Each re-notify is its own
 * round of alerts (ids carry the command), and a redelivered command writes the same round again,
 * which is a no-op. Like every page, it goes out only while the role still waits for an accept.
 */
@Injectable()
export class Renotify {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly positions: CommandPositions,
    private readonly directory: DirectoryService,
    private readonly contacts: ContactBook,
    private readonly codes: ReplyCodes,
    private readonly alerts: AlertWriter,
    private readonly outbox: AlertOutbox,
    private readonly publisher: JetStreamPublisher,
  ) {}

  async execute(cmd: RenotifyCommand): Promise<void> {
    const chains = await this.positions.pendingChains(cmd.commandId, cmd.incidentId, cmd.role);
    const renotified: typeof chains = [];
    for (const chain of chains.filter((c) => c.step > 0)) {
      const waitingFor = await this.db.query<{ responder_id: string }>(
        `SELECT DISTINCT responder_id FROM alerts
          WHERE incident_id = $1 AND role = $2 AND step = $3 AND kind = 'page' AND state = 'paged'`,
        [cmd.incidentId, chain.role, chain.step],
      );
      const responders = await this.contacts.current(
        waitingFor.map((w) => this.directory.responder(w.responder_id)).filter((r): r is Responder => Boolean(r)),
      );
      const withPhone = responders.filter((r) => r.channels.sms).map((r) => ({ id: r.id, phone: r.channels.sms! }));
      const codes = await this.codes.allocate(cmd.incidentId, withPhone);
      if (!responders.length) continue;
      await this.db.tx(async (client) => {
        // Only while the chain is where the command found it: an accept or a move since wins.
        const { rows } = await client.query(
          `SELECT 1 FROM incident_roles WHERE incident_id = $1 AND role = $2 AND state = 'pending' AND step = $3 AND fence = $4 FOR SHARE`,
          [cmd.incidentId, chain.role, chain.step, chain.fence],
        );
        if (!rows.length) return;
        await this.alerts.pages(
          client,
          responders.map((r) => ({
            incidentId: cmd.incidentId, role: chain.role, step: chain.step, responder: r, everyChannel: true,
            code: codes.get(r.id) ?? null, round: cmd.commandId,
          })),
        );
        await recordTimeline(client, cmd.incidentId, `renotified-${cmd.commandId}-${chain.role}`, 'renotified', {
          role: chain.role, step: chain.step, responders: responders.map((r) => r.id), by: cmd.by,
        });
        renotified.push(chain);
      });
    }
    await this.outbox.flush(cmd.incidentId);
    for (const chain of renotified) {
      await this.publisher.publish(
        Subjects.incidentEscalated,
        { incidentId: cmd.incidentId, role: chain.role, step: chain.step, exhausted: false, reason: 'renotify', at: cmd.at },
        `renotified-${cmd.commandId}-${chain.role}`,
      );
    }
  }
}

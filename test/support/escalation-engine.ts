import 'reflect-metadata';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test, TestingModule } from '@nestjs/testing';
import IORedis from 'ioredis';
import { Client, Pool } from 'pg';
import { AlertRaised, Subjects } from '@rescue/contracts';
import { JetStreamPublisher, MessagingUnavailableError, PublishResult } from '@rescue/messaging';
import { Database, migrate } from '@rescue/persistence';
import { Clock, SystemClock } from '@rescue/platform';
import { schemaFor } from '../../libs/messaging/src/event-schemas';
import { AcknowledgeOnBehalf } from '../../apps/dispatch/src/commands/acknowledge-on-behalf';
import { EscalateNow } from '../../apps/dispatch/src/commands/escalate-now';
import { Renotify } from '../../apps/dispatch/src/commands/renotify';
import { ResolveIncident } from '../../apps/dispatch/src/commands/resolve-incident';
import { DispatchConfig } from '../../apps/dispatch/src/config';
import { DeadlineAuditor } from '../../apps/dispatch/src/deadlines/deadline-auditor';
import { DeadlinePosition, DeadlineScheduler } from '../../apps/dispatch/src/deadlines/deadline-scheduler';
import { DeadlineWorker } from '../../apps/dispatch/src/deadlines/deadline-worker';
import { DirectoryService } from '../../apps/dispatch/src/directory/directory.service';
import { DispatchModule } from '../../apps/dispatch/src/dispatch.module';
import { AdvanceChain } from '../../apps/dispatch/src/escalation/advance-chain';
import { StartEscalation } from '../../apps/dispatch/src/escalation/start-escalation';
import { HandleReply } from '../../apps/dispatch/src/replies/handle-reply';
import { ArrivalReminderWorker } from '../../apps/dispatch/src/reminders/arrival-reminder-worker';
import { ArrivalReminders } from '../../apps/dispatch/src/reminders/arrival-reminders';
import { e2eInfra } from './e2e-env';

/**
 * The escalation engine of dispatch, wired by Nest from `DispatchModule` against a fresh PostgreSQL
 * database and a Redis database of its own (the private Redis of the e2e run), with two changes:
 * - the JetStream publisher is a recording one (same `publish` contract: schema-validated payload,
 *   msg id), which can be told to fail as NATS would when it is away;
 * - the BullMQ deadline worker and the auditor's timers are not started: the test is the clock. It
 *   fires deadline jobs by running what the worker runs, and runs the reconciler when it chooses.
 */

/** A small directory whose answers do not depend on the time of day (so runs replay exactly). */
export const PROPERTY_DIRECTORY = /* yaml */ `
timeZone: Asia/Bangkok
organizations:
  - { id: police-a, name: Police A, kind: police }
  - { id: ngo-a, name: NGO A, kind: ngo }
  - { id: liaison-a, name: Liaison A, kind: cross-border-partner }
  - { id: centre, name: Coordination centre, kind: coordination }
responders:
  - { id: pol-1, name: Police One, organization: police-a, roles: [police], districts: [mae-sai], languages: [th], channels: { sms: "+66810000001", line: U00000000000000000000000000000a01 } }
  - { id: pol-2, name: Police Two, organization: police-a, roles: [police], districts: [mae-sai], languages: [en], channels: { sms: "+66810000002" } }
  - { id: pol-3, name: Police Three, organization: police-a, roles: [police], districts: [mae-sai], languages: [th], channels: { line: U00000000000000000000000000000a03 } }
  - { id: ngo-1, name: NGO One, organization: ngo-a, roles: [ngo], districts: [mae-sai], languages: [th], channels: { line: U00000000000000000000000000000b01 } }
  - { id: ngo-2, name: NGO Two, organization: ngo-a, roles: [ngo], districts: [mae-sai], languages: [en], channels: { sms: "+66810000012" } }
  - { id: liaison-1, name: Liaison One, organization: liaison-a, roles: [liaison], districts: [mae-sai], languages: [en], channels: { sms: "+66810000021" } }
  - { id: coord-1, name: Coordinator One, organization: centre, roles: [coordinator], districts: ["*"], languages: [th], channels: { sms: "+66810000091" } }
  - { id: coord-2, name: Coordinator Two, organization: centre, roles: [coordinator, police], districts: ["*"], languages: [en], channels: { sms: "+66810000092", line: U00000000000000000000000000000c02 } }
teams:
  - { id: police-team, name: Police team, organization: police-a, members: [pol-1, pol-2] }
coordinators: [coord-1, coord-2]
schedules:
  # Starts in a far future: nobody is on call, so a step naming it is skipped at once.
  - id: nobody-yet
    name: Nobody yet
    role: police
    districts: [mae-sai]
    layers:
      - { name: future, rotation: daily, handoff: "08:00", start: "2999-01-01", members: [pol-3] }
  - id: liaison-duty
    name: Liaison duty
    role: liaison
    districts: [mae-sai]
    layers:
      - { name: always, rotation: daily, handoff: "08:00", start: "2025-01-06", members: [liaison-1] }
policies:
  - id: p1
    districts: [mae-sai]
    priorities: [P1]
    repeat: 1
    chains:
      - role: police
        required: true
        steps:
          - { waitMinutes: 5, targets: [{ team: police-team }] }
          - { waitMinutes: 5, targets: [{ schedule: nobody-yet }] }
          - { waitMinutes: 5, targets: [{ responders: [pol-3, coord-2] }] }
      - role: ngo
        required: true
        steps:
          - { waitMinutes: 5, targets: [{ responders: [ngo-1] }] }
          - { waitMinutes: 5, targets: [{ responders: [ngo-2] }] }
      - role: liaison
        required: false
        steps:
          - { waitMinutes: 5, targets: [{ schedule: liaison-duty }] }
  - id: p2
    districts: [mae-sai]
    priorities: [P2]
    repeat: 0
    chains:
      - role: ngo
        required: true
        steps:
          - { waitMinutes: 15, targets: [{ responders: [ngo-2, ngo-1] }] }
`;

export interface Published {
  subject: string;
  msgId: string;
  payload: any;
  /** For pages: the role chain and incident as committed when the page was published. */
  roleState?: string;
  incidentState?: string;
}

/**
 * Records what dispatch publishes. For every page it reads, from another connection, the committed
 * state of the page's role chain at the moment of publishing: the outbox holds a share lock on that
 * row while it publishes, so an accept cannot commit in between; 'accepted' here is a page sent
 * after an accept.
 */
export class RecordingPublisher {
  readonly published: Published[] = [];
  failing = false;
  private readonly reader: Pool;

  constructor(databaseUrl: string) {
    this.reader = new Pool({ connectionString: databaseUrl, max: 4 });
    this.reader.on('error', () => undefined);
  }

  async start() {}

  async close() {
    await this.reader.end();
  }

  async publish(subject: string, payload: unknown, msgId: string): Promise<PublishResult> {
    const schema = schemaFor(subject);
    if (!schema) throw new Error(`no event schema for subject ${subject}`);
    if (!msgId) throw new Error(`publish to ${subject} needs a msg id`);
    const event = schema.parse(payload) as any;
    if (this.failing) throw new MessagingUnavailableError(`NATS is away (test); ${subject} ${msgId} not stored`);
    const record: Published = { subject, msgId, payload: event };
    if (subject === Subjects.alertRaised && (event as AlertRaised).kind === 'page') {
      const { rows } = await this.reader.query(
        `SELECT r.state AS role_state, i.state AS incident_state FROM incident_roles r JOIN incidents i ON i.id = r.incident_id
          WHERE r.incident_id = $1 AND r.role = $2`,
        [event.incidentId, event.role],
      );
      record.roleState = rows[0]?.role_state;
      record.incidentState = rows[0]?.incident_state;
    }
    this.published.push(record);
    return { seq: this.published.length, duplicate: false };
  }

  /** What the other sessions of this database are doing (for a test that hangs). */
  async activity(): Promise<unknown[]> {
    const { rows } = await this.reader.query(
      `SELECT pid, state, wait_event_type, wait_event, pg_blocking_pids(pid) AS blocked_by, left(query, 160) AS query
         FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return rows;
  }

  pages(): (Published & { payload: AlertRaised })[] {
    return this.published.filter((p) => p.subject === Subjects.alertRaised && p.payload.kind === 'page');
  }
}

export interface Engine {
  module: TestingModule;
  db: Database;
  redis: IORedis;
  publisher: RecordingPublisher;
  scheduler: DeadlineScheduler;
  auditor: DeadlineAuditor;
  advance: AdvanceChain;
  start: StartEscalation;
  reply: HandleReply;
  escalateNow: EscalateNow;
  renotify: Renotify;
  ackOnBehalf: AcknowledgeOnBehalf;
  resolve: ResolveIncident;
  /** Every deadline position ever scheduled (what jobs carried), for stale and duplicate firings. */
  scheduled: DeadlinePosition[];
  close(): Promise<void>;
}

/** A fresh database with the project's migrations, dropped by the returned function. */
export async function freshDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = `${e2eInfra().postgres}/postgres`;
  const run = async (sql: string) => {
    const c = new Client({ connectionString: admin });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await run(`CREATE DATABASE ${name}`);
  const url = `${e2eInfra().postgres}/${name}`;
  const db = new Database(url, 1);
  await migrate(db);
  await db.close();
  return { url, drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * `directory` replaces PROPERTY_DIRECTORY; `clock` replaces the wall clock for every on-call decision
 * (which turn of a rota pages, which hand-off is due), for tests about rotations and hand-offs.
 */
export async function startEngine(options: { databaseUrl: string; redisDb: number; directory?: string; clock?: Clock }): Promise<Engine> {
  const dir = mkdtempSync(join(tmpdir(), 'escalation-props-'));
  const directoryFile = join(dir, 'directory.yaml');
  writeFileSync(directoryFile, options.directory ?? PROPERTY_DIRECTORY);
  const redisUrl = `redis://127.0.0.1:${e2eInfra().redisPort}/${options.redisDb}`;
  const config = DispatchConfig.parse({
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: redisUrl,
    NATS_URL: 'nats://127.0.0.1:1', // never used: the publisher is replaced
    DIRECTORY_FILE: directoryFile,
    ESCALATION_TIME_SCALE: '1',
  });
  const publisher = new RecordingPublisher(options.databaseUrl);
  const module = await Test.createTestingModule({ imports: [DispatchModule.forRoot(config)] })
    .overrideProvider(Clock)
    .useValue(options.clock ?? new SystemClock())
    .overrideProvider(JetStreamPublisher)
    .useValue(publisher)
    .overrideProvider(DeadlineWorker)
    .useValue({ onModuleInit() {}, async onModuleDestroy() {} })
    .overrideProvider(ArrivalReminderWorker)
    .useValue({ onModuleInit() {}, async onModuleDestroy() {} })
    .compile();
  // Lifecycle by hand: the directory loads (and mirrors responders); no worker, no auditor timers.
  await module.get(DirectoryService).onModuleInit();
  const scheduler = module.get(DeadlineScheduler);
  const scheduled: DeadlinePosition[] = [];
  const schedule = scheduler.schedule.bind(scheduler);
  scheduler.schedule = async (p, at) => {
    scheduled.push({ ...p });
    return schedule(p, at);
  };
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: null });
  return {
    module,
    db: module.get(Database),
    redis,
    publisher,
    scheduler,
    auditor: module.get(DeadlineAuditor),
    advance: module.get(AdvanceChain),
    start: module.get(StartEscalation),
    reply: module.get(HandleReply),
    escalateNow: module.get(EscalateNow),
    renotify: module.get(Renotify),
    ackOnBehalf: module.get(AcknowledgeOnBehalf),
    resolve: module.get(ResolveIncident),
    scheduled,
    async close() {
      redis.disconnect();
      const given = [scheduler.queue, module.get(ArrivalReminders).queue].map((q) => q.opts.connection as IORedis);
      await module.close();
      // BullMQ leaves a connection it was given open on close (the app exits anyway; a test does not).
      given.forEach((c) => c.disconnect());
    },
  };
}

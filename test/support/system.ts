import IORedis from 'ioredis';
import { connect } from 'nats';
import { natsServerOptions } from '../../libs/messaging/src/nats-server-options';
import { Client } from 'pg';
import twilio from 'twilio';
import { APPS, AppProcess, healthUrls, ProcessName, SINGLE_MODE_PROCESSES, waitForHttp } from '../../scripts/lib/app-process';
import { Authenticators, logIn } from './authenticator';
import { e2eEnv, REPLICA_PORT_OFFSETS } from './e2e-env';

export interface SandboxMessage {
  id: string;
  channel: 'line' | 'sms';
  to: string;
  text: string;
  payload: unknown;
  at: string;
}

/**
 * The whole system as separate processes (or, with startSingle, as RUN_MODE=single runs it), on test
 * ports, against the test infrastructure. Services can be killed and restarted, and extra replicas
 * started, to prove what survives.
 */
export class System {
  readonly env: NodeJS.ProcessEnv;
  readonly apps = new Map<string, AppProcess>();
  readonly logs: string[] = [];
  private token?: Promise<string>;
  /** The authenticator apps of the board users the test logs in as (admins and coordinators need one). */
  readonly authenticators = new Authenticators();

  constructor(overrides: Record<string, string> = {}) {
    this.env = e2eEnv(overrides);
  }

  get urls() {
    return {
      board: `http://127.0.0.1:${this.env.BOARD_PORT}`,
      intake: `http://127.0.0.1:${this.env.INTAKE_PORT}`,
      /** Intake's /metrics, on its health port. */
      intakeHealth: `http://127.0.0.1:${this.env.INTAKE_HEALTH_PORT}`,
      boardHealth: `http://127.0.0.1:${this.env.BOARD_HEALTH_PORT}`,
      sandbox: `http://127.0.0.1:${this.env.SANDBOX_PORT}`,
    };
  }

  /** Starts from a clean slate: no rows, no jobs, no events left over from an earlier test file. */
  async start(names: readonly ProcessName[] = APPS): Promise<void> {
    await this.reset();
    await Promise.all(names.map((n) => this.startApp(n)));
  }

  /** RUN_MODE=single: the sandbox, and intake, triage, dispatch, notifier and board in one process (key `single`). */
  async startSingle(): Promise<void> {
    await this.start(SINGLE_MODE_PROCESSES);
  }

  async reset(): Promise<void> {
    const tables = await this.sql<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'`,
    );
    // As a replica: the audit log refuses truncation from anyone else (its triggers do not fire for a replica).
    if (tables.length) await this.sql(`SET session_replication_role = replica; TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} CASCADE`);
    const redis = new IORedis(this.env.REDIS_URL!);
    await redis.flushall();
    redis.disconnect();
    const nc = await connect(natsServerOptions(this.env.NATS_URL!)); // one server or a cluster's list
    const jsm = await nc.jetstreamManager();
    for await (const stream of jsm.streams.list()) await jsm.streams.purge(stream.config.name);
    await nc.close();
  }

  /** A health port for an extra replica (the n-th), one that none of the apps takes. */
  replicaHealthPort(n: 0 | 1 = 0): string {
    return String(Number(this.env.BOARD_PORT) + REPLICA_PORT_OFFSETS[n]);
  }

  /** Starts an app (or another replica under `key`, with env overrides such as a health port). */
  async startApp(name: ProcessName, key: string = name, overrides: Record<string, string> = {}): Promise<void> {
    const env = { ...this.env, ...overrides };
    const urls = healthUrls(name, env);
    // Otherwise another app answering on that port would pass for this one being up.
    for (const url of urls) if (await fetch(url).then(() => true, () => false)) throw new Error(`${key}: ${url} already answers before it starts`);
    const app = new AppProcess(name, env, (line) => this.logs.push(`${key}: ${line}`));
    this.apps.set(key, app);
    app.start();
    await Promise.race([
      // Seven apps loading at once on a shared 2-core machine took up to 45 s before Nest even began.
      Promise.all(urls.map((url) => waitForHttp(url, 90_000))),
      app.whenExited().then((code) => {
        throw new Error(`${key} exited with ${code} while starting:\n${this.logs.filter((l) => l.startsWith(key)).slice(-20).join('\n')}`);
      }),
    ]);
  }

  async stopApp(key: string, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await this.apps.get(key)?.stop(signal);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.apps.values()].map((a) => a.stop('SIGTERM')));
  }

  async postTip(body: object, key = this.env.OPERATOR_API_KEY!): Promise<Response> {
    return fetch(`${this.urls.intake}/v1/tips`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify(body),
    });
  }

  /** An inbound SMS to intake, signed as Twilio signs it. */
  async sendSms(from: string, body: string, sid = `SM${Math.random().toString(16).slice(2).padEnd(32, '0')}`): Promise<Response> {
    const url = `${this.env.INTAKE_PUBLIC_URL}/webhooks/twilio/sms`;
    const params = { MessageSid: sid, AccountSid: this.env.TWILIO_ACCOUNT_SID!, From: from, To: this.env.TWILIO_FROM_NUMBER!, Body: body, NumMedia: '0' };
    return fetch(`${this.urls.intake}/webhooks/twilio/sms`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilio.getExpectedTwilioSignature(this.env.TWILIO_AUTH_TOKEN!, url, params),
      },
      body: new URLSearchParams(params).toString(),
    });
  }

  async messages(to: string): Promise<SandboxMessage[]> {
    const res = await fetch(`${this.urls.sandbox}/__sandbox/messages?to=${encodeURIComponent(to)}`);
    return (await res.json()) as SandboxMessage[];
  }

  /**
   * What the provider received for one alert, recognised by its id (an SMS by the alertId of its
   * status callback, a LINE card by its postback data), never by text other messages may share.
   */
  async deliveriesOf(alert: { id: string; to: string }): Promise<SandboxMessage[]> {
    return (await this.messages(alert.to)).filter((m) => deliveredAlertId(m) === alert.id);
  }

  async allMessages(): Promise<SandboxMessage[]> {
    const res = await fetch(`${this.urls.sandbox}/__sandbox/messages`);
    return (await res.json()) as SandboxMessage[];
  }

  /** The bootstrap admin's token; callers racing for it share one login (a second setup would end the first's session). */
  login(): Promise<string> {
    this.token ??= logIn(this.urls.board, this.authenticators, this.env.BOARD_BOOTSTRAP_ADMIN_EMAIL!, this.env.BOARD_BOOTSTRAP_ADMIN_PASSWORD!).then(
      (s) => s.token,
      (err) => {
        this.token = undefined; // a failed login is tried again by the next caller
        throw err;
      },
    );
    return this.token;
  }

  async board<T = any>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
    const res = await fetch(`${this.urls.board}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.login()}`, ...(init.headers ?? {}) },
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  /** Polls the board until the tip has been triaged into an incident. */
  async incidentOfTip(tipId: string, timeoutMs = 10_000): Promise<string> {
    return eventually(async () => {
      const { status, body } = await this.board(`/v1/tips/${tipId}`);
      if (status !== 200) throw new Error(`tip ${tipId}: ${status}`);
      return body.incidentId as string;
    }, timeoutMs);
  }

  /** Reads the system of record directly, for what no API shows (e.g. that nothing was stored). */
  async sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.env.DATABASE_URL });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async incident(id: string): Promise<any> {
    const { status, body } = await this.board(`/v1/incidents/${id}`);
    if (status !== 200) throw new Error(`incident ${id}: ${status} ${JSON.stringify(body)}`);
    return body;
  }
}

/** The alert a sandbox message delivered, if it was an alert (a page or a notice of one). */
export function deliveredAlertId(m: SandboxMessage): string | undefined {
  if (m.channel === 'sms') {
    const callback = (m.payload as { StatusCallback?: string } | null)?.StatusCallback;
    return callback ? new URL(callback).searchParams.get('alertId') ?? undefined : undefined;
  }
  const data = JSON.stringify(m.payload).match(/alert=([^&"\\]+)/);
  return data ? data[1] : undefined;
}

/** Retries an assertion until it passes or time runs out (then throws its last error). */
export async function eventually<T>(fn: () => Promise<T>, timeoutMs = 10_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

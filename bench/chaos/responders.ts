import { deliveredAlertId, SandboxMessage, sleep, System } from '../../test/support/system';
import { MARKER_PATTERN } from './tip-stream';

/**
 * Who answers which incident, by its tip's number: one in ten is answered by nobody (each required
 * chain must then escalate to its end), one in ten only from the second step on (after one
 * escalation), the rest by the first responder of each required role to receive a page.
 */
export type AnswerPlan = 'nobody' | 'from-step-2' | 'first-page';
export function answerPlan(tipIndex: number): AnswerPlan {
  if (tipIndex % 10 === 0) return 'nobody';
  if (tipIndex % 10 === 5) return 'from-step-2';
  return 'first-page';
}

interface PageFacts {
  id: string;
  incident_id: string;
  role: string;
  step: number;
  kind: string;
  required: boolean;
  tip_index: number | null;
}

/**
 * Responders on their phones, through the sandbox: they read what the providers delivered and
 * answer a page as people do, `ACK <code>` by SMS or Accept on the LINE card (a postback), once per
 * incident and role. An answer that intake did not take (it was down) is sent again a second later,
 * as someone who got no confirmation would.
 */
export class Responders {
  private read = 0;
  private readonly waiting: SandboxMessage[] = [];
  private readonly answered = new Set<string>();
  private running = false;
  private loop?: Promise<void>;
  readonly stats = { answers: 0, sms: 0, line: 0, retried: 0, given_up: 0 };

  constructor(private readonly system: System) {}

  start(): void {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        await this.tick().catch(() => undefined); // PostgreSQL or the sandbox away: next time
        await sleep(300);
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** Incident/role pairs answered so far. */
  get answeredCount(): number {
    return this.answered.size;
  }

  private async tick(): Promise<void> {
    const res = await fetch(`${this.system.urls.sandbox}/__sandbox/messages?from=${this.read}`);
    const fresh = (await res.json()) as SandboxMessage[];
    this.read += fresh.length;
    this.waiting.push(...fresh.filter((m) => deliveredAlertId(m)));
    if (!this.waiting.length) return;
    const ids = [...new Set(this.waiting.map((m) => deliveredAlertId(m)!))];
    const facts = await this.system.sql<PageFacts>(
      `SELECT a.id, a.incident_id, a.role, a.step, a.kind, r.required,
              (SELECT min(substring(t.text from $2)::int) - 1000 FROM tips t WHERE t.incident_id = a.incident_id) AS tip_index
         FROM alerts a JOIN incident_roles r ON r.incident_id = a.incident_id AND r.role = a.role
        WHERE a.id = ANY($1)`,
      [ids, MARKER_PATTERN],
    );
    const byId = new Map(facts.map((f) => [f.id, f]));
    const messages = this.waiting.splice(0);
    for (const m of messages) {
      const page = byId.get(deliveredAlertId(m)!);
      if (!page || page.kind !== 'page' || !page.required || page.tip_index === null) continue;
      const key = `${page.incident_id} ${page.role}`;
      if (this.answered.has(key)) continue;
      const plan = answerPlan(page.tip_index);
      if (plan === 'nobody' || (plan === 'from-step-2' && page.step < 2)) continue;
      const answer = answerTo(m);
      if (!answer) continue;
      this.answered.add(key);
      void this.send(answer);
    }
  }

  private async send(answer: { path: string; body: object; channel: 'sms' | 'line' }): Promise<void> {
    for (let attempt = 0; attempt < 30; attempt++) {
      if (attempt) {
        this.stats.retried++;
        await sleep(1000);
      }
      const res = await fetch(`${this.system.urls.sandbox}${answer.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(answer.body),
      }).catch(() => undefined);
      const intakeStatus = res?.ok ? ((await res.json()) as { status: number }).status : 0;
      if (intakeStatus >= 200 && intakeStatus < 300) {
        this.stats.answers++;
        this.stats[answer.channel]++;
        return;
      }
    }
    this.stats.given_up++;
  }
}

/** The answer to a page as the phone shows it: the reply code in the SMS text, the Accept button's data. */
export function answerTo(m: SandboxMessage): { path: string; body: object; channel: 'sms' | 'line' } | undefined {
  if (m.channel === 'sms') {
    const code = /\bACK (\d+)/.exec(m.text)?.[1];
    return code ? { path: '/__sandbox/sms', body: { from: m.to, body: `ACK ${code}` }, channel: 'sms' } : undefined;
  }
  const data = /action=accept&alert=[^"\\&]+/.exec(JSON.stringify(m.payload))?.[0];
  return data ? { path: '/__sandbox/line', body: { from: m.to, type: 'postback', data }, channel: 'line' } : undefined;
}

/**
 * Part of `npm run bench`: the escalation lag, from an acknowledgement deadline to the next step's
 * page being handed to the provider (the sandbox receiving the request), for every required role
 * chain of LAG_TIPS P1 incidents posted at LAG_RATE per second across the four border districts:
 * nobody answers step 1, and once step 2's page has arrived its responder answers ACK by SMS (as
 * someone usually does; a bench where nobody ever answers measures the flood of repeats and
 * coordinator alarms instead). The deadline is the one dispatch stored (the timeline's `deadlineAt` of step 1),
 * the receipt is the sandbox's clock: same machine, same clock. Writes bench/escalation-results.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SandboxMessage, sleep, System } from '../test/support/system';
import { percentiles, withBenchSystem } from './bench-system';

const TIPS = Number(process.env.LAG_TIPS ?? 150);
const RATE = Number(process.env.LAG_RATE ?? 5);
const WARMUP_TIPS = 20;
const SCALE = 0.01; // a 5-minute step waits 3 s
const DISTRICTS = ['mae-sai', 'chiang-khong', 'wiang-kaen', 'chiang-saen'];
// Short P1 texts that no two tips share enough of to be merged into one incident by triage.
const TEMPLATES = [
  (n: number) => `Boy aged ${n} locked up tonight, help`,
  (n: number) => `Girl, ${n}, locked up, moved across tonight`,
  (n: number) => `Kid ${n} locked up, help now`,
  (n: number) => `Girls aged ${n} held, taken tonight`,
];

/** The alert a provider request carried: the SMS status callback names it, a LINE page's postbacks do. */
function alertIdOf(m: SandboxMessage): string | undefined {
  if (m.channel === 'sms') {
    const callback = (m.payload as Record<string, string>)?.StatusCallback;
    return callback ? new URL(callback).searchParams.get('alertId') ?? undefined : undefined;
  }
  const data = JSON.stringify(m.payload).match(/alert=([^"&\\]+)/);
  return data ? decodeURIComponent(data[1]) : undefined;
}

async function postTips(system: System, count: number, label: string): Promise<void> {
  const start = Date.now();
  for (let i = 0; i < count; i++) {
    const wait = start + (i * 1000) / RATE - Date.now();
    if (wait > 0) await sleep(wait);
    const res = await system.postTip({
      channel: 'hotline', text: TEMPLATES[i % TEMPLATES.length](10 + (i % 8)) + ` ${label} #${i}`, location: { district: DISTRICTS[i % DISTRICTS.length] },
    });
    if (res.status !== 202) throw new Error(`tip ${i}: HTTP ${res.status}`);
  }
}

interface Chain {
  incident_id: string;
  role: string;
  deadline_at: string;
  next_step: number | null;
  next_alerts: string[] | null;
  /** An SMS page of the next step: who answers, with which code, once it was published. */
  ack_to: string | null;
  ack_code: number | null;
  next_published: boolean;
}

/** Each required chain's step-1 deadline, and the alerts of the next step that paged someone. */
function chains(system: System): Promise<Chain[]> {
  return system.sql<Chain>(
    `SELECT t.incident_id, t.detail->>'role' AS role, t.detail->>'deadlineAt' AS deadline_at, n.step AS next_step, n.ids AS next_alerts,
            (SELECT a.to_address FROM alerts a WHERE a.id = ANY(n.ids) AND a.channel = 'sms' AND a.code IS NOT NULL LIMIT 1) AS ack_to,
            (SELECT a.code FROM alerts a WHERE a.id = ANY(n.ids) AND a.channel = 'sms' AND a.code IS NOT NULL LIMIT 1) AS ack_code,
            COALESCE((SELECT bool_or(a.published_at IS NOT NULL) FROM alerts a WHERE a.id = ANY(n.ids)), false) AS next_published
       FROM timeline t
       JOIN incident_roles r ON r.incident_id = t.incident_id AND r.role = t.detail->>'role' AND r.required
       LEFT JOIN LATERAL (
         SELECT a.step, array_agg(a.id) AS ids FROM alerts a
          WHERE a.incident_id = t.incident_id AND a.role = t.detail->>'role' AND a.kind = 'page' AND a.step > 1
          GROUP BY a.step ORDER BY a.step LIMIT 1) n ON true
      WHERE t.kind = 'escalated' AND (t.detail->>'step')::int = 1`,
  );
}

/**
 * Posts `count` tips and, while they escalate, has each step-2 responder answer once their page is out
 * (SQL only, cheap; the sandbox's whole message list is read once at the end, so the bench does not
 * load the machine it measures). Returns when all `totalTips` incidents' chains have paged step 2.
 */
async function postAndAnswer(system: System, count: number, label: string, totalTips: number, acked: Set<string>) {
  const posting = postTips(system, count, label);
  for (let deadline = Infinity; Date.now() < deadline; await sleep(500)) {
    const all = await chains(system);
    for (const c of all) {
      const chain = `${c.incident_id}/${c.role}`;
      if (c.ack_to && c.ack_code && c.next_published && !acked.has(chain)) {
        acked.add(chain);
        void system.sendSms(c.ack_to, `ACK ${c.ack_code}`);
      }
    }
    if (all.length >= totalTips * 2 && all.every((c) => c.next_published)) break;
    if (deadline === Infinity && all.length >= totalTips * 2) deadline = Date.now() + 60_000; // every tip is in: a minute more at most
  }
  await posting;
}

async function main() {
  await withBenchSystem({ ESCALATION_TIME_SCALE: String(SCALE) }, async ({ system }) => {
    console.error(`escalation lag: ${TIPS} P1 tips at ${RATE}/s, nobody answers, steps of ${5 * 60 * SCALE} s ...`);
    // A running system is warm (JIT, connection pools): a first round of escalations is not measured.
    const acked = new Set<string>();
    await postAndAnswer(system, WARMUP_TIPS, 'warm-up', WARMUP_TIPS, acked);
    const measuredFrom = Date.now();
    await postAndAnswer(system, TIPS, 'bench', WARMUP_TIPS + TIPS, acked);
    await sleep(2000); // the last pages on their way to the sandbox
    const received = new Map<string, number>(); // alert id -> first receipt
    for (const m of await system.allMessages()) {
      const id = alertIdOf(m);
      if (id && !received.has(id)) received.set(id, Date.parse(m.at));
    }
    const lags: number[] = [];
    let waiting = 0;
    for (const c of (await chains(system)).filter((c) => Date.parse(c.deadline_at) >= measuredFrom)) {
      const firsts = (c.next_alerts ?? []).map((id) => received.get(id)).filter((t): t is number => t !== undefined);
      if (!firsts.length) waiting++;
      else lags.push(Math.min(...firsts) - Date.parse(c.deadline_at));
    }
    const results = {
      at: new Date().toISOString(),
      tips: TIPS,
      rate: RATE,
      stepSeconds: 5 * 60 * SCALE,
      chainsMeasured: lags.length,
      chainsWithoutNextPage: waiting,
      deadlineToNextPageMs: percentiles(lags),
    };
    writeFileSync(join(process.cwd(), 'bench/escalation-results.json'), JSON.stringify(results, null, 2));
    console.log(JSON.stringify(results, null, 2));
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

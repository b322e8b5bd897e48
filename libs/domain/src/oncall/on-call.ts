import { onCallAt } from './schedule';
import { Directory, OnCallEntry, Schedule } from './types';

/**
 * Who is on call, for `GET /v1/oncall?district=&role=&at=`: one entry per responder and role, in
 * directory order of the schedules. For a district, the schedules naming it are used; a role with
 * no schedule of its own there falls back to the province-wide ('*') schedules of that role.
 */
export function onCall(dir: Directory, query: { district?: string; role?: string; at: Date }): OnCallEntry[] {
  const responders = new Map(dir.responders.map((r) => [r.id, r]));
  const entries: OnCallEntry[] = [];
  const seen = new Set<string>();
  for (const schedule of schedulesFor(dir, query.district, query.role)) {
    for (const id of onCallAt(schedule, query.at)) {
      const r = responders.get(id);
      const key = `${schedule.role} ${id}`;
      if (!r || seen.has(key)) continue;
      seen.add(key);
      entries.push({
        responderId: r.id,
        name: r.name,
        role: schedule.role,
        organization: r.organization,
        channels: { ...(r.channels.line ? { line: r.channels.line } : {}), ...(r.channels.sms ? { sms: r.channels.sms } : {}) },
        scheduleId: schedule.id,
      });
    }
  }
  return entries;
}

/** The schedules that answer for a district (most specific first, as policies do) and role. */
export function schedulesFor(dir: Directory, district?: string, role?: string): Schedule[] {
  const ofRole = dir.schedules.filter((s) => role === undefined || s.role === role);
  if (district === undefined) return ofRole;
  const local = ofRole.filter((s) => s.districts.includes(district));
  const localRoles = new Set(local.map((s) => s.role));
  return ofRole.filter((s) => s.districts.includes(district) || (s.districts.includes('*') && !localRoles.has(s.role)));
}

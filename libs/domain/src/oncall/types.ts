/**
 * The on-call directory and escalation policies, as loaded from `deploy/directory.yaml`.
 * Pure data: no I/O here. Times are instants (Date); schedules are defined in a time zone
 * (Asia/Bangkok unless the file says otherwise).
 */
export type Priority = 'P1' | 'P2' | 'P3' | 'P4';

export const ORGANIZATION_KINDS = ['ngo', 'police', 'social-development', 'immigration', 'cross-border-partner', 'coordination'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export interface Organization {
  id: string;
  name: string;
  kind: OrganizationKind;
}

export interface Responder {
  id: string;
  name: string;
  organization: string; // Organization.id
  roles: string[]; // police, ngo, liaison, coordinator, ...
  districts: string[]; // district slugs, see libs/domain triage gazetteer; '*' = the whole province
  languages: string[]; // 'th', 'en', 'my', 'lo'; the first is the preferred one for messages
  channels: { sms?: string; line?: string }; // E.164 phone, LINE user id
}

export interface Team {
  id: string;
  name: string;
  organization: string;
  members: string[]; // Responder.id
}

// ---------------------------------------------------------------------------------------------
// Schedules

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** How long each member's turn lasts: a calendar day, a calendar week, or a fixed number of hours. */
export type Rotation = { kind: 'daily' } | { kind: 'weekly' } | { kind: 'hours'; hours: number };

/**
 * A window (local time of the schedule's zone) in which a layer is active, e.g. weekdays 08:00-18:00.
 * `to` before `from` runs past midnight into the next day (`days` names the day it starts on);
 * `to` may be '24:00'.
 */
export interface Restriction {
  days: Weekday[];
  from: string; // 'HH:mm'
  to: string; // 'HH:mm'
}

/** One rotation: members take turns, one at a time, from `start` at `handoff` (local). */
export interface ScheduleLayer {
  name: string;
  rotation: Rotation;
  handoff: string; // 'HH:mm', local
  start: string; // 'YYYY-MM-DD', local; nobody is on call in this layer before start + handoff
  members: string[]; // Responder.id, in turn order
  /** When present, the layer only has someone inside these windows. */
  restrictions?: Restriction[];
}

/**
 * A one-off change: `responder` is on call in [start, end). With `replaces`, it only covers for that
 * responder (nothing changes if they are not on call then); without it, it takes the whole slot.
 */
export interface ScheduleOverride {
  start: Date;
  end: Date;
  responder: string;
  replaces?: string;
}

export interface Schedule {
  id: string;
  name: string;
  /** The role its responders answer for (police, ngo, liaison, coordinator, ...). */
  role: string;
  /** District slugs it covers; '*' = the whole province (used where a district has no schedule of its own). */
  districts: string[];
  timeZone: string;
  /** From bottom to top: a later layer wins wherever it has someone. */
  layers: ScheduleLayer[];
  overrides: ScheduleOverride[];
  /**
   * Responders deactivated through the board: their turns and overrides count as nobody (a gap the
   * coordinators are told about) until someone covers them with an override.
   */
  deactivated?: string[];
}

/** A continuous period in which one responder is on call for a schedule. */
export interface Shift {
  scheduleId: string;
  responderId: string;
  start: Date;
  end: Date;
  /** The shift began before the window asked for (so `start` is the window's start, not a hand-off). */
  startsBeforeWindow: boolean;
  /** The shift goes on after the window asked for (so `end` is the window's end). */
  endsAfterWindow: boolean;
}

/** An interval in which a schedule has nobody on call. */
export interface ScheduleGap {
  scheduleId: string;
  role: string;
  districts: string[];
  start: Date;
  end: Date;
}

/** One row of `GET /v1/oncall`. */
export interface OnCallEntry {
  responderId: string;
  name: string;
  role: string;
  organization: string; // Organization.id
  channels: { line?: string; sms?: string };
  scheduleId: string;
}

// ---------------------------------------------------------------------------------------------
// Escalation policies

/** Who an escalation step pages. */
export type PolicyTarget =
  | { schedule: string }
  | { team: string }
  | { responders: string[] }
  | { coordinators: true };

export interface PolicyStep {
  /** How long to wait for an accept before the next step (minutes, before ESCALATION_TIME_SCALE). */
  waitMinutes: number;
  targets: PolicyTarget[];
}

export interface PolicyRoleChain {
  role: string;
  /** Required roles must each be accepted by someone of that role; others are informational (no ack). */
  required: boolean;
  steps: PolicyStep[];
}

export interface EscalationPolicy {
  id: string;
  /** Matches incidents by district slug ('*' for any) and priority. */
  districts: string[] | '*';
  priorities: Priority[];
  chains: PolicyRoleChain[];
  /** How many more times a chain runs from its first step after its last step has timed out. */
  repeat: number;
}

export interface Directory {
  /** The default zone of schedules (Asia/Bangkok). */
  timeZone: string;
  organizations: Organization[];
  teams: Team[];
  responders: Responder[];
  schedules: Schedule[];
  policies: EscalationPolicy[];
  /** Responder ids alarmed when a chain is exhausted, and paged by `{ coordinators: true }`. */
  coordinators: string[];
}

/**
 * A policy copied into the incident when it opens, so later edits never reroute alerts in flight.
 * Steps, waits and targets are fixed; who is on a schedule is still resolved when each step runs.
 */
export type FrozenPolicy = EscalationPolicy;

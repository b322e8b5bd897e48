/**
 * The on-call directory and escalation policies, as loaded from `deploy/directory.yaml`.
 * Pure data: no I/O here. Times are instants (Date); schedules are defined in Asia/Bangkok.
 */
export type Priority = 'P1' | 'P2' | 'P3' | 'P4';

export interface Organization {
  id: string;
  name: string;
  kind: 'ngo' | 'police' | 'social-development' | 'immigration' | 'cross-border-partner' | 'coordination';
}

export interface Responder {
  id: string;
  name: string;
  organization: string; // Organization.id
  roles: string[]; // police, ngo, liaison, coordinator, ...
  districts: string[]; // district slugs, see libs/domain triage gazetteer
  languages: string[]; // 'th', 'en', 'my', 'lo'; the first is the preferred one for messages
  channels: { sms?: string; line?: string }; // E.164 phone, LINE user id
}

export interface Team {
  id: string;
  name: string;
  organization: string;
  members: string[]; // Responder.id
}

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
  organizations: Organization[];
  teams: Team[];
  responders: Responder[];
  schedules: unknown[]; // refined by ./schedule.ts
  policies: EscalationPolicy[];
}

/** A policy copied into the incident when it opens, so later edits never reroute alerts in flight. */
export type FrozenPolicy = EscalationPolicy;

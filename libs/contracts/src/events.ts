import { z } from 'zod';
import { Subjects } from './subjects';

/** Shared value types. */
export const Priority = z.enum(['P1', 'P2', 'P3', 'P4']);
export type Priority = z.infer<typeof Priority>;

export const Channel = z.enum(['hotline', 'line', 'sms']);
export type Channel = z.infer<typeof Channel>;

export const DeliveryChannel = z.enum(['sms', 'line']);
export type DeliveryChannel = z.infer<typeof DeliveryChannel>;

export const Role = z.string().min(1).max(40); // police, ngo, liaison, coordinator, ...

export const CrossBorder = z.enum(['MM', 'LA']).nullable();

export const Location = z.object({
  district: z.string().max(80).optional(),
  description: z.string().max(500).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});
export type Location = z.infer<typeof Location>;

/** Reporter contact details; they travel sealed (encrypted) in events, never in clear. */
export const Reporter = z.object({
  name: z.string().max(200).optional(),
  phone: z.string().max(40).optional(),
  lineUserId: z.string().max(80).optional(),
});
export type Reporter = z.infer<typeof Reporter>;

export const TriageResult = z.object({
  priority: Priority,
  district: z.string(),
  minors: z.boolean(),
  crossBorder: CrossBorder,
  indicators: z.array(z.string()),
  explanation: z.string(),
});
export type TriageResult = z.infer<typeof TriageResult>;

/** tips.received: a tip accepted by intake (stored in JetStream before the caller got 2xx). */
export const TipReceived = z.object({
  tipId: z.string().min(1),
  receivedAt: z.iso.datetime(),
  channel: Channel,
  text: z.string().min(1),
  language: z.string().optional(),
  location: Location.optional(),
  /** `Reporter`, sealed by intake (AES-GCM); only the board opens it, for roles allowed to see it. */
  reporterSealed: z.string().optional(),
  /** A keyed pseudonym of the reporter's contact: same reporter, same key (for correlation). */
  reporterKey: z.string().optional(),
  callbackAllowed: z.boolean().optional(),
  /**
   * The case reference the reporter was given in their receipt (public channels). Triage joins the
   * tip to the open incident with this reference, or gives it to the incident the tip opens.
   */
  caseRef: z.string().max(20).optional(),
});
export type TipReceived = z.infer<typeof TipReceived>;

/** incidents.opened / incidents.updated: triage's verdict on an incident. */
export const IncidentOpened = z.object({
  incidentId: z.string().min(1),
  /** The tip that opened it; empty for a drill, which no reporter is part of. */
  tipId: z.string(),
  priority: Priority,
  district: z.string(),
  minors: z.boolean(),
  crossBorder: CrossBorder,
  summary: z.string(),
  openedAt: z.iso.datetime(),
});
export type IncidentOpened = z.infer<typeof IncidentOpened>;
export const IncidentUpdated = IncidentOpened;
export type IncidentUpdated = IncidentOpened;

/** incidents.acknowledged: someone of `role` accepted. */
export const IncidentAcknowledged = z.object({
  incidentId: z.string(),
  role: Role,
  responderId: z.string(),
  alertId: z.string(),
  at: z.iso.datetime(),
});
export type IncidentAcknowledged = z.infer<typeof IncidentAcknowledged>;

/** incidents.escalated: a role's chain moved to `step` (1-based), or was exhausted. */
export const IncidentEscalated = z.object({
  incidentId: z.string(),
  role: Role,
  step: z.number().int().min(1),
  exhausted: z.boolean(),
  reason: z.enum(['start', 'deadline', 'declined', 'manual', 'released', 'renotify']),
  at: z.iso.datetime(),
});
export type IncidentEscalated = z.infer<typeof IncidentEscalated>;

export const IncidentResolved = z.object({
  incidentId: z.string(),
  outcome: z.string(),
  by: z.string(),
  at: z.iso.datetime(),
});
export type IncidentResolved = z.infer<typeof IncidentResolved>;

/**
 * alerts.raised: dispatch asks the notifier to deliver one message to one responder. `alertId` is
 * deterministic (`incidentId-role-step-responderId-channel`) and doubles as the delivery idempotency key.
 */
export const AlertRaised = z.object({
  alertId: z.string().min(1),
  /** Empty for notices that belong to no incident (hand-off notices, coverage gaps). */
  incidentId: z.string(),
  responderId: z.string(),
  role: Role,
  step: z.number().int().min(0),
  channel: DeliveryChannel,
  to: z.string().min(1),
  /** For a LINE alert: the SMS number to fall back to when the push fails for good. */
  fallbackTo: z.string().optional(),
  language: z.string().default('th'),
  kind: z.enum(['page', 'notice']),
  message: z.object({
    priority: Priority,
    district: z.string(),
    summary: z.string(),
    /** SMS reply code for pages: the responder answers `ACK <code>`. */
    code: z.number().int().min(1).optional(),
    /** For notices: why the responder is told (accepted by someone else, resolved, ...). */
    notice: z.string().optional(),
    /** The incident is a drill: the message says so first, in the responder's language. */
    drill: z.boolean().optional(),
  }),
  raisedAt: z.iso.datetime(),
});
export type AlertRaised = z.infer<typeof AlertRaised>;

/** alerts.delivery: what a provider said about one delivery. */
export const AlertDelivery = z.object({
  alertId: z.string(),
  incidentId: z.string(),
  channel: DeliveryChannel,
  status: z.enum(['queued', 'sent', 'delivered', 'failed', 'undelivered']),
  providerMessageId: z.string().optional(),
  error: z.string().optional(),
  at: z.iso.datetime(),
});
export type AlertDelivery = z.infer<typeof AlertDelivery>;

/**
 * alerts.deliveries: the delivery statuses one service heard within a few milliseconds, as one fact.
 * Every page brings several statuses (Twilio's sent and delivered, LINE's answer): one message each
 * was a fifth of the system's work per tip at 50 tips a second.
 */
export const AlertDeliveries = z.object({
  deliveries: z.array(AlertDelivery).min(1).max(500),
});
export type AlertDeliveries = z.infer<typeof AlertDeliveries>;

/** responders.replied: a linked responder answered (SMS reply code or LINE postback). */
export const ResponderReplied = z.object({
  replyId: z.string().min(1),
  responderId: z.string(),
  channel: DeliveryChannel,
  action: z.enum(['accept', 'decline', 'arrived', 'release']),
  /** The SMS reply code, when the responder named one. */
  code: z.number().int().min(1).optional(),
  /** The alert a LINE postback came from. */
  alertId: z.string().optional(),
  text: z.string().optional(),
  at: z.iso.datetime(),
});
export type ResponderReplied = z.infer<typeof ResponderReplied>;

/**
 * responders.unregistered: "ACK 1" from a phone no responder has (a new phone, a mistyped number in
 * the directory, or a stranger). `from` is masked: the board's live stream carries no phone numbers.
 */
export const UnregisteredReply = z.object({
  replyId: z.string().min(1),
  channel: DeliveryChannel,
  /** The last digits only ("…1234"). */
  from: z.string().max(20),
  text: z.string().max(160),
  at: z.iso.datetime(),
});
export type UnregisteredReply = z.infer<typeof UnregisteredReply>;

/**
 * line.events: one LINE webhook event, stored by intake before it answers LINE and handled after.
 * The event (sender's user id, text, reply token) travels sealed, like reporter details elsewhere.
 */
export const LineEventReceived = z.object({
  webhookEventId: z.string().min(1),
  receivedAt: z.iso.datetime(),
  sealedEvent: z.string().min(1),
});
export type LineEventReceived = z.infer<typeof LineEventReceived>;

/** Board commands: `by` is the board user; dispatch applies them with the same conditional updates. */
export const AcknowledgeCommand = z.object({
  commandId: z.string().min(1),
  incidentId: z.string(),
  /** The role to accept; every open required role when absent. */
  role: Role.optional(),
  /** The responder accepted on behalf of (a phone call, say); the board user when absent. */
  responderId: z.string().optional(),
  by: z.string(),
  at: z.iso.datetime(),
});
export type AcknowledgeCommand = z.infer<typeof AcknowledgeCommand>;

export const EscalateCommand = z.object({
  commandId: z.string().min(1),
  incidentId: z.string(),
  role: Role.optional(),
  by: z.string(),
  at: z.iso.datetime(),
});
export type EscalateCommand = z.infer<typeof EscalateCommand>;

/** Page again whoever the pending chains wait for now, without moving them (the deadline stands). */
export const RenotifyCommand = EscalateCommand;
export type RenotifyCommand = z.infer<typeof RenotifyCommand>;

export const ResolveCommand = z.object({
  commandId: z.string().min(1),
  incidentId: z.string(),
  outcome: z.enum(['rescued', 'referred', 'cross-border-handover', 'false-alarm', 'duplicate', 'other']),
  note: z.string().max(2000).optional(),
  /** Who takes the case on: a shelter, the social development office, or the liaison across the border (told by dispatch). */
  referral: z.object({ kind: z.enum(['shelter', 'social-development', 'cross-border']), organization: z.string().min(1).max(100) }).optional(),
  by: z.string(),
  at: z.iso.datetime(),
});
export type ResolveCommand = z.infer<typeof ResolveCommand>;

/** A resolved incident goes back on the board (it was closed too soon, or news came in). */
export const ReopenCommand = z.object({
  commandId: z.string().min(1),
  incidentId: z.string(),
  reason: z.string().min(1).max(500),
  by: z.string(),
  byName: z.string().optional(),
  at: z.iso.datetime(),
});
export type ReopenCommand = z.infer<typeof ReopenCommand>;

/** A coordinator starts a drill: a marked test incident of `district` and `priority` that pages the real on-call people. */
export const DrillCommand = z.object({
  commandId: z.string().min(1),
  /** Derived from the command (drillIncidentId), so the board can answer with it at once. */
  incidentId: z.string().min(1),
  district: z.string().min(1),
  priority: Priority,
  by: z.string(),
  byName: z.string().optional(),
  at: z.iso.datetime(),
});
export type DrillCommand = z.infer<typeof DrillCommand>;

/** A coordinator pages `responderId` for `role` now; the role's chain continues from there. */
export const ReassignCommand = z.object({
  commandId: z.string().min(1),
  incidentId: z.string(),
  role: Role,
  responderId: z.string().min(1),
  by: z.string(),
  /** The board user's name, for the timeline ("reassigned by ..."). */
  byName: z.string().optional(),
  at: z.iso.datetime(),
});
export type ReassignCommand = z.infer<typeof ReassignCommand>;

/** `incidentId` is a duplicate of `into`: it is closed as `duplicate` and its tips show on `into`. */
export const MergeCommand = z.object({
  commandId: z.string().min(1),
  incidentId: z.string(),
  into: z.string(),
  by: z.string(),
  byName: z.string().optional(),
  at: z.iso.datetime(),
});
export type MergeCommand = z.infer<typeof MergeCommand>;

/** `tipId`, filed in `incidentId` by correlation or a person, is about another case: it opens its own. */
export const SplitCommand = z.object({
  commandId: z.string().min(1),
  incidentId: z.string(),
  tipId: z.string(),
  reason: z.string().max(500).optional(),
  by: z.string(),
  byName: z.string().optional(),
  at: z.iso.datetime(),
});
export type SplitCommand = z.infer<typeof SplitCommand>;

const Verdict = z.object({ priority: Priority, district: z.string() });

/** Triage was corrected from `from` to `to` (the incident row already holds `to`). */
export const RedispatchCommand = z.object({
  commandId: z.string().min(1),
  incidentId: z.string(),
  from: Verdict,
  to: Verdict,
  by: z.string(),
  byName: z.string().optional(),
  at: z.iso.datetime(),
});
export type RedispatchCommand = z.infer<typeof RedispatchCommand>;

/** incidents.merged: `mergedId` was merged into `incidentId` (the survivor). */
export const IncidentMerged = z.object({
  incidentId: z.string(),
  mergedId: z.string(),
  by: z.string(),
  at: z.iso.datetime(),
});
export type IncidentMerged = z.infer<typeof IncidentMerged>;

/** Subject -> schema: every consumer validates what it receives against this. */
export const EventSchemas = {
  [Subjects.tipReceived]: TipReceived,
  [Subjects.incidentOpened]: IncidentOpened,
  [Subjects.incidentUpdated]: IncidentUpdated,
  [Subjects.incidentAcknowledged]: IncidentAcknowledged,
  [Subjects.incidentEscalated]: IncidentEscalated,
  [Subjects.incidentResolved]: IncidentResolved,
  [Subjects.alertRaised]: AlertRaised,
  [Subjects.alertDelivery]: AlertDelivery,
  [Subjects.alertDeliveries]: AlertDeliveries,
  [Subjects.responderReplied]: ResponderReplied,
  [Subjects.unregisteredReply]: UnregisteredReply,
  [Subjects.lineEventReceived]: LineEventReceived,
  [Subjects.acknowledgeCommand]: AcknowledgeCommand,
  [Subjects.escalateCommand]: EscalateCommand,
  [Subjects.resolveCommand]: ResolveCommand,
  [Subjects.renotifyCommand]: RenotifyCommand,
  [Subjects.reassignCommand]: ReassignCommand,
  [Subjects.mergeCommand]: MergeCommand,
  [Subjects.splitCommand]: SplitCommand,
  [Subjects.redispatchCommand]: RedispatchCommand,
  [Subjects.drillCommand]: DrillCommand,
  [Subjects.reopenCommand]: ReopenCommand,
  [Subjects.incidentMerged]: IncidentMerged,
} as const;

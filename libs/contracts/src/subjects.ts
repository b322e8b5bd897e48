/**
 * JetStream subjects and the streams that store them. Every fact between services travels on one of
 * these; a stream per family keeps retention and replay independent.
 */
export const Subjects = {
  tipReceived: 'tips.received',
  incidentOpened: 'incidents.opened',
  incidentUpdated: 'incidents.updated',
  incidentAcknowledged: 'incidents.acknowledged',
  incidentEscalated: 'incidents.escalated',
  incidentResolved: 'incidents.resolved',
  /** A duplicate was merged into this incident (the duplicate itself is `incidents.resolved`). */
  incidentMerged: 'incidents.merged',
  alertRaised: 'alerts.raised',
  alertDelivery: 'alerts.delivery',
  alertDeliveries: 'alerts.deliveries',
  responderReplied: 'responders.replied',
  /** A responder-style answer ("ACK 1") from a phone linked to no responder: the coordinators are told. */
  unregisteredReply: 'responders.unregistered',
  /** A LINE webhook event as intake received it (sealed), stored before LINE gets its 200. */
  lineEventReceived: 'line.events',
  /** Coordinator actions from the board, carried out by dispatch. */
  acknowledgeCommand: 'commands.acknowledge',
  escalateCommand: 'commands.escalate',
  resolveCommand: 'commands.resolve',
  renotifyCommand: 'commands.renotify',
  reassignCommand: 'commands.reassign',
  mergeCommand: 'commands.merge',
  /** A tip joined to the wrong incident goes back out into one of its own (carried out by triage). */
  splitCommand: 'commands.split',
  /** A person corrected triage's priority or district: dispatch pages per the new policy. */
  redispatchCommand: 'commands.redispatch',
  /** A coordinator starts a drill (carried out by dispatch). */
  drillCommand: 'commands.drill',
  reopenCommand: 'commands.reopen',
} as const;

export type Subject = (typeof Subjects)[keyof typeof Subjects];

export interface StreamSpec {
  name: string;
  subjects: string[];
}

export const Streams: StreamSpec[] = [
  { name: 'TIPS', subjects: ['tips.>'] },
  { name: 'INCIDENTS', subjects: ['incidents.>'] },
  { name: 'ALERTS', subjects: ['alerts.>'] },
  { name: 'REPLIES', subjects: ['responders.>'] },
  { name: 'COMMANDS', subjects: ['commands.>'] },
  { name: 'LINE', subjects: ['line.>'] },
];

/** Poison messages are copied here (subject `dlq.<original subject>`) before they are terminated. */
export const DeadLetterStream: StreamSpec = { name: 'DEADLETTER', subjects: ['dlq.>'] };

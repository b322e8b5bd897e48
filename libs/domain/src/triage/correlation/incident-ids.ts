import { v5 as uuidv5 } from 'uuid';

const INCIDENT_NAMESPACE = '0d6f7a52-6c8e-4d3b-8f0e-2f6c1b9a4e77';

/** The incident a tip opens has an id derived from the tip's, so a replay opens the same one. */
export function incidentIdOfTip(tipId: string): string {
  return `inc-${uuidv5(tipId, INCIDENT_NAMESPACE)}`;
}

/** The incident a tip split out of another opens: derived too, so a redelivered split opens it once. */
export function splitIncidentId(tipId: string): string {
  return `inc-${uuidv5(`split:${tipId}`, INCIDENT_NAMESPACE)}`;
}

/** A drill's test incident: derived from the command, so a redelivered drill command opens it once. */
export function drillIncidentId(commandId: string): string {
  return `drill-${uuidv5(`drill:${commandId}`, INCIDENT_NAMESPACE)}`;
}

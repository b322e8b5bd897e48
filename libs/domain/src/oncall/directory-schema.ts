import { DateTime } from 'luxon';
import { z } from 'zod';
import { CLOCK_TIME, isValidZone, LOCAL_DATE } from './local-time';
import { ORGANIZATION_KINDS, WEEKDAYS } from './types';

/**
 * The shape of `directory.yaml`, field by field. Objects are strict so a misspelt key is an error
 * rather than a silently ignored setting. Cross-references (ids that must exist) are checked after
 * this, in ./directory-references.ts.
 */

// Ids end up in message ids, BullMQ job ids (no ':') and URLs: keep them plain.
const id = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'must be an id: lowercase letters, digits, ".", "_", "-"' });
const district = z.string().regex(/^([a-z0-9][a-z0-9-]*|\*)$/, { error: 'must be a district slug (e.g. mae-sai) or "*"' });
// A format's message also covers a value of the wrong type (`handoff: 8`).
const formatted = (error: string) => z.string({ error });
const clockTime = formatted('must be a local time "HH:mm" (quote it in YAML)').regex(CLOCK_TIME, { error: 'must be a local time "HH:mm" (quote it in YAML)' });
const localDate = formatted('must be a local date "YYYY-MM-DD" (quote it in YAML)').regex(LOCAL_DATE, { error: 'must be a local date "YYYY-MM-DD" (quote it in YAML)' });
const dateTime = formatted('must be an ISO 8601 date-time (quote it in YAML)').refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && DateTime.fromISO(s).isValid, {
  error: 'must be an ISO 8601 date-time, e.g. 2026-03-02T08:00 (local) or 2026-03-02T08:00:00+07:00',
});
const zone = z.string().refine(isValidZone, { error: 'must be an IANA time zone, e.g. Asia/Bangkok' });

export const organizationSchema = z.strictObject({
  id,
  name: z.string().min(1),
  kind: z.enum(ORGANIZATION_KINDS, { error: `must be one of ${ORGANIZATION_KINDS.join(', ')}` }),
});

export const responderSchema = z.strictObject({
  id,
  name: z.string().min(1),
  organization: id,
  roles: z.array(id).min(1, { error: 'needs at least one role' }),
  districts: z.array(district).min(1, { error: 'needs at least one district (or "*")' }),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, { error: 'must be an ISO 639 code such as th, en, my, lo' })).min(1),
  channels: z
    .strictObject({
      sms: z.string().regex(/^\+[1-9]\d{7,14}$/, { error: 'must be an E.164 phone number, e.g. +66812345678' }).optional(),
      line: z.string().regex(/^U[0-9a-f]{32}$/, { error: 'must be a LINE user id: "U" and 32 hex digits' }).optional(),
    })
    .refine((c) => c.sms || c.line, { error: 'needs an sms number or a line user id, or nobody can reach them' }),
});

export const teamSchema = z.strictObject({
  id,
  name: z.string().min(1),
  organization: id,
  members: z.array(id).min(1),
});

const rotationSchema = z.union(
  [z.literal('daily'), z.literal('weekly'), z.strictObject({ hours: z.number().min(0.25).max(24 * 28) })],
  { error: 'must be daily, weekly, or { hours: N } (a custom shift length)' },
);

const restrictionSchema = z
  .strictObject({
    days: z.array(z.enum(WEEKDAYS, { error: `must be one of ${WEEKDAYS.join(', ')}` })).min(1).default([...WEEKDAYS]),
    from: clockTime,
    to: clockTime,
  })
  .refine((r) => r.from !== r.to && r.from !== '24:00', { error: 'from and to must differ (and from cannot be 24:00)', path: ['to'] });

const layerSchema = z.strictObject({
  name: z.string().min(1).optional(),
  rotation: rotationSchema,
  handoff: clockTime.refine((t) => t !== '24:00', { error: 'use 00:00 rather than 24:00' }),
  start: localDate,
  members: z.array(id).min(1, { error: 'a layer needs at least one member' }),
  restrictions: z.array(restrictionSchema).min(1).optional(),
});

// end > start is checked once the zone is known (./directory-references.ts).
const overrideSchema = z.strictObject({ start: dateTime, end: dateTime, responder: id, replaces: id.optional() });

export const scheduleSchema = z.strictObject({
  id,
  name: z.string().min(1).optional(),
  role: id,
  districts: z.array(district).min(1),
  timeZone: zone.optional(),
  layers: z.array(layerSchema).min(1, { error: 'a schedule needs at least one layer' }),
  overrides: z.array(overrideSchema).default([]),
});

const targetSchema = z.union(
  [
    z.strictObject({ schedule: id }),
    z.strictObject({ team: id }),
    z.strictObject({ responders: z.array(id).min(1) }),
    z.strictObject({ coordinators: z.literal(true) }),
  ],
  { error: 'a target is one of { schedule: id }, { team: id }, { responders: [ids] }, { coordinators: true }' },
);

const stepSchema = z.strictObject({
  waitMinutes: z.number().positive({ error: 'must be a positive number of minutes' }),
  targets: z.array(targetSchema).min(1, { error: 'a step needs at least one target' }),
});

const chainSchema = z.strictObject({
  role: id,
  required: z.boolean().default(true),
  steps: z.array(stepSchema).min(1, { error: 'a chain needs at least one step' }),
});

export const policySchema = z.strictObject({
  id,
  districts: z.union([z.literal('*'), z.array(district).min(1)], { error: 'must be "*" or a list of district slugs' }),
  priorities: z
    .array(z.enum(['P1', 'P2', 'P3'], { error: 'must be P1, P2 or P3 (P4 goes to review and is never dispatched)' }))
    .min(1),
  repeat: z.number().int().min(0).default(0),
  chains: z.array(chainSchema).min(1, { error: 'a policy needs at least one chain' }),
});

export const directorySchema = z.strictObject({
  timeZone: zone.optional(),
  organizations: z.array(organizationSchema).min(1),
  responders: z.array(responderSchema).min(1),
  teams: z.array(teamSchema).default([]),
  coordinators: z.array(id).min(1, { error: 'name at least one coordinator: they are alarmed when a chain is exhausted' }),
  schedules: z.array(scheduleSchema).default([]),
  policies: z.array(policySchema).default([]),
});

export type DirectoryFile = z.infer<typeof directorySchema>;

/** A responder edited through the board: any field but the id; `active: false` deactivates them. */
export const responderPatchSchema = responderSchema.omit({ id: true }).partial().extend({ active: z.boolean().optional() });

/**
 * A schedule override made through the board, in the file's terms: with `replaces` it covers for
 * that person (cover a shift), without it the responder takes the whole slot (swap).
 */
export const overrideEditSchema = z.strictObject({
  schedule: id,
  start: dateTime,
  end: dateTime,
  responder: id,
  replaces: id.optional(),
  note: z.string().max(500).optional(),
});

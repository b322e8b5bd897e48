import type { z } from 'zod';
import { BadRequestException, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OverrideEdit, overrideEditSchema, parseDateTime } from '@rescue/domain';
import { BoardUser } from '../auth/sessions';
import { DirectoryEdit } from './directory-edit';

/**
 * A coordinator changes who is on call for a while: covers a shift (`replaces`: only while that
 * person is on call) or takes the whole slot (no `replaces`, e.g. one half of a swap). Times without
 * an offset are the schedule's local time, as in the directory file.
 */
@Injectable()
export class AddOverride {
  constructor(private readonly edit: DirectoryEdit) {}

  async execute(user: BoardUser, input: z.infer<typeof overrideEditSchema>) {
    let override!: OverrideEdit;
    const result = await this.edit.execute(user, (state) => {
      const schedule = state.directory.schedules.find((s) => s.id === input.schedule);
      if (!schedule) throw new BadRequestException(`schedule: unknown schedule "${input.schedule}"`);
      override = {
        id: randomUUID(),
        schedule: schedule.id,
        start: parseDateTime(input.start, schedule.timeZone)!, // the schema checked that it parses
        end: parseDateTime(input.end, schedule.timeZone)!,
        responder: input.responder,
        ...(input.replaces ? { replaces: input.replaces } : {}),
      };
      const after = { ...override, note: input.note ?? null };
      return {
        label: `override ${override.id}`,
        edits: { ...state.edits, overrides: [...state.edits.overrides, override] },
        write: async (client) => {
          await client.query(
            `INSERT INTO directory_overrides (id, schedule_id, starts_at, ends_at, responder_id, replaces, note, created_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [override.id, override.schedule, override.start, override.end, override.responder, override.replaces ?? null, input.note ?? null, user.id],
          );
        },
        audit: { action: 'directory.override.added', subject: `schedule:${schedule.id}`, before: null, after },
      };
    });
    return { ...override, note: input.note ?? null, version: result.version };
  }
}

import type { z } from 'zod';
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { Responder, responderPatchSchema, responderSchema } from '@rescue/domain';
import { BoardUser } from '../auth/sessions';
import { DirectoryEdit } from './directory-edit';
import { mirrorResponder } from './responder-mirror';

/**
 * An admin changes a responder of the file or the board (any field but the id), or deactivates them
 * (`active: false`: never paged again, their turns become gaps) or reactivates them.
 */
@Injectable()
export class UpdateResponder {
  constructor(private readonly edit: DirectoryEdit) {}

  async execute(user: BoardUser, id: string, body: z.infer<typeof responderPatchSchema>) {
    const patch = body;
    let after!: Responder & { active: boolean };
    const result = await this.edit.execute(user, (state) => {
      const current = state.responders.find((r) => r.id === id);
      if (!current) throw new NotFoundException(`no responder "${id}"`);
      const { active: wasActive, ...before } = current;
      const { active = wasActive, ...fields } = patch;
      const merged = responderSchema.safeParse({ ...before, ...fields });
      if (!merged.success) throw new BadRequestException(merged.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      const responder = merged.data;
      after = { ...responder, active };
      return {
        label: `responder ${id}`,
        edits: { ...state.edits, responders: [...state.edits.responders.filter((e) => e.responder.id !== id), { responder, active }] },
        write: async (client) => {
          await client.query(
            `INSERT INTO directory_responders (id, responder, active, updated_by) VALUES ($1, $2, $3, $4)
             ON CONFLICT (id) DO UPDATE SET responder = $2, active = $3, updated_by = $4, updated_at = now()`,
            [id, responder, active, user.id],
          );
          await mirrorResponder(client, responder, patch.channels !== undefined);
        },
        audit: {
          action: active === wasActive ? 'directory.responder.updated' : active ? 'directory.responder.reactivated' : 'directory.responder.deactivated',
          subject: `responder:${id}`,
          before: current,
          after,
        },
      };
    });
    return { ...after, version: result.version };
  }
}

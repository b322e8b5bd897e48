import type { z } from 'zod';
import { ConflictException, Injectable } from '@nestjs/common';
import { responderSchema } from '@rescue/domain';
import { BoardUser } from '../auth/sessions';
import { DirectoryEdit } from './directory-edit';
import { mirrorResponder } from './responder-mirror';

/** An admin adds a responder (roles, languages, districts, contact channels) to the directory. */
@Injectable()
export class CreateResponder {
  constructor(private readonly edit: DirectoryEdit) {}

  async execute(user: BoardUser, body: z.infer<typeof responderSchema>) {
    const responder = body;
    const result = await this.edit.execute(user, (state) => {
      if (state.responders.some((r) => r.id === responder.id)) throw new ConflictException(`id: responder "${responder.id}" exists (PATCH it instead)`);
      return {
        label: `responder ${responder.id}`,
        edits: { ...state.edits, responders: [...state.edits.responders, { responder, active: true }] },
        write: async (client) => {
          await client.query(`INSERT INTO directory_responders (id, responder, active, updated_by) VALUES ($1, $2, true, $3)`, [responder.id, responder, user.id]);
          await mirrorResponder(client, responder, true);
        },
        audit: { action: 'directory.responder.created', subject: `responder:${responder.id}`, before: null, after: { ...responder, active: true } },
      };
    });
    return { ...responder, active: true, version: result.version };
  }
}

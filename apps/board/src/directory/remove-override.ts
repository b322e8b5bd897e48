import { Injectable, NotFoundException } from '@nestjs/common';
import { BoardUser } from '../auth/sessions';
import { DirectoryEdit } from './directory-edit';

/** A coordinator withdraws an override made on the board (the file's own overrides are edited in the file). */
@Injectable()
export class RemoveOverride {
  constructor(private readonly edit: DirectoryEdit) {}

  async execute(user: BoardUser, id: string) {
    return this.edit.execute(user, (state) => {
      const override = state.edits.overrides.find((o) => o.id === id);
      if (!override) throw new NotFoundException(`no override "${id}" made on the board (or it was removed)`);
      return {
        label: `override ${id}`,
        edits: { ...state.edits, overrides: state.edits.overrides.filter((o) => o.id !== id) },
        write: async (client) => {
          await client.query(`UPDATE directory_overrides SET removed_at = now(), removed_by = $2 WHERE id = $1`, [id, user.id]);
        },
        audit: { action: 'directory.override.removed', subject: `schedule:${override.schedule}`, before: override, after: null },
      };
    });
  }
}

import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { PoolClient } from 'pg';
import { DirectoryEdits } from '@rescue/domain';
import { Database, DIRECTORY_CHANGED_CHANNEL } from '@rescue/persistence';
import { BoardUser } from '../auth/sessions';
import { BoardDirectory, DirectoryState } from './board-directory';

export interface EditPlan {
  /** The edits with this one applied, to check before anything is written. */
  edits: DirectoryEdits;
  /** The label the domain gives this edit's problems ('responder <id>', 'override <id>'). */
  label: string;
  /** Writes the edit; runs only when the edited directory passed every check. */
  write(client: PoolClient): Promise<void>;
  audit: { action: string; subject: string; before: unknown; after: unknown };
}

/**
 * Runs one directory edit: under a lock (edits are checked against the latest state, one at a time),
 * checks the directory with the edit applied exactly as dispatch will layer it, writes it with its
 * audit row (who, what before and after) and announces the new version, all in one transaction. A
 * bad edit is a 400 naming the field, and nothing is written.
 */
@Injectable()
export class DirectoryEdit {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly directory: BoardDirectory,
  ) {}

  async execute(user: BoardUser, plan: (state: DirectoryState) => EditPlan): Promise<{ version: string }> {
    return this.db.tx(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(7250006)');
      const edit = plan(await this.directory.read(client));
      const problems = this.directory.layer(edit.edits).problems.filter((p) => p.edit === edit.label);
      if (problems.length) throw new BadRequestException(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
      await edit.write(client);
      const { rows } = await client.query(
        `INSERT INTO audit_log (actor, action, subject, detail) VALUES ($1, $2, $3, $4) RETURNING id::text AS version`,
        [user.id, edit.audit.action, edit.audit.subject, { by: user.email, before: edit.audit.before ?? null, after: edit.audit.after ?? null }],
      );
      const version = rows[0].version as string;
      // Delivered to dispatch replicas on commit (never for a rolled-back edit).
      await client.query('SELECT pg_notify($1, $2)', [DIRECTORY_CHANGED_CHANNEL, version]);
      return { version };
    });
  }
}

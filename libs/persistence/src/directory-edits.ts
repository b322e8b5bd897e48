import { DirectoryEdits, Responder } from '@rescue/domain';
import { Queryable } from './database';

/** PostgreSQL channel on which a committed directory edit is announced (payload: the new version). */
export const DIRECTORY_CHANGED_CHANNEL = 'directory_changed';

/**
 * The directory's version: the id of the latest `directory.*` audit row, written in the same
 * transaction as every edit. It only ever changes when the edits do, so a reader compares it with
 * the version it holds and reloads when they differ.
 */
export async function directoryVersion(db: Queryable): Promise<string> {
  const { rows } = await db.query(`SELECT COALESCE(max(id), 0)::text AS version FROM audit_log WHERE action LIKE 'directory.%'`);
  return rows[0].version as string;
}

/** The board's edits to the directory file, in the order they were made, with their version. */
export async function readDirectoryEdits(db: Queryable): Promise<{ version: string; edits: DirectoryEdits }> {
  // One snapshot: the version and the rows it describes.
  const { rows } = await db.query(
    `SELECT (SELECT COALESCE(max(id), 0)::text FROM audit_log WHERE action LIKE 'directory.%') AS version,
            (SELECT COALESCE(json_agg(json_build_object('responder', responder, 'active', active) ORDER BY updated_at, id), '[]')
               FROM directory_responders) AS responders,
            (SELECT COALESCE(json_agg(json_build_object('id', id, 'schedule', schedule_id, 'start', starts_at, 'end', ends_at,
                                                        'responder', responder_id, 'replaces', replaces) ORDER BY created_at, id), '[]')
               FROM directory_overrides WHERE removed_at IS NULL) AS overrides`,
  );
  const row = rows[0] as { version: string; responders: { responder: Responder; active: boolean }[]; overrides: any[] };
  return {
    version: row.version,
    edits: {
      responders: row.responders,
      overrides: row.overrides.map((o) => ({
        id: o.id,
        schedule: o.schedule,
        start: new Date(o.start),
        end: new Date(o.end),
        responder: o.responder,
        ...(o.replaces ? { replaces: o.replaces } : {}),
      })),
    },
  };
}

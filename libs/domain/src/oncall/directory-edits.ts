import { DirectoryProblem, formatFieldPath } from './directory-error';
import { referenceProblems } from './directory-references';
import { Directory, Responder, Schedule } from './types';

/** A responder created or changed through the board; it replaces the file's entry with that id. */
export interface ResponderEdit {
  responder: Responder;
  active: boolean;
}

/** A schedule override made through the board (same meaning as an override in the file). */
export interface OverrideEdit {
  id: string;
  schedule: string;
  start: Date;
  end: Date;
  responder: string;
  replaces?: string;
}

/** The board's edits, in the order they were made. */
export interface DirectoryEdits {
  responders: ResponderEdit[];
  overrides: OverrideEdit[];
}

/** Why an edit does not fit the directory: `field` is the edit's own field (`channels.sms`, `end`). */
export interface EditProblem {
  edit: string; // 'responder <id>' or 'override <id>'
  field: string;
  message: string;
}

export interface LayeredDirectory {
  /** What is paged and answers "who is on call": deactivated responders are left out (their turns are gaps). */
  directory: Directory;
  /** Every responder of the file and the board, with whether they can be paged. */
  responders: (Responder & { active: boolean })[];
  /** Edits left out because they do not fit (a bad edit, or the file changed under a stored one). */
  problems: EditProblem[];
}

/**
 * The directory file with the board's edits on top. Edits apply in order, each only if the result
 * still passes every check the file itself must pass (known organisation, unshared contacts, people
 * scheduled for a role having it, ...); one that does not is left out and reported, so a stored edit
 * that a new file no longer fits never stops dispatch from starting. Pure.
 */
export function layerDirectoryEdits(base: Directory, edits: DirectoryEdits): LayeredDirectory {
  let full: Directory = { ...base, responders: [...base.responders], schedules: [...base.schedules] };
  let inactive = new Set<string>();
  const problems: EditProblem[] = [];

  for (const { responder, active } of edits.responders) {
    const edit = `responder ${responder.id}`;
    const index = full.responders.findIndex((r) => r.id === responder.id);
    const responders = [...full.responders];
    responders.splice(index < 0 ? responders.length : index, index < 0 ? 0 : 1, responder);
    const candidate = { ...full, responders };
    const nextInactive = new Set(inactive);
    if (active) nextInactive.delete(responder.id);
    else nextInactive.add(responder.id);
    const found = referenceProblems(candidate).map((p) => responderField(p, candidate, responder.id));
    if (!full.coordinators.some((c) => !nextInactive.has(c))) {
      found.push({ field: 'active', message: 'the last active coordinator cannot be deactivated: nobody would be alarmed' });
    }
    if (found.length) {
      problems.push(...found.map((f) => ({ edit, ...f })));
      continue;
    }
    full = candidate;
    inactive = nextInactive;
  }

  for (const o of edits.overrides) {
    const edit = `override ${o.id}`;
    const index = full.schedules.findIndex((s) => s.id === o.schedule);
    if (index < 0) {
      problems.push({ edit, field: 'schedule', message: `unknown schedule "${o.schedule}"` });
      continue;
    }
    if (inactive.has(o.responder)) {
      problems.push({ edit, field: 'responder', message: `responder "${o.responder}" is deactivated` });
      continue;
    }
    const schedule: Schedule = {
      ...full.schedules[index],
      overrides: [...full.schedules[index].overrides, { start: o.start, end: o.end, responder: o.responder, ...(o.replaces ? { replaces: o.replaces } : {}) }],
    };
    const schedules = [...full.schedules];
    schedules[index] = schedule;
    const candidate = { ...full, schedules };
    const found = referenceProblems(candidate);
    if (found.length) {
      problems.push(...found.map((p) => ({ edit, field: overrideField(p), message: p.message })));
      continue;
    }
    full = candidate;
  }

  const deactivated = [...inactive];
  return {
    directory: {
      ...full,
      responders: full.responders.filter((r) => !inactive.has(r.id)),
      schedules: deactivated.length ? full.schedules.map((s) => ({ ...s, deactivated })) : full.schedules,
    },
    responders: full.responders.map((r) => ({ ...r, active: !inactive.has(r.id) })),
    problems,
  };
}

/** Names a problem by the edited responder's field; a problem elsewhere is one the edit caused there. */
function responderField(p: DirectoryProblem, dir: Directory, id: string): { field: string; message: string } {
  const [collection, index, ...rest] = p.path;
  if (collection === 'responders' && dir.responders[index as number]?.id === id) return { field: formatFieldPath(rest), message: p.message };
  if (collection === 'responders' && rest[0] === 'channels') return { field: formatFieldPath(rest), message: p.message };
  // Removing a role someone is scheduled for shows up at the schedule or the coordinators list.
  if (/does not have the role/.test(p.message)) return { field: 'roles', message: `${p.message} (at ${formatFieldPath(p.path)})` };
  return { field: formatFieldPath(p.path), message: p.message };
}

function overrideField(p: DirectoryProblem): string {
  const [collection, , sub, , ...rest] = p.path;
  return collection === 'schedules' && sub === 'overrides' && rest.length ? formatFieldPath(rest) : formatFieldPath(p.path);
}

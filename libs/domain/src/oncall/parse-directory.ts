import { Document, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { DirectoryError, DirectoryIssue, DirectoryProblem, formatFieldPath } from './directory-error';
import { referenceProblems } from './directory-references';
import { DirectoryFile, directorySchema } from './directory-schema';
import { DEFAULT_TIME_ZONE, parseDateTime } from './local-time';
import { Directory, Rotation, Schedule } from './types';
import { locateField } from './yaml-location';

/**
 * Reads the directory file (see the comment at the top of `deploy/directory.yaml` for the format).
 * Pure: the caller reads the file. Throws a DirectoryError naming the file, line and field of every
 * problem found, so a bad edit is refused at start-up rather than discovered during a rescue.
 */
export function parseDirectory(yamlText: string, fileName = 'directory.yaml'): Directory {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    throw new DirectoryError(
      fileName,
      doc.errors.map((e) => ({
        field: '',
        message: `YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?\s*$/, '')}`,
        line: e.linePos?.[0].line ?? 1,
        column: e.linePos?.[0].col ?? 1,
      })),
    );
  }
  const located = (problems: DirectoryProblem[]): DirectoryIssue[] =>
    problems.map((p) => ({
      field: formatFieldPath(p.key ? [...p.path, p.key] : p.path),
      message: p.message,
      ...locateField(doc, lines, p.path, p.key),
    }));

  const parsed = directorySchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    throw new DirectoryError(fileName, located(parsed.error.issues.flatMap((issue) => problemsOf(issue, doc))));
  }
  const directory = toDirectory(parsed.data);
  const problems = referenceProblems(directory);
  if (problems.length) throw new DirectoryError(fileName, located(problems));
  return directory;
}

function problemsOf(issue: z.core.$ZodIssue, doc: Document): DirectoryProblem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path, key, message: 'unknown field (misspelt?)' }));
  }
  // zod says "expected string, received undefined"; say what it means.
  const missing = issue.code === 'invalid_type' && !doc.hasIn(path);
  return [{ path, message: missing ? 'required field is missing' : issue.message }];
}

function toDirectory(file: DirectoryFile): Directory {
  const timeZone = file.timeZone ?? DEFAULT_TIME_ZONE;
  return {
    timeZone,
    organizations: file.organizations,
    responders: file.responders.map((r) => ({ ...r, channels: definedOnly(r.channels) })),
    teams: file.teams,
    coordinators: file.coordinators,
    schedules: file.schedules.map((s): Schedule => {
      const zone = s.timeZone ?? timeZone;
      return {
        id: s.id,
        name: s.name ?? s.id,
        role: s.role,
        districts: s.districts,
        timeZone: zone,
        layers: s.layers.map((layer, i) => ({
          name: layer.name ?? `layer ${i + 1}`,
          rotation: toRotation(layer.rotation),
          handoff: layer.handoff,
          start: layer.start,
          members: layer.members,
          ...(layer.restrictions ? { restrictions: layer.restrictions } : {}),
        })),
        overrides: s.overrides.map((o) => ({
          start: parseDateTime(o.start, zone)!, // the schema checked it parses
          end: parseDateTime(o.end, zone)!,
          responder: o.responder,
          ...(o.replaces ? { replaces: o.replaces } : {}),
        })),
      };
    }),
    policies: file.policies.map((p) => ({ ...p, chains: p.chains.map((c) => ({ ...c, steps: c.steps.map((s) => ({ ...s })) })) })),
  };
}

function toRotation(rotation: DirectoryFile['schedules'][number]['layers'][number]['rotation']): Rotation {
  if (rotation === 'daily') return { kind: 'daily' };
  if (rotation === 'weekly') return { kind: 'weekly' };
  return { kind: 'hours', hours: rotation.hours };
}

function definedOnly<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

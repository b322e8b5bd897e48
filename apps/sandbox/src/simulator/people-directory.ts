import { Inject, Injectable } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { SANDBOX_CONFIG, SandboxConfig } from '../config';
import { DEMO_REPORTERS } from './demo-reporters';
import { Person } from './person';

interface DirectoryResponder {
  id?: unknown;
  name?: unknown;
  roles?: unknown;
  languages?: unknown;
  channels?: { sms?: unknown; line?: unknown };
}

const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

/**
 * The people on the simulator: responders from the on-call directory (read on every call, so edits
 * and a file created later show up) and the demo reporters. A missing or broken file is reported,
 * not fatal: the simulator still works for the public.
 */
@Injectable()
export class PeopleDirectory {
  constructor(@Inject(SANDBOX_CONFIG) private readonly config: SandboxConfig) {}

  async list(): Promise<{ people: Person[]; directory: { file: string; problem?: string } }> {
    const file = resolve(this.config.DIRECTORY_FILE);
    const { responders, problem } = await this.responders(file);
    return { people: [...responders, ...DEMO_REPORTERS], directory: { file, problem } };
  }

  async findByLineId(userId: string): Promise<Person | undefined> {
    return (await this.list()).people.find((p) => p.line === userId);
  }

  private async responders(file: string): Promise<{ responders: Person[]; problem?: string }> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return { responders: [], problem: 'directory file not found' };
    }
    try {
      const doc = parse(text) as { responders?: DirectoryResponder[] } | null;
      const responders = (doc?.responders ?? []).filter((r) => str(r?.id)).map((r) => ({
        id: str(r.id)!,
        name: str(r.name) ?? str(r.id)!,
        kind: 'responder' as const,
        roles: strings(r.roles),
        languages: strings(r.languages),
        sms: str(r.channels?.sms),
        line: str(r.channels?.line),
      }));
      return { responders };
    } catch (err) {
      return { responders: [], problem: `directory file unreadable: ${(err as Error).message}` };
    }
  }
}

import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { BoardConfig } from '../apps/board/src/config';
import { DispatchConfig } from '../apps/dispatch/src/config';
import { IntakeConfig } from '../apps/intake/src/config';
import { NotifierConfig } from '../apps/notifier/src/config';
import { SandboxConfig } from '../apps/sandbox/src/config';
import { TriageConfig } from '../apps/triage/src/config';
import { DEVELOPMENT_SECRETS } from '../libs/platform/src/production-secrets';

const example = parseEnv(readFileSync('.env.example', 'utf8'));
const configs: Record<string, z.ZodObject> = { BoardConfig, DispatchConfig, IntakeConfig, NotifierConfig, SandboxConfig, TriageConfig };

describe('.env.example', () => {
  it.each(Object.entries(configs))('lists every variable %s reads', (_name, schema) => {
    const missing = Object.keys(schema.shape).filter((key) => !(key in example));
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(configs))('is a valid development configuration for %s', (_name, schema) => {
    expect(schema.safeParse(example).success).toBe(true);
  });

  it('publishes exactly the development secrets that production refuses', () => {
    const secretLooking = Object.keys(example).filter((k) => /(KEY|TOKEN|SECRET|PASSWORD)$/.test(k));
    expect(secretLooking.sort()).toEqual(Object.keys(DEVELOPMENT_SECRETS).sort());
    for (const [name, value] of Object.entries(DEVELOPMENT_SECRETS)) expect(example[name]).toBe(value);
  });
});

import { z } from 'zod';
import { ConfigError, loadConfig } from './config';
import { DEVELOPMENT_SECRETS } from './production-secrets';

const Schema = z.object({ NODE_ENV: z.string(), OPERATOR_API_KEY: z.string().min(8), PII_ENCRYPTION_KEY: z.string().min(1), BOARD_PORT: z.string() });
const production = { NODE_ENV: 'production', OPERATOR_API_KEY: 'k-7f3a9c1e5b2d8f40', PII_ENCRYPTION_KEY: 'cmVhbC1rZXktb2YtdGhpcy10ZWFtLTMyLWJ5dGVzISE=', BOARD_PORT: '3000' };

function problems(env: Record<string, string | undefined>): string {
  try {
    loadConfig(Schema, env);
    return '';
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
}

describe('secrets in production', () => {
  it('starts on secrets of its own', () => {
    expect(problems(production)).toBe('');
  });

  it('refuses each published development secret, naming the variable', () => {
    const message = problems({ ...production, OPERATOR_API_KEY: DEVELOPMENT_SECRETS.OPERATOR_API_KEY, PII_ENCRYPTION_KEY: DEVELOPMENT_SECRETS.PII_ENCRYPTION_KEY });
    expect(message).toMatch(/OPERATOR_API_KEY: is a development value published in \.env\.example/);
    expect(message).toMatch(/PII_ENCRYPTION_KEY: is a development value published in \.env\.example/);
  });

  it('refuses a development secret given for another variable', () => {
    expect(problems({ ...production, OPERATOR_API_KEY: DEVELOPMENT_SECRETS.BOARD_BOOTSTRAP_ADMIN_PASSWORD })).toMatch(/OPERATOR_API_KEY: is a development value/);
  });

  it('names a missing secret once, in plain words', () => {
    const message = problems({ ...production, PII_ENCRYPTION_KEY: undefined });
    expect(message).toMatch(/PII_ENCRYPTION_KEY: missing; production needs a secret of its own/);
    expect(message.match(/PII_ENCRYPTION_KEY/g)).toHaveLength(1);
  });

  it('lets development run on the published values', () => {
    expect(problems({ ...production, NODE_ENV: 'development', OPERATOR_API_KEY: DEVELOPMENT_SECRETS.OPERATOR_API_KEY })).toBe('');
  });
});

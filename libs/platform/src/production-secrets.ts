import { parseOldKeys } from './sealing';
/**
 * The variables that hold secrets, with the development values `.env.example` publishes for them
 * (a unit test keeps this list equal to the file). Kept in code because a production image need not
 * ship `.env.example`, and a service must still know which values everyone on the internet has.
 */
export const DEVELOPMENT_SECRETS: Readonly<Record<string, string>> = {
  OPERATOR_API_KEY: 'dev-operator-key-change-me',
  TWILIO_AUTH_TOKEN: 'dev-twilio-auth-token',
  LINE_CHANNEL_SECRET: 'dev-line-channel-secret',
  LINE_CHANNEL_ACCESS_TOKEN: 'dev-line-channel-access-token',
  BOARD_BOOTSTRAP_ADMIN_PASSWORD: 'dev-admin-password',
  PII_ENCRYPTION_KEY: 'ZGV2LW9ubHktcGlpLWtleS0zMi1ieXRlcy1sb25nISE=',
};

const published = new Set(Object.values(DEVELOPMENT_SECRETS));

/**
 * In production every secret a service reads must be set, and to none of the published development
 * values (whichever variable it was published for). One line per problem, by variable name.
 */
export function productionSecretProblems(variables: readonly string[], env: NodeJS.ProcessEnv): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems = variables
    .filter((name) => name in DEVELOPMENT_SECRETS)
    .flatMap((name) => {
      const value = env[name]?.trim();
      if (!value) return [`${name}: missing; production needs a secret of its own`];
      if (published.has(value)) return [`${name}: is a development value published in .env.example; production needs a secret of its own`];
      return [];
    });
  // Old PII keys (id:base64key, ...) are keys too: the development key is refused among them as well.
  if (variables.includes('PII_ENCRYPTION_OLD_KEYS')) {
    if (Object.values(oldKeysOf(env.PII_ENCRYPTION_OLD_KEYS)).some((key) => published.has(key))) problems.push('PII_ENCRYPTION_OLD_KEYS: holds a development value published in .env.example; production needs keys of its own');
  }
  return problems;
}

/** The old keys as listed; a malformed list is the config's error to report, not this check's. */
function oldKeysOf(list: string | undefined): Record<string, string> {
  try {
    return parseOldKeys(list);
  } catch {
    return {};
  }
}

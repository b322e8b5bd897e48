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
  return variables
    .filter((name) => name in DEVELOPMENT_SECRETS)
    .flatMap((name) => {
      const value = env[name]?.trim();
      if (!value) return [`${name}: missing; production needs a secret of its own`];
      if (published.has(value)) return [`${name}: is a development value published in .env.example; production needs a secret of its own`];
      return [];
    });
}

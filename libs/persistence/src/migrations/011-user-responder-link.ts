/**
 * A board account of role responder may stand for a responder of the directory: the account then sees
 * its own phone number and LINE link in the on-call list (and only its own).
 */
export const userResponderLink = {
  version: '011-user-responder-link',
  sql: /* sql */ `
ALTER TABLE users ADD COLUMN responder_id text;
`,
};

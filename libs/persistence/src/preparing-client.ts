import { createHash } from 'node:crypto';
import { Client } from 'pg';

/**
 * A pg client that runs every parameterised statement as a named prepared statement, named after
 * its text: PostgreSQL parses and analyses it once per connection instead of at every execution,
 * and may reuse the plan. Statements are fixed text with `$n` parameters throughout the code base,
 * so the set of names stays as small as the set of statements. (node-postgres prepares a statement
 * only when given a name; naming each call site by hand would be noise at every query.)
 */
export class PreparingClient extends Client {
  override query(config: any, values?: any, callback?: any): any {
    const name = typeof config === 'string' && Array.isArray(values) && values.length > 0 ? statementName(config) : undefined;
    if (name) return super.query({ name, text: config, values }, callback);
    return super.query(config, values, callback);
  }
}

/** Past this many distinct texts (text built from values would be a bug), the rest run unprepared. */
const MAX_STATEMENTS = 500;
const names = new Map<string, string>();

function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (!name) {
    if (names.size >= MAX_STATEMENTS) return undefined;
    name = `s${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

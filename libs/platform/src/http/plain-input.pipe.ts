import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';
import { CONTROL_CHARACTERS as CONTROL, hasLoneSurrogates } from '@rescue/domain';

/**
 * Every path parameter, query value and body string a controller receives is plain text: a control
 * character (a NUL ends up as a PostgreSQL encoding error), half a surrogate pair (PostgreSQL refuses
 * it in jsonb) or a query parameter given twice (an array where a string was meant) is a 400 that
 * names the field, before any handler runs.
 */
@Injectable()
export class PlainInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const name = metadata.data ?? (metadata.type === 'body' ? 'body' : metadata.type);
    if (metadata.type === 'query' && metadata.data && Array.isArray(value)) {
      throw new BadRequestException(`${name}: give it once (it came ${value.length} times)`);
    }
    const found = notPlainIn(value, metadata.type === 'body' && !metadata.data ? '' : name);
    if (found) throw new BadRequestException(`${found.path || 'body'}: ${found.problem}`);
    return value;
  }
}

const problemOf = (text: string): string | undefined =>
  CONTROL.test(text) ? 'must not contain control characters' : hasLoneSurrogates(text) ? 'must not contain a broken character (half a surrogate pair)' : undefined;

/** No request of this system nests deeper; a body built to (5,000 levels of `[`) would overflow the walk's stack. */
const MAX_DEPTH = 32;

/** The path (`a.b[0]`) of the first string, or object key, that is not plain text, and why. */
function notPlainIn(value: unknown, path: string, depth = 0): { path: string; problem: string } | undefined {
  if (typeof value === 'string') {
    const problem = problemOf(value);
    return problem ? { path, problem } : undefined;
  }
  if (depth === MAX_DEPTH && value && typeof value === 'object') return { path, problem: `nested more than ${MAX_DEPTH} levels deep` };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = notPlainIn(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const child = path ? `${path}.${key}` : key;
      const problem = problemOf(key);
      if (problem) return { path: child, problem };
      const found = notPlainIn(inner, child, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

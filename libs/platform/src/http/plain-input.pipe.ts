import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';
import { CONTROL_CHARACTERS as CONTROL } from '@rescue/domain';

/**
 * Every path parameter, query value and body string a controller receives is plain text: a control
 * character (a NUL ends up as a PostgreSQL encoding error) or a query parameter given twice (an array
 * where a string was meant) is a 400 that names the field, before any handler runs.
 */
@Injectable()
export class PlainInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const name = metadata.data ?? (metadata.type === 'body' ? 'body' : metadata.type);
    if (metadata.type === 'query' && metadata.data && Array.isArray(value)) {
      throw new BadRequestException(`${name}: give it once (it came ${value.length} times)`);
    }
    const where = controlCharacterIn(value, metadata.type === 'body' && !metadata.data ? '' : name);
    if (where !== undefined) throw new BadRequestException(`${where || 'body'}: must not contain control characters`);
    return value;
  }
}

/** The path (`a.b[0]`) of the first string, or object key, holding a control character. */
function controlCharacterIn(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return CONTROL.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = controlCharacterIn(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const child = path ? `${path}.${key}` : key;
      if (CONTROL.test(key)) return child;
      const found = controlCharacterIn(inner, child);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

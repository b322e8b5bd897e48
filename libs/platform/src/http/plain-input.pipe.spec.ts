import { BadRequestException } from '@nestjs/common';
import { PlainInputPipe } from './plain-input.pipe';

const pipe = new PlainInputPipe();
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(BadRequestException);
    return (err as BadRequestException).message;
  }
  return undefined;
};

describe('PlainInputPipe', () => {
  it('names the body field that holds a NUL', () => {
    expect(refusal(() => pipe.transform({ name: 'Somchai\u0000', roles: ['x'] }, { type: 'body' }))).toBe('name: must not contain control characters');
    expect(refusal(() => pipe.transform({ location: { description: ['ok', 'b\u0007ad'] } }, { type: 'body' }))).toBe(
      'location.description[1]: must not contain control characters',
    );
  });

  it('names the field that holds half a surrogate pair (a 500 from jsonb before), and keeps emoji', () => {
    expect(refusal(() => pipe.transform({ text: 'ok \ud83d' }, { type: 'body' }))).toBe('text: must not contain a broken character (half a surrogate pair)');
    expect(pipe.transform({ text: 'ok 😀' }, { type: 'body' })).toEqual({ text: 'ok 😀' });
  });

  it('refuses a body nested thousands of levels deep with a 400, not a stack overflow', () => {
    expect(refusal(() => pipe.transform(JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`), { type: 'body' }))).toMatch(/^(\[0\])+: nested more than 32 levels deep$/);
    expect(pipe.transform({ a: [{ b: ['ok'] }] }, { type: 'body' })).toEqual({ a: [{ b: ['ok'] }] });
  });

  it('names a path parameter and a query value', () => {
    expect(refusal(() => pipe.transform('\u0000', { type: 'param', data: 'tipId' }))).toBe('tipId: must not contain control characters');
    expect(refusal(() => pipe.transform(['a', 'b'], { type: 'query', data: 'status' }))).toBe('status: give it once (it came 2 times)');
  });

  it('keeps line breaks and tabs, and any script', () => {
    const note = { text: 'Called the reporter.\r\n\tสามคน ကလေး ເດັກ' };
    expect(pipe.transform(note, { type: 'body' })).toBe(note);
    expect(pipe.transform('open', { type: 'query', data: 'status' })).toBe('open');
  });
});

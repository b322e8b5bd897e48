import { BadRequestException } from '@nestjs/common';
import { z } from 'zod';
import { ZodInput } from './zod-input.pipe';

const Reason = z.object({ reason: z.string().trim().min(1).max(10), count: z.number().int().optional() }).strict();

describe('ZodInput', () => {
  it('answers the parsed input (trimmed, as the schema makes it)', () => {
    expect(new ZodInput(Reason).transform({ reason: '  why  ' })).toEqual({ reason: 'why' });
  });

  it('refuses with a 400 that names each bad field', () => {
    const run = () => new ZodInput(Reason).transform({ reason: '', count: 1.5 });
    expect(run).toThrow(BadRequestException);
    expect(run).toThrow(/^reason: .*; count: /);
  });

  it('takes no body as {} only where the route says its body is optional', () => {
    const AllOptional = z.object({ role: z.string().optional() });
    expect(new ZodInput(AllOptional, true).transform(undefined)).toEqual({});
    expect(() => new ZodInput(AllOptional).transform(undefined)).toThrow('body must be a JSON object');
  });

  it('keeps the very schema it validates with, for the API description to read', () => {
    expect(new ZodInput(Reason).schema).toBe(Reason);
  });
});

import { dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 12;

/**
 * The 49,000 passwords that leak lists show most often (zxcvbn's list, kept by its maintainers):
 * length alone lets `password1234` through, and those are the first an attacker tries.
 */
const COMMON = new Set<string>((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

/** Why a new password is refused, or undefined when it may be used (NIST 800-63B: length and a blocklist, no composition rules). */
export function passwordProblem(password: string): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (COMMON.has(password.toLowerCase())) return 'is one of the most common passwords; choose another';
  return undefined;
}

/** A new password field of a request body: refused with the reason. */
export const NewPassword = z
  .string()
  .max(200)
  .superRefine((p, ctx) => {
    const problem = passwordProblem(p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

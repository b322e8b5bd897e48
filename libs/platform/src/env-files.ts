import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Development convenience: load `.env`, then fill what is still unset from `.env.example`.
 * Variables already in the environment always win. Production sets NODE_ENV=production and passes
 * real configuration, so the example file is never read there.
 */
export function loadEnvFiles(root = process.cwd()): void {
  const local = resolve(root, '.env');
  if (existsSync(local)) process.loadEnvFile(local);
  const example = resolve(root, '.env.example');
  if (process.env.NODE_ENV !== 'production' && existsSync(example)) process.loadEnvFile(example);
}

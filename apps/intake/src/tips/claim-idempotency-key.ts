import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Database } from '@rescue/persistence';

/** JSON with keys in a fixed order: the same tip sent with its fields in another order is the same tip. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * An Idempotency-Key belongs to its caller (`scope`) and to the first tip sent with it, as Stripe's
 * keys do: the same tip again is a retry and gets the same tipId; another tip under a used key is a
 * 409 that says so, instead of being taken for a retry and silently dropped.
 */
@Injectable()
export class ClaimIdempotencyKey {
  constructor(@Inject(Database) private readonly db: Database) {}

  /** The source id that names the tip: a retry of the same tip gets the same one. */
  async execute(claim: { scope: string; key: string; tip: unknown }): Promise<string> {
    const fingerprint = createHash('sha256').update(canonical(claim.tip)).digest('hex');
    type Claimed = { fingerprint: string; created_at: Date };
    let row: Claimed | undefined = (await this.db.query<Claimed>(
      `WITH claimed AS (
         INSERT INTO tip_idempotency_keys (scope, key, fingerprint) VALUES ($1, $2, $3) ON CONFLICT (scope, key) DO NOTHING RETURNING fingerprint, created_at
       )
       SELECT fingerprint, created_at FROM claimed
       UNION ALL SELECT fingerprint, created_at FROM tip_idempotency_keys WHERE scope = $1 AND key = $2
       LIMIT 1`,
      [claim.scope, claim.key, fingerprint],
    ))[0];
    // A concurrent first use committed after this statement's snapshot: read it now.
    row ??= await this.db.one<Claimed>(`SELECT fingerprint, created_at FROM tip_idempotency_keys WHERE scope = $1 AND key = $2`, [claim.scope, claim.key]);
    if (row && row.fingerprint !== fingerprint) {
      throw new ConflictException(
        `Idempotency-Key: already used at ${row.created_at.toISOString()} for a different tip; a new tip needs a new key (nothing was filed)`,
      );
    }
    return `${claim.scope}:${claim.key}`;
  }
}

import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { toString as qrSvg } from 'qrcode';
import { Database } from '@rescue/persistence';
import { Sealer } from '@rescue/platform';
import type { BoardUser } from '../sessions';
import { newTotpSecret, totpUri } from './totp';

/**
 * The first half of setting up an authenticator app: a new secret, kept (sealed) as pending until a
 * code from the app confirms it was scanned. Asking again gives the same pending secret: a page shown
 * twice (a reload, two requests in flight) must not leave the app with a key the board no longer takes.
 * An admin's reset clears it.
 */
@Injectable()
export class SetUpSecondFactor {
  constructor(
    @Inject(Database) private readonly db: Database,
    private readonly sealer: Sealer,
  ) {}

  async execute(user: BoardUser): Promise<{ secret: string; uri: string; qr: string }> {
    if (user.secondFactor === 'on') throw new ConflictException('a second factor is already set up; an admin can reset it (lost phone)');
    const [row] = await this.db.query<{ pending: string }>(
      'UPDATE users SET totp_pending_sealed = coalesce(totp_pending_sealed, $2) WHERE id = $1 RETURNING totp_pending_sealed AS pending',
      [user.id, this.sealer.seal(newTotpSecret())],
    );
    const secret = this.sealer.open<string>(row.pending);
    const uri = totpUri(user.email, secret);
    // An SVG data URL: the console's Content-Security-Policy allows data: images and nothing is fetched elsewhere.
    const qr = `data:image/svg+xml;base64,${Buffer.from(await qrSvg(uri, { type: 'svg', margin: 1 })).toString('base64')}`;
    return { secret, uri, qr };
  }
}

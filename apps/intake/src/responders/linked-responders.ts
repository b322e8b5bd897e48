import { Inject, Injectable } from '@nestjs/common';
import { Database } from '@rescue/persistence';

export interface LinkedResponder {
  id: string;
  name: string;
  languages: string[];
}

/** Who a sender is: a responder whose LINE account or phone is linked, or (undefined) the public. */
@Injectable()
export class LinkedResponders {
  constructor(@Inject(Database) private readonly db: Database) {}

  byLineUserId(userId: string): Promise<LinkedResponder | undefined> {
    return this.db.one('SELECT id, name, languages FROM responders WHERE line_user_id = $1', [userId]);
  }

  byPhone(phone: string): Promise<LinkedResponder | undefined> {
    return this.db.one('SELECT id, name, languages FROM responders WHERE sms = $1', [phone]);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Database } from '@rescue/persistence';
import { BoardUser } from '../auth/sessions';
import { IntakeClient } from './intake-client';
import { OperatorTipForm } from './operator-tip-form';
import { tipSubmissionOf } from './tip-submission-of';

/**
 * An operator files a tip from the console: through intake like every tip, remembered as theirs. The
 * idempotency key is the user's own: two operators (of two organisations) who send the same key file two tips.
 */
@Injectable()
export class FileTip {
  constructor(
    private readonly intake: IntakeClient,
    @Inject(Database) private readonly db: Database,
  ) {}

  async execute(user: BoardUser, form: OperatorTipForm, idempotencyKey: string = randomUUID()) {
    const { tipId } = await this.intake.submitTip(tipSubmissionOf(form), `board:${user.id}:${idempotencyKey}`);
    await this.db.query(
      `INSERT INTO board_tip_submissions (tip_id, user_id, organization) VALUES ($1, $2, $3) ON CONFLICT (tip_id) DO NOTHING`,
      [tipId, user.id, user.organization],
    );
    return { tipId };
  }
}

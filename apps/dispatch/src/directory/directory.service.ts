import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { Directory, parseDirectory } from '@rescue/domain';
import { Database } from '@rescue/persistence';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';

/**
 * The on-call directory and escalation policies, read from DIRECTORY_FILE at start-up. Responders
 * are mirrored into PostgreSQL so intake can tell a responder's reply from a public tip.
 */
@Injectable()
export class DirectoryService implements OnModuleInit {
  private readonly logger = new Logger(DirectoryService.name);
  private current!: Directory;

  constructor(
    @Inject(DISPATCH_CONFIG) private readonly config: DispatchConfig,
    @Inject(Database) private readonly db: Database,
  ) {}

  get directory(): Directory {
    return this.current;
  }

  async onModuleInit() {
    const file = this.config.DIRECTORY_FILE;
    this.current = parseDirectory(readFileSync(file, 'utf8'), file);
    await this.syncResponders();
    this.logger.log(`directory ${file}: ${this.current.responders.length} responders, ${this.current.policies.length} policies`);
  }

  private async syncResponders() {
    await this.db.tx(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(7250002)'); // replicas start together
      for (const r of this.current.responders) {
        // Free a contact another responder held before claiming it (the directory may move a phone).
        // Contacts absent from the file are kept: LINE ids are linked at run time (LINK <code>).
        await client.query('UPDATE responders SET sms = NULL WHERE sms = $1 AND id <> $2', [r.channels.sms ?? null, r.id]);
        await client.query('UPDATE responders SET line_user_id = NULL WHERE line_user_id = $1 AND id <> $2', [r.channels.line ?? null, r.id]);
        await client.query(
          `INSERT INTO responders (id, name, organization, roles, districts, languages, sms, line_user_id, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
           ON CONFLICT (id) DO UPDATE SET name = $2, organization = $3, roles = $4, districts = $5, languages = $6,
             sms = COALESCE($7, responders.sms), line_user_id = COALESCE($8, responders.line_user_id), updated_at = now()`,
          [r.id, r.name, r.organization, r.roles, r.districts, r.languages, r.channels.sms ?? null, r.channels.line ?? null],
        );
      }
    });
  }
}

import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { PoolClient } from 'pg';
import { Directory, layerDirectoryEdits, parseDirectory, Responder } from '@rescue/domain';
import { Database, DIRECTORY_CHANGED_CHANNEL, directoryVersion, readDirectoryEdits } from '@rescue/persistence';
import { DISPATCH_CONFIG, DispatchConfig } from '../config';

/**
 * The on-call directory and escalation policies: DIRECTORY_FILE (read at start-up) with the edits
 * made on the board (PostgreSQL) on top. An edit is picked up live: the board announces each one on
 * commit (LISTEN/NOTIFY reaches every replica at once), and the version is also checked every
 * DIRECTORY_CHECK_INTERVAL_MS in case a notification was missed while the listening connection was
 * down. Responders are mirrored into PostgreSQL so intake can tell a responder's reply from a tip.
 */
@Injectable()
export class DirectoryService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DirectoryService.name);
  private file!: Directory;
  private current!: Directory;
  private byId = new Map<string, Responder>();
  private everyone: Responder[] = [];
  private version = '';
  private reloading: Promise<void> = Promise.resolve();
  private listener?: PoolClient;
  private timer?: NodeJS.Timeout;
  private relisten?: NodeJS.Timeout;
  private closed = false;
  private readonly changeListeners: ((dir: Directory) => void)[] = [];

  constructor(
    @Inject(DISPATCH_CONFIG) private readonly config: DispatchConfig,
    @Inject(Database) private readonly db: Database,
  ) {}

  get directory(): Directory {
    return this.current;
  }

  /** A responder of the current directory by id (notices name and reach people by it). */
  responder(id: string): Responder | undefined {
    return this.byId.get(id);
  }

  /** Called after each reload that changed the directory (hand-off notices and gap reports rescan). */
  onChange(listener: (dir: Directory) => void): void {
    this.changeListeners.push(listener);
  }

  async onModuleInit() {
    const file = this.config.DIRECTORY_FILE;
    this.file = parseDirectory(readFileSync(file, 'utf8'), file);
    await this.reload();
    await this.syncResponders();
    await this.listen();
    this.timer = setInterval(() => void this.refresh(), this.config.DIRECTORY_CHECK_INTERVAL_MS);
    this.logger.log(`directory ${file} (version ${this.version}): ${this.current.responders.length} responders, ${this.current.policies.length} policies`);
  }

  async onApplicationShutdown() {
    this.closed = true;
    clearInterval(this.timer);
    clearTimeout(this.relisten);
    this.listener?.release(true);
    await this.reloading;
  }

  /** Reloads when the stored edits changed; one reload at a time, so an older read never wins. */
  refresh(): Promise<void> {
    this.reloading = this.reloading
      .then(async () => {
        if ((await directoryVersion(this.db.pool)) !== this.version) await this.reload();
      })
      .catch((err) => this.logger.warn(`directory not reloaded: ${(err as Error).message}`));
    return this.reloading;
  }

  private async reload() {
    const { version, edits } = await readDirectoryEdits(this.db.pool);
    const layered = layerDirectoryEdits(this.file, edits);
    for (const p of layered.problems) this.logger.warn(`directory edit left out: ${p.edit}: ${p.field}: ${p.message}`);
    const changed = this.version !== '' && version !== this.version;
    this.current = layered.directory;
    this.byId = new Map(layered.directory.responders.map((r) => [r.id, r]));
    this.everyone = layered.responders.map(({ active: _active, ...r }) => r);
    this.version = version;
    if (!changed) return;
    this.logger.log(`directory version ${version} loaded`);
    for (const listener of this.changeListeners) listener(this.current);
  }

  private async listen() {
    if (this.closed) return;
    try {
      const client = await this.db.pool.connect();
      client.on('notification', () => void this.refresh());
      client.on('error', (err) => {
        this.logger.warn(`directory listener lost (${err.message}); listening again shortly`);
        client.release(true);
        if (this.listener === client) this.listener = undefined;
        this.relisten = setTimeout(() => void this.listen().then(() => this.refresh()), 2_000);
      });
      await client.query(`LISTEN ${DIRECTORY_CHANGED_CHANNEL}`);
      this.listener = client;
    } catch (err) {
      this.logger.warn(`cannot listen for directory edits (${(err as Error).message}); checking every ${this.config.DIRECTORY_CHECK_INTERVAL_MS} ms`);
      this.relisten = setTimeout(() => void this.listen(), 5_000);
    }
  }

  private async syncResponders() {
    await this.db.tx(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(7250002)'); // replicas start together
      for (const r of this.everyone) {
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

import { AckPolicy, DeliverPolicy, JetStreamManager, NatsError, nanos, RetentionPolicy, StorageType } from 'nats';
import { StreamSpec } from '@rescue/contracts';

/** JetStream API error codes this module reacts to. */
const STREAM_NOT_FOUND = 10059;
const STREAM_NAME_IN_USE = 10058;
const CONSUMER_NOT_FOUND = 10014;

function apiErrorCode(err: unknown): number | undefined {
  return err instanceof NatsError ? err.api_error?.err_code : undefined;
}

export interface StreamSettings {
  /** JetStream dedupe window for `Nats-Msg-Id`. */
  duplicateWindowMs: number;
  /**
   * Copies of each stream kept by a JetStream cluster (`NATS_STREAM_REPLICAS`): 3 survives the loss of
   * one server; 1 for a single server, which refuses more.
   */
  replicas: number;
}

/**
 * Creates each stream that is missing and brings the subjects, duplicate window and replicas of
 * existing ones in line with the contracts and the configuration. Every service runs this at start,
 * so the order services start in does not matter; two starting at once both end with the same stream.
 */
export async function ensureStreams(jsm: JetStreamManager, specs: StreamSpec[], settings: StreamSettings): Promise<void> {
  for (const spec of specs) await ensureStream(jsm, spec, settings);
}

async function ensureStream(jsm: JetStreamManager, spec: StreamSpec, settings: StreamSettings, retried = false): Promise<void> {
  const duplicateWindow = nanos(settings.duplicateWindowMs);
  try {
    const { config } = await jsm.streams.info(spec.name);
    const sameSubjects = sameSet(config.subjects ?? [], spec.subjects);
    if (sameSubjects && config.duplicate_window === duplicateWindow && config.num_replicas === settings.replicas) return;
    await jsm.streams.update(spec.name, { ...config, subjects: spec.subjects, duplicate_window: duplicateWindow, num_replicas: settings.replicas });
  } catch (err) {
    if (apiErrorCode(err) !== STREAM_NOT_FOUND) throw err;
    try {
      await jsm.streams.add({
        name: spec.name,
        subjects: spec.subjects,
        storage: StorageType.File,
        retention: RetentionPolicy.Limits,
        duplicate_window: duplicateWindow,
        num_replicas: settings.replicas,
      });
    } catch (addErr) {
      // Another service created it between our lookup and our add: check its config once more.
      if (apiErrorCode(addErr) === STREAM_NAME_IN_USE && !retried) return ensureStream(jsm, spec, settings, true);
      throw addErr;
    }
  }
}

export interface DurableConsumerSpec {
  name: string;
  filterSubject: string;
  ackWaitMs: number;
  maxDeliver: number;
  /** Where a consumer that does not exist yet starts; an existing one resumes where it stopped. */
  deliverPolicy: 'all' | 'new';
}

/**
 * Creates the durable pull consumer or updates the settings that may change on an existing one (the
 * filter is part of the name, so it never changes; NATS before 2.10 could not update it anyway).
 * Returns the name of the stream that holds the consumer's subject.
 */
export async function ensureDurableConsumer(jsm: JetStreamManager, spec: DurableConsumerSpec): Promise<string> {
  const stream = await jsm.streams.find(spec.filterSubject);
  const settings = { ack_wait: nanos(spec.ackWaitMs), max_deliver: spec.maxDeliver };
  try {
    const { config } = await jsm.consumers.info(stream, spec.name);
    if (config.ack_wait === settings.ack_wait && config.max_deliver === settings.max_deliver) return stream;
    await jsm.consumers.update(stream, spec.name, settings);
  } catch (err) {
    if (apiErrorCode(err) !== CONSUMER_NOT_FOUND) throw err;
    await jsm.consumers.add(stream, {
      durable_name: spec.name,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: spec.deliverPolicy === 'new' ? DeliverPolicy.New : DeliverPolicy.All,
      filter_subject: spec.filterSubject,
      ...settings,
    });
  }
  return stream;
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((s) => b.includes(s));
}

import { Logger } from '@nestjs/common';
import { z } from 'zod';
import { BoardConfig } from '../../board/src/config';
import { startBoard } from '../../board/src/start-board';
import { DispatchConfig } from '../../dispatch/src/config';
import { startDispatch } from '../../dispatch/src/start-dispatch';
import { IntakeConfig } from '../../intake/src/config';
import { startIntake } from '../../intake/src/start-intake';
import { NotifierConfig } from '../../notifier/src/config';
import { startNotifier } from '../../notifier/src/start-notifier';
import { TriageConfig } from '../../triage/src/config';
import { startTriage } from '../../triage/src/start-triage';
import { ConfigError, loadConfig, Running, runningAll } from '@rescue/platform';

interface Service<S extends z.ZodObject> {
  name: string;
  schema: S;
  start(config: z.infer<S>): Promise<Running>;
}
const service = <S extends z.ZodObject>(s: Service<S>) => s as unknown as Service<z.ZodObject>;

/**
 * The five apps in the order they start: the consumers before the edges that feed them, so that the
 * first tip finds triage listening. (Nothing depends on it: JetStream keeps what arrives meanwhile.)
 */
const SERVICES = [
  service({ name: 'triage', schema: TriageConfig, start: startTriage }),
  service({ name: 'dispatch', schema: DispatchConfig, start: startDispatch }),
  service({ name: 'notifier', schema: NotifierConfig, start: startNotifier }),
  service({ name: 'board', schema: BoardConfig, start: startBoard }),
  service({ name: 'intake', schema: IntakeConfig, start: startIntake }),
];

/**
 * Every app's module in this one process (RUN_MODE=single), each with its own config, ports, NATS and
 * Redis connections and database pool, talking over the same JetStream subjects and BullMQ queues as
 * when they run apart. Each config is checked before anything starts, every problem listed once.
 */
export async function startSingleProcess(env: NodeJS.ProcessEnv = process.env): Promise<Running> {
  const problems = new Set<string>();
  const configs = SERVICES.map((s) => {
    try {
      return loadConfig(s.schema, env);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      err.message.split('\n').slice(1).forEach((line) => problems.add(line));
      return undefined;
    }
  });
  if (problems.size) throw new ConfigError(`Invalid configuration (see .env.example):\n${[...problems].join('\n')}`);

  const running: Running[] = [];
  const all = runningAll(running);
  try {
    for (const [i, s] of SERVICES.entries()) {
      running.push(await s.start(configs[i]!));
      new Logger('single').log(`${s.name} started`);
    }
  } catch (err) {
    await all.close().catch(() => undefined); // what started first must not keep the process alive
    throw err;
  }
  return all;
}

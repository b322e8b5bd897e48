import IORedis from 'ioredis';
import { connect } from 'nats';
import { natsServerOptions } from '../../libs/messaging/src/nats-server-options';
import { AppName } from '../../scripts/lib/app-process';
import { eventually, sleep, System } from '../../test/support/system';
import { Infrastructure, NatsNode } from './infrastructure';

export interface FaultContext {
  system: System;
  infra: Infrastructure;
  /** Called at the moment the fault strikes (recovery is measured from it). */
  struck(): void;
  log(line: string): void;
}

/** One fault: strikes, and returns once whatever was broken has been brought back (or never is). */
export type Fault = (ctx: FaultContext) => Promise<void>;

/** `npm start` restarts a service that died 2 s after it exited (scripts/start.ts). */
const SUPERVISOR_RESTART_MS = 2000;

/** kill -9 of a service, restarted as npm start restarts it. */
export const killApp = (name: AppName): Fault => async ({ system, struck, log }) => {
  struck();
  await system.stopApp(name, 'SIGKILL');
  log(`${name} killed (SIGKILL); restarting in ${SUPERVISOR_RESTART_MS / 1000} s`);
  await sleep(SUPERVISOR_RESTART_MS);
  await system.startApp(name);
  log(`${name} is back`);
};

/** kill -9 of one dispatch replica, not restarted: the other carries on alone. */
export const killOneReplica: Fault = async ({ system, struck, log }) => {
  struck();
  await system.stopApp('dispatch', 'SIGKILL');
  log('dispatch (one of two replicas) killed (SIGKILL), not restarted');
};

/** kill -9 of Redis, started again empty (no persistence): every deadline and delivery job is gone. */
export const killRedis: Fault = async ({ infra, struck, log }) => {
  struck();
  await infra.killRedis();
  log('Redis killed (SIGKILL)');
  await sleep(SUPERVISOR_RESTART_MS);
  await infra.startRedis();
  log('Redis started again, empty');
};

/** FLUSHALL: Redis up all along, its data gone. */
export const flushRedis: Fault = async ({ infra, struck, log }) => {
  const redis = new IORedis(infra.env().REDIS_URL);
  try {
    struck();
    await redis.flushall();
    log('Redis FLUSHALL');
  } finally {
    redis.disconnect();
  }
};

/** kill -9 of the (only) NATS server, started again on the same JetStream store. */
export const killNats: Fault = async ({ infra, struck, log }) => {
  struck();
  await infra.nats[0].kill();
  log('NATS killed (SIGKILL)');
  await sleep(3000);
  await infra.nats[0].start();
  log('NATS started again on the same store');
};

/** A PostgreSQL crash (stop -m immediate) and start: crash recovery, every connection cut. */
export const restartPostgres: Fault = async ({ infra, struck, log }) => {
  if (!infra.postgres) throw new Error('the PostgreSQL restart needs a cluster of the run\'s own');
  struck();
  infra.postgres.crash();
  log('PostgreSQL stopped (-m immediate)');
  await sleep(SUPERVISOR_RESTART_MS);
  await infra.postgres.start();
  log('PostgreSQL started again');
};

/**
 * A three-node JetStream cluster loses a node (a follower of TIPS), which comes back and catches
 * up; then the leader of TIPS is killed, and comes back too. With three replicas, two nodes keep
 * the quorum each time.
 */
export const natsClusterLosses = (downMs = 4000): Fault => async ({ infra, struck, log }) => {
  const leader = await tipsLeader(infra);
  const follower = infra.nats.find((n) => n !== leader)!;
  struck();
  await follower.kill();
  log(`NATS node ${follower.name} (a TIPS follower) killed (SIGKILL)`);
  await sleep(downMs);
  await follower.start();
  log(`NATS node ${follower.name} started again; waiting until TIPS is current on every node`);
  await eventually(async () => {
    const info = await streamInfo(infra, 'TIPS');
    const replicas = info.cluster?.replicas ?? [];
    if (replicas.length !== infra.nats.length - 1 || !replicas.every((r) => r.current)) throw new Error(`TIPS replicas: ${JSON.stringify(replicas)}`);
  }, 30_000, 250);
  const newLeader = await tipsLeader(infra);
  await newLeader.kill();
  log(`NATS node ${newLeader.name} (the TIPS leader) killed (SIGKILL)`);
  await sleep(downMs);
  await newLeader.start();
  log(`NATS node ${newLeader.name} started again`);
};

async function streamInfo(infra: Infrastructure, stream: string) {
  const live = infra.nats.filter((n) => n.running);
  const nc = await connect({ ...natsServerOptions(live.map((n) => `nats://127.0.0.1:${n.port}`)), timeout: 2000 });
  try {
    return await (await nc.jetstreamManager()).streams.info(stream);
  } finally {
    await nc.close();
  }
}

/** The node leading TIPS, once there is one (its API times out on a loaded machine, or mid-election). */
function tipsLeader(infra: Infrastructure): Promise<NatsNode> {
  return eventually(async () => {
    const name = (await streamInfo(infra, 'TIPS')).cluster?.leader;
    const node = infra.nats.find((n) => n.name === name);
    if (!node) throw new Error(`TIPS has no leader among ${infra.nats.map((n) => n.name).join(', ')} (${name})`);
    return node;
  }, 30_000, 250);
}

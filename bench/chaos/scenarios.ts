import { flushRedis, Fault, killApp, killNats, killOneReplica, killRedis, natsClusterLosses, restartPostgres } from './faults';

/** One run on a fresh system: its servers, how many dispatch replicas, and the one fault it suffers. */
export interface Scenario {
  name: string;
  /** What happens, for the report. */
  what: string;
  natsNodes: 1 | 3;
  dispatchReplicas?: 2;
  fault?: Fault;
  /** When the fault strikes, as a share of the tips sent (default 0.4: in the thick of the stream). */
  strikeAt?: number;
}

export const SCENARIOS: Scenario[] = [
  { name: 'none', what: 'baseline, no fault', natsNodes: 1 },
  { name: 'kill-intake', what: 'kill -9 of intake, restarted after 2 s', natsNodes: 1, fault: killApp('intake') },
  { name: 'kill-triage', what: 'kill -9 of triage, restarted after 2 s', natsNodes: 1, fault: killApp('triage') },
  { name: 'kill-dispatch', what: 'kill -9 of dispatch, restarted after 2 s', natsNodes: 1, fault: killApp('dispatch') },
  { name: 'kill-notifier', what: 'kill -9 of the notifier, restarted after 2 s', natsNodes: 1, fault: killApp('notifier') },
  { name: 'redis-kill', what: 'kill -9 of Redis (no persistence), started again empty after 2 s', natsNodes: 1, fault: killRedis },
  { name: 'redis-flushall', what: 'Redis FLUSHALL', natsNodes: 1, fault: flushRedis },
  { name: 'nats-kill', what: 'kill -9 of NATS, started again on the same store after 3 s', natsNodes: 1, fault: killNats },
  { name: 'postgres-restart', what: 'PostgreSQL stopped -m immediate, started again after 2 s', natsNodes: 1, fault: restartPostgres },
  { name: 'dispatch-replica-killed', what: 'two dispatch replicas, one killed (-9) for good', natsNodes: 1, dispatchReplicas: 2, fault: killOneReplica },
  {
    name: 'nats-cluster',
    what: 'three-node JetStream cluster (3 replicas): a follower killed and back after 4 s, then the TIPS leader killed and back after 4 s',
    natsNodes: 3,
    fault: natsClusterLosses(),
    strikeAt: 0.25,
  },
];

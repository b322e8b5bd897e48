import { InfrastructureConfig } from './config';

const base = { DATABASE_URL: 'postgres://db/x', REDIS_URL: 'redis://redis:6379', NATS_URL: 'nats://a:4222,nats://b:4222' };

describe('InfrastructureConfig NATS_STREAM_REPLICAS', () => {
  it('is 1 unless set: one NATS server refuses more', () => {
    expect(InfrastructureConfig.parse(base).NATS_STREAM_REPLICAS).toBe(1);
  });

  it('takes 3 for a three-node cluster', () => {
    expect(InfrastructureConfig.parse({ ...base, NATS_STREAM_REPLICAS: '3' }).NATS_STREAM_REPLICAS).toBe(3);
  });

  it.each(['0', '6', '1.5', 'three'])('refuses %s', (value) => {
    expect(InfrastructureConfig.safeParse({ ...base, NATS_STREAM_REPLICAS: value }).success).toBe(false);
  });
});

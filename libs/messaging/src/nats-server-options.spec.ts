import { natsServerOptions } from './nats-server-options';

describe('natsServerOptions', () => {
  it('moves the credentials of a URL into options and keeps every server', () => {
    expect(natsServerOptions('nats://rescue:s%40cret@nats-0:4222, nats://rescue:s%40cret@nats-1:4222')).toEqual({
      servers: ['nats://nats-0:4222', 'nats://nats-1:4222'],
      user: 'rescue',
      pass: 's@cret',
    });
  });

  it('leaves URLs without credentials alone', () => {
    expect(natsServerOptions('nats://127.0.0.1:4222')).toEqual({ servers: ['nats://127.0.0.1:4222'] });
  });
});

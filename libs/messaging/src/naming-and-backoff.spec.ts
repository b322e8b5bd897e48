import { redeliveryDelay } from './backoff';
import { consumerName } from './consumer-name';
import { deterministicId } from './ids';
import { isPermanentError, PermanentError } from './permanent-error';

describe('deterministicId', () => {
  it('joins its parts with dashes and replaces what BullMQ and NATS treat as syntax', () => {
    expect(deterministicId('inc-1', 'police', 2, 'resp:7', 'sms')).toBe('inc-1-police-2-resp_7-sms');
    expect(deterministicId('a.b', 'c d', 'e*f', 'g>h')).toBe('a_b-c_d-e_f-g_h');
  });

  it('is the same for the same cause', () => {
    expect(deterministicId('x', 1)).toBe(deterministicId('x', 1));
  });
});

describe('consumerName', () => {
  it('is the prefix and the subject with its dots replaced', () => {
    expect(consumerName('dispatch', 'incidents.opened')).toBe('dispatch-incidents-opened');
    expect(consumerName('board', 'incidents.>')).toBe('board-incidents-all');
    expect(consumerName('board', 'alerts.*')).toBe('board-alerts-any');
  });
});

describe('redeliveryDelay', () => {
  it('doubles from 250 ms and stops at 30 s', () => {
    expect([1, 2, 3, 4].map((n) => redeliveryDelay(n))).toEqual([250, 500, 1000, 2000]);
    expect(redeliveryDelay(9)).toBe(30_000);
    expect(redeliveryDelay(1_000)).toBe(30_000);
  });
});

describe('isPermanentError', () => {
  it('recognises the error and what Nest’s RPC exception filter makes of it', () => {
    const err = new PermanentError('no such district');
    expect(isPermanentError(err)).toBe(true);
    expect(isPermanentError(err.getError())).toBe(true);
    expect(isPermanentError(new Error('timeout'))).toBe(false);
    expect(isPermanentError({ status: 'error', message: 'Internal server error' })).toBe(false);
  });
});

import { twiml } from './twiml';

describe('twiml', () => {
  it('wraps a reply in a MessagingResponse, escaped', () => {
    expect(twiml('ACK <code> & go')).toBe('<?xml version="1.0" encoding="UTF-8"?><Response><Message>ACK &lt;code&gt; &amp; go</Message></Response>');
  });

  it('answers nothing with an empty response', () => {
    expect(twiml()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
  });
});

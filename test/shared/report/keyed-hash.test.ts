// The core's HMAC-SHA-256 agrees with RFC 4231 and with Node's crypto on text in any script.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex } from '../../../shared/report/keyed-hash';

describe('hmacSha256Hex', () => {
  it('RFC 4231 test case 2 ("Jefe")', () => {
    expect(hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  const cases = [
    { description: 'empty message', input: { key: 'k', message: '' } },
    { description: 'Chinese name', input: { key: 'secret', message: '王小明' } },
    { description: 'emoji and a 200-character key (hashed first)', input: { key: 'x'.repeat(200), message: '客服😀 Zhao' } },
    { description: 'a message over one block', input: { key: '0123456789abcdef', message: '李'.repeat(100) } },
  ];
  it.each(cases)('matches node:crypto: $description', ({ input }) => {
    expect(hmacSha256Hex(input.key, input.message)).toBe(createHmac('sha256', input.key).update(input.message, 'utf8').digest('hex'));
  });
});

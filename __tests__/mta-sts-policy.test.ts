/** The MTA-STS policy reader (RFC 8461 §3.2) on literal policies: what senders accept, and why not. */
import { describe, expect, it } from 'vitest';
import { parseMtaStsPolicy } from '../src/probe/mta-sts.js';

describe('parseMtaStsPolicy', () => {
  it('reads the fields, every mx line, CRLF or LF', () => {
    expect(parseMtaStsPolicy('version: STSv1\r\nmode: enforce\r\nmx: mx1.example.com\r\nmx: *.example.net.\nmax_age: 86400\n')).toEqual({
      version: 'STSv1',
      mode: 'enforce',
      mx: ['mx1.example.com', '*.example.net'],
      maxAge: 86400,
    });
  });

  it.each([
    ['no version', 'mode: enforce\nmx: a.example\nmax_age: 1\n', 'version is missing, not STSv1'],
    ['an unknown mode', 'version: STSv1\nmode: strict\nmx: a.example\nmax_age: 1\n', 'mode is "strict", not enforce, testing or none'],
    [
      'a max_age over a year',
      'version: STSv1\nmode: enforce\nmx: a.example\nmax_age: 99999999\n',
      'max_age is missing or not a number of seconds up to a year',
    ],
    ['enforce without mx', 'version: STSv1\nmode: enforce\nmax_age: 1\n', 'mode enforce names no mx'],
    ['an HTML page', '<html><body>hello</body></html>\n', 'the line "<html><body>hello</body></html>" is no "key: value" field'],
  ])('%s is no policy', (_case, text, why) => {
    expect(parseMtaStsPolicy(text)).toBe(why);
  });

  it('mode none needs no mx', () => {
    expect(parseMtaStsPolicy('version: STSv1\nmode: none\nmax_age: 1\n')).toMatchObject({ mode: 'none', mx: [] });
  });
});

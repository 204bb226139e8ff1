/**
 * The SMTP probe against small scripted servers, for what Postfix cannot be made to do: replies
 * out of their place (a second reply to RSET, a second greeting line), an EHLO-refusing
 * MailGuard, a refused null sender, a TLS stack that breaks the handshake, a slow greeting, and
 * certificates named only in the subject CN or for several MX names at one address. A protected
 * server is never called an open relay; what could not be decided is said, with the reply.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProbe } from '../src/checks/probe.js';
import type { DomainName } from '../src/dns-name.js';
import type { IpAddress } from '../src/ip-address.js';
import type { ProbeConversation } from '../src/observations/model.js';
import { converse } from '../src/probe/conversation.js';
import { policy } from './support/literal.js';

const PORT = 12525;
const OPTIONS = {
  connectTimeoutMs: 1000,
  greetingTimeoutMs: 3000,
  replyTimeoutMs: 800,
  startTls: true,
  from: '',
  foreignRecipient: 'postmaster@iana.org',
};
const POLICY = policy('version: 1\ndomains:\n  example.test:\n    mx: ["10 mx1.example.test"]\nsmtp-probe: {}\n');

/** How a scripted server answers each command line; `undefined` is no answer. */
type Script = (line: string, session: { helo: string | undefined }) => string | undefined;

/** A protected server's answers: local recipients unknown (550 5.1.1), relaying denied (554 5.7.1). */
const protectedAnswers: Script = (line) => {
  const command = line.split(/[ :]/)[0]!.toUpperCase();
  if (command === 'EHLO') return '250-mx1.example.test\r\n250 PIPELINING\r\n';
  if (command === 'HELO') return '250 mx1.example.test\r\n';
  if (command === 'MAIL') return '250 2.1.0 Ok\r\n';
  if (command === 'RCPT')
    return /@example\.test>/i.test(line)
      ? '550 5.1.1 <x@example.test>: Recipient address rejected: User unknown\r\n'
      : '554 5.7.1 <postmaster@iana.org>: Relay access denied\r\n';
  if (command === 'RSET') return '250 2.0.0 Ok\r\n';
  if (command === 'QUIT') return '221 2.0.0 Bye\r\n';
  return '502 5.5.2 Error: command not recognized\r\n';
};

const servers: net.Server[] = [];
let baseDir: string;

function serve(
  address: string,
  greeting: () => Promise<string> | string,
  script: Script,
  onStartTls?: (socket: net.Socket) => void,
): Promise<void> {
  const server = net.createServer((socket) => {
    socket.on('error', () => {});
    const session = { helo: undefined as string | undefined };
    void Promise.resolve(greeting()).then((text) => !socket.destroyed && socket.write(text));
    const stop = onLines(socket, (line) => {
      if (/^STARTTLS$/i.test(line) && onStartTls) {
        stop();
        socket.write('220 2.0.0 Ready to start TLS\r\n');
        onStartTls(socket);
        return false;
      }
      const answer = script(line, session);
      if (answer !== undefined) socket.write(answer);
      if (/^QUIT/i.test(line)) socket.end();
      return true;
    });
  });
  servers.push(server);
  return new Promise((resolve) => server.listen(PORT, address, () => resolve()));
}

/** Calls `line` with each command line the client sends, until it returns false; the returned function stops listening. */
function onLines(stream: net.Socket | tls.TLSSocket, line: (text: string) => boolean): () => void {
  let buffered = '';
  const onData = (chunk: Buffer) => {
    buffered += chunk.toString('latin1');
    let newline = buffered.indexOf('\n');
    while (newline !== -1) {
      const text = buffered.slice(0, newline).replace(/\r$/, '');
      buffered = buffered.slice(newline + 1);
      if (!line(text)) return;
      newline = buffered.indexOf('\n');
    }
  };
  stream.on('data', onData);
  return () => stream.off('data', onData);
}

const greet = (name = 'mx1.example.test') => `220 ${name} ESMTP\r\n`;

function target(address: string, host = 'mx1.example.test') {
  return { name: 'example.test' as DomainName, host: host as DomainName, preference: 10, address: address as IpAddress, port: PORT };
}

function findings(conversations: ProbeConversation[]) {
  return checkProbe(POLICY, { checks: ['starttls', 'certificate', 'unknown-recipient', 'relay'], conversations }).map(
    (finding) => `${finding.rule} ${finding.subject}`,
  );
}

let certificates: { cnOnly: { key: Buffer; cert: Buffer }; twoNames: { key: Buffer; cert: Buffer } };

beforeAll(async () => {
  baseDir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-scripted-'));
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: baseDir, stdio: 'ignore' });
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-keyout',
    'cn.key',
    '-out',
    'cn.pem',
    '-subj',
    '/CN=mx1.example.test',
  );
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-keyout',
    'two.key',
    '-out',
    'two.pem',
    '-subj',
    '/CN=shared.example.test',
    '-addext',
    'subjectAltName=DNS:mx1.example.test,DNS:*.backup.example.test',
  );
  const read = (name: string) => readFileSync(path.join(baseDir, name));
  certificates = { cnOnly: { key: read('cn.key'), cert: read('cn.pem') }, twoNames: { key: read('two.key'), cert: read('two.pem') } };

  const tlsWith = (credentials: { key: Buffer; cert: Buffer }) => (socket: net.Socket) => {
    const secured = new tls.TLSSocket(socket, { isServer: true, ...credentials });
    secured.on('error', () => {});
    onLines(secured, (line) => {
      const answer = protectedAnswers(line, { helo: undefined });
      if (answer !== undefined) secured.write(answer);
      return true;
    });
  };
  const withStartTls: Script = (line, session) =>
    /^EHLO/i.test(line) ? '250-mx1.example.test\r\n250 STARTTLS\r\n' : protectedAnswers(line, session);

  await Promise.all([
    // A second reply to RSET: read out of place, it would answer the relay test with "250".
    serve('127.63.0.1', greet, (line, session) =>
      /^RSET/i.test(line) ? '250 2.0.0 Ok\r\n250 2.0.0 Ok\r\n' : protectedAnswers(line, session),
    ),
    // A second greeting line, as some middleboxes send.
    serve('127.63.0.2', () => `${greet()}220 mx1.example.test ESMTP again\r\n`, protectedAnswers),
    // PIX-style MailGuard: EHLO is refused, HELO accepted.
    serve('127.63.0.3', greet, (line, session) =>
      /^EHLO/i.test(line) ? '500 5.5.1 Command unrecognized\r\n' : protectedAnswers(line, session),
    ),
    // The null sender refused; another sender accepted.
    serve('127.63.0.4', greet, (line, session) =>
      /^MAIL FROM:<>/i.test(line) ? '553 5.1.8 <>: Sender address rejected: null sender not accepted\r\n' : protectedAnswers(line, session),
    ),
    // STARTTLS offered by a TLS 1.0-only stack: no current client completes the handshake.
    serve('127.63.0.5', greet, withStartTls, (socket) => {
      const legacy = new tls.TLSSocket(socket, {
        isServer: true,
        ...certificates.twoNames,
        minVersion: 'TLSv1',
        maxVersion: 'TLSv1',
        ciphers: 'DEFAULT@SECLEVEL=0',
      });
      legacy.on('error', () => socket.destroy());
    }),
    // A greeting after 1.5 s: longer than any reply may take, shorter than a sender waits.
    serve('127.63.0.6', () => new Promise((resolve) => setTimeout(() => resolve(greet()), 1500)), protectedAnswers),
    // A certificate whose only name is its subject CN.
    serve('127.63.0.7', greet, withStartTls, tlsWith(certificates.cnOnly)),
    // One certificate for two MX names at one address: one by name, one by a one-label wildcard.
    serve('127.63.0.8', greet, withStartTls, tlsWith(certificates.twoNames)),
    // A genuine open relay: every recipient accepted.
    serve('127.63.0.9', greet, (line, session) => (/^RCPT/i.test(line) ? '250 2.1.5 Ok\r\n' : protectedAnswers(line, session))),
  ]);
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  if (baseDir) rmSync(baseDir, { recursive: true, force: true });
});

describe('replies read in their place', () => {
  it('a second reply to RSET is kept as unsolicited, the relay test is undecided, never an open relay', async () => {
    const conversation = await converse(target('127.63.0.1'), OPTIONS);
    expect(conversation.unsolicited?.[0]).toMatch(/^before MAIL: 250 2\.0\.0 Ok/);
    expect(conversation.foreignRecipient?.undecided).toContain('unasked');
    expect(findings([conversation])).toEqual([
      'smtp/no-starttls mx1.example.test/127.63.0.1',
      'smtp/probe-undecided mx1.example.test/127.63.0.1',
    ]);
  });

  it('a second greeting line makes every later reply undecided: no finding but the notice', async () => {
    const conversation = await converse(target('127.63.0.2'), OPTIONS);
    expect(conversation.unsolicited?.[0]).toContain('before EHLO: 220 mx1.example.test ESMTP again');
    expect(findings([conversation])).toEqual(['smtp/probe-undecided mx1.example.test/127.63.0.2']);
  });

  it('a genuine open relay is still found', async () => {
    const conversation = await converse(target('127.63.0.9'), OPTIONS);
    expect(findings([conversation])).toEqual([
      'smtp/no-starttls mx1.example.test/127.63.0.9',
      'smtp/accepts-unknown-recipient mx1.example.test/127.63.0.9',
      'smtp/open-relay mx1.example.test/127.63.0.9',
    ]);
  });
});

describe('fallbacks a sending MTA makes', () => {
  it('EHLO refused: HELO, and the recipient and relay checks still decide', async () => {
    const conversation = await converse(target('127.63.0.3'), OPTIONS);
    expect(conversation.helo?.code).toBe(250);
    expect(conversation.unknownRecipient?.code).toBe(550);
    expect(findings([conversation])).toEqual(['smtp/no-starttls mx1.example.test/127.63.0.3']);
  });

  it("a refused null sender: the domain's postmaster is tried, and the sender refusal is never a recipient refusal", async () => {
    const conversation = await converse(target('127.63.0.4'), OPTIONS);
    expect(conversation.sender).toBe('postmaster@example.test');
    expect(conversation.unknownRecipient?.code).toBe(550);
    expect(conversation.foreignRecipient?.code).toBe(554);
    expect(findings([conversation])).toEqual(['smtp/no-starttls mx1.example.test/127.63.0.4']);
  });

  it('a TLS handshake that fails is smtp/starttls-unusable with its reason; the rest is held in clear text', async () => {
    const conversation = await converse(target('127.63.0.5'), OPTIONS);
    expect(conversation.tlsFailure).toMatch(/protocol|version/i);
    expect(conversation.unknownRecipient?.code).toBe(550);
    expect(conversation.foreignRecipient?.code).toBe(554);
    expect(findings([conversation])).toEqual(['smtp/starttls-unusable mx1.example.test/127.63.0.5']);
  });

  it('a slow greeting is waited for (the probe greeting wait, not the reply wait)', async () => {
    const conversation = await converse(target('127.63.0.6'), OPTIONS);
    expect(conversation.failure).toBeUndefined();
    expect(conversation.greeting?.code).toBe(220);
    expect(conversation.foreignRecipient?.code).toBe(554);
  });
});

describe('certificate names come from subjectAltName, judged per MX name', () => {
  it('a name only in the subject CN is no name (RFC 9525)', async () => {
    const conversation = await converse(target('127.63.0.7'), OPTIONS);
    expect(conversation.certificate?.names).toEqual([]);
    const invalid = checkProbe(POLICY, { checks: ['certificate'], conversations: [conversation] });
    expect(invalid.map((finding) => finding.rule)).toEqual(['smtp/certificate-invalid']);
    expect(invalid[0]!.message).toContain('names no host in subjectAltName');
  });

  it('two MX names on one address: each judged against the names, a wildcard covering exactly one label', () => {
    return Promise.all(
      ['mx1.example.test', 'mx2.backup.example.test', 'deep.mx3.backup.example.test'].map((host) =>
        converse(target('127.63.0.8', host), OPTIONS),
      ),
    ).then((conversations) => {
      const nameProblems = checkProbe(POLICY, { checks: ['certificate'], conversations }).map((finding) =>
        finding.message.includes('is not among its names') ? finding.subject : undefined,
      );
      // Every conversation is untrusted (a self-signed test certificate); only the deep name fails by name.
      expect(nameProblems.filter(Boolean)).toEqual(['deep.mx3.backup.example.test/127.63.0.8']);
    });
  });
});

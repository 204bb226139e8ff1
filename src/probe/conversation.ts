/**
 * One SMTP conversation with one address of one MX target (RFC 5321, RFC 3207): greeting, EHLO,
 * STARTTLS when offered (and asked for), EHLO again, MAIL FROM, RCPT TO a local part that cannot
 * exist, RSET, MAIL FROM, RCPT TO a foreign recipient, QUIT. It never sends DATA: no message is
 * ever handed over. Every reply is kept, escaped; a step that fails ends the conversation.
 */
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import tls from 'node:tls';
import type { DomainName } from '../dns-name.js';
import type { IpAddress } from '../ip-address.js';
import type { ProbeCertificate, ProbeConversation, SmtpReply } from '../observations/model.js';
import { CLIENT_NAME, offersStartTls, ReplyReader, replyForDisplay } from '../smtp-reply.js';
import { printable } from '../untrusted-text.js';

export interface ConversationTarget {
  readonly name: DomainName;
  readonly host: DomainName;
  readonly preference: number;
  readonly address: IpAddress;
  readonly port: number;
}

export interface ConversationOptions {
  readonly connectTimeoutMs: number;
  /** Per reply: tarpits answer slowly on purpose. */
  readonly replyTimeoutMs: number;
  readonly startTls: boolean;
  readonly from: string;
  readonly foreignRecipient: string;
}

type Steps = Omit<ProbeConversation, keyof ConversationTarget | 'failure'>;

export async function converse(target: ConversationTarget, options: ConversationOptions): Promise<ProbeConversation> {
  const steps: { -readonly [K in keyof Steps]: Steps[K] } = {
    greeting: undefined,
    ehlo: undefined,
    startTlsOffered: undefined,
    startTls: undefined,
    certificate: undefined,
    mailFrom: undefined,
    unknownRecipient: undefined,
    foreignRecipient: undefined,
  };
  let socket: net.Socket | tls.TLSSocket | undefined;
  let reader: ReplyReader | undefined;
  const done = (failure: string | undefined): ProbeConversation => ({ ...target, failure, ...steps });
  try {
    socket = await connect(target.address, target.port, options.connectTimeoutMs);
    reader = new ReplyReader(socket);
    const say = async (command: string | undefined): Promise<SmtpReply | undefined> => {
      if (command !== undefined) socket!.write(`${command}\r\n`);
      const reply = await reader!.reply(options.replyTimeoutMs);
      if (!reply.complete) return undefined;
      const code = Number(reply.lines[0]!.slice(0, 3));
      return { code, text: replyForDisplay(reply.lines) };
    };
    steps.greeting = await say(undefined);
    if (steps.greeting === undefined || steps.greeting.code !== 220)
      return done(steps.greeting ? 'the server refused service at the greeting' : 'no SMTP greeting');
    steps.ehlo = await say(`EHLO ${CLIENT_NAME}`);
    if (steps.ehlo === undefined || steps.ehlo.code !== 250) return done('EHLO was not accepted');
    steps.startTlsOffered = offersStartTls(steps.ehlo.text.split('\n'));
    if (options.startTls && steps.startTlsOffered) {
      steps.startTls = await say('STARTTLS');
      if (steps.startTls?.code !== 220) return done('STARTTLS was offered but refused');
      reader.stop();
      const secured = await upgrade(socket as net.Socket, target.host, options.connectTimeoutMs);
      socket = secured.socket;
      steps.certificate = secured.certificate;
      reader = new ReplyReader(socket);
      const again = await say(`EHLO ${CLIENT_NAME}`);
      if (again === undefined || again.code !== 250) return done('EHLO after STARTTLS was not accepted');
    }
    const mailFrom = `MAIL FROM:<${options.from}>`;
    steps.mailFrom = await say(mailFrom);
    if (steps.mailFrom === undefined || steps.mailFrom.code !== 250) return done('MAIL FROM was not accepted');
    // A local part no one has: 32 random hex digits.
    steps.unknownRecipient = await say(`RCPT TO:<${randomBytes(16).toString('hex')}@${target.name}>`);
    await say('RSET');
    const secondMailFrom = await say(mailFrom);
    if (secondMailFrom?.code === 250) steps.foreignRecipient = await say(`RCPT TO:<${options.foreignRecipient}>`);
    socket.write('QUIT\r\n');
    return done(undefined);
  } catch (error) {
    return done((error as NodeJS.ErrnoException).code ?? (error as Error).message);
  } finally {
    reader?.stop();
    socket?.destroy();
  }
}

function connect(address: IpAddress, port: number, timeoutMs: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection({ host: address, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no connection within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** TLS over the connection, verified by hand so that a bad certificate is a finding, not a failure. */
function upgrade(
  socket: net.Socket,
  host: DomainName,
  timeoutMs: number,
): Promise<{ socket: tls.TLSSocket; certificate: ProbeCertificate }> {
  return new Promise((resolve, reject) => {
    const secured = tls.connect({ socket, servername: host, rejectUnauthorized: false });
    const timer = setTimeout(() => {
      secured.destroy();
      reject(new Error(`TLS handshake not done within ${timeoutMs} ms`));
    }, timeoutMs);
    secured.once('secureConnect', () => {
      clearTimeout(timer);
      const peer = secured.getPeerCertificate();
      const nameError = peer && Object.keys(peer).length > 0 ? tls.checkServerIdentity(host, peer) : new Error('no certificate');
      const trustError = secured.authorized ? undefined : String(secured.authorizationError ?? 'not trusted');
      resolve({
        socket: secured,
        certificate: {
          subject: printable([peer?.subject?.CN ?? ''].flat().join(', ')),
          issuer: printable([peer?.issuer?.CN ?? ''].flat().join(', ')),
          validFrom: peer?.valid_from ?? '',
          validTo: peer?.valid_to ?? '',
          trusted: trustError === undefined,
          nameMatches: nameError === undefined,
          problem: printable([trustError, nameError?.message].filter(Boolean).join('; ')),
        },
      });
    });
    secured.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

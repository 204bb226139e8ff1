/**
 * One SMTP conversation with one address of one MX target (RFC 5321, RFC 3207), as a sending MTA
 * holds it: greeting (waited for as long as a sender waits), EHLO (HELO when EHLO is refused),
 * STARTTLS when offered (and asked for), EHLO again, MAIL FROM (another sender when the null one is
 * refused), RCPT TO a local part that cannot exist, RSET, MAIL FROM, RCPT TO a foreign recipient,
 * QUIT. It never sends DATA. A failed TLS handshake is kept with its reason and the conversation
 * goes on in plain text on a new connection, as senders fall back. Every reply is read in its
 * place: whatever the server sent unasked before a command is kept, and every later reply is
 * marked undecided, never taken as the answer to the next command. What was seen before a
 * conversation broke is kept.
 */
import { createHash, randomBytes, X509Certificate } from 'node:crypto';
import net from 'node:net';
import tls from 'node:tls';
import type { DomainName } from '../dns-name.js';
import type { IpAddress } from '../ip-address.js';
import type { ChainCertificate, ProbeCertificate, ProbeConversation, SmtpReply } from '../observations/model.js';
import { CLIENT_NAME, offersStartTls, ReplyReader, replyForDisplay } from '../smtp-reply.js';
import { printable } from '../untrusted-text.js';
import { nameCovers } from '../certificate-name.js';

export interface ConversationTarget {
  readonly name: DomainName;
  readonly host: DomainName;
  readonly preference: number;
  readonly address: IpAddress;
  readonly port: number;
}

export interface ConversationOptions {
  readonly connectTimeoutMs: number;
  /** For the greeting: postscreen and tarpits make senders wait on purpose (RFC 5321 allows 5 minutes). */
  readonly greetingTimeoutMs: number;
  /** Per reply after the greeting. */
  readonly replyTimeoutMs: number;
  readonly startTls: boolean;
  readonly from: string;
  readonly foreignRecipient: string;
}

/** How long the server is given to send anything unasked before each command: enough for a reply it sent together with the last one. */
const SETTLE_MS = 25;
/** Unsolicited replies kept in the transcript; a server that keeps talking is not read further. */
const MAX_UNSOLICITED_KEPT = 4;

type Steps = Omit<ProbeConversation, keyof ConversationTarget | 'failure'>;
type MutableSteps = { -readonly [K in keyof Steps]: Steps[K] } & { unsolicited?: string[] };

/** Raised inside a conversation when it cannot go on; what was seen so far is kept. */
class Interrupted extends Error {}

class Session {
  private reader: ReplyReader;
  /** Set once the server sent something unasked: no later reply can be trusted to answer its command. */
  private outOfPlace: string | undefined;

  constructor(
    private socket: net.Socket | tls.TLSSocket,
    private readonly steps: MutableSteps,
    private readonly replyTimeoutMs: number,
  ) {
    this.reader = new ReplyReader(socket);
  }

  greeting(timeoutMs: number): Promise<SmtpReply | undefined> {
    return this.read(timeoutMs);
  }

  /** Sends one command and reads the one reply that answers it (undefined: none came in time). */
  async say(command: string): Promise<SmtpReply | undefined> {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    for (const pending of this.reader.pendingReplies()) {
      const text = replyForDisplay(pending);
      const unsolicited = (this.steps.unsolicited ??= []);
      if (unsolicited.length < MAX_UNSOLICITED_KEPT) unsolicited.push(`before ${command.split(' ')[0]}: ${text}`);
      this.outOfPlace ??= `the server sent "${text.split('\n')[0]}" unasked before ${command.split(' ')[0]}`;
    }
    this.socket.write(`${command}\r\n`);
    return this.read(this.replyTimeoutMs);
  }

  private async read(timeoutMs: number): Promise<SmtpReply | undefined> {
    const reply = await this.reader.reply(timeoutMs);
    if (!reply.complete) return undefined;
    const code = Number(reply.lines[0]!.slice(0, 3));
    const text = replyForDisplay(reply.lines);
    return this.outOfPlace === undefined ? { code, text } : { code, text, undecided: this.outOfPlace };
  }

  /** TLS over this connection; a handshake that fails is thrown with its reason. */
  async secure(host: DomainName, timeoutMs: number): Promise<ProbeCertificate> {
    this.reader.stop();
    const secured = await upgrade(this.socket as net.Socket, host, timeoutMs);
    this.socket = secured.socket;
    this.reader = new ReplyReader(this.socket);
    return secured.certificate;
  }

  quit(): void {
    this.socket.write('QUIT\r\n');
  }

  close(): void {
    this.reader.stop();
    this.socket.destroy();
  }
}

export async function converse(target: ConversationTarget, options: ConversationOptions): Promise<ProbeConversation> {
  const steps: MutableSteps = {
    greeting: undefined,
    ehlo: undefined,
    startTlsOffered: undefined,
    startTls: undefined,
    certificate: undefined,
    mailFrom: undefined,
    unknownRecipient: undefined,
    foreignRecipient: undefined,
  };
  const done = (failure: string | undefined): ProbeConversation => ({ ...target, failure, ...steps });
  let session: Session | undefined;
  try {
    session = await open(target, options, steps, true);
    if (session === undefined) return done(steps.greeting ? 'the server refused service at the greeting (554)' : 'no SMTP greeting');
    const ehloLines = await hello(session, steps, true);
    // An EHLO reply read after an unsolicited one may be another reply's lines: it tells nothing.
    steps.startTlsOffered = steps.helo ? false : steps.ehlo?.undecided !== undefined ? undefined : offersStartTls(ehloLines);
    if (options.startTls && steps.startTlsOffered) {
      steps.startTls = await session.say('STARTTLS');
      if (steps.startTls?.code === 220) {
        try {
          steps.certificate = await session.secure(target.host, options.connectTimeoutMs);
          const again = await session.say(`EHLO ${CLIENT_NAME}`);
          if (again?.code !== 250) throw new Interrupted('EHLO after STARTTLS was not accepted');
        } catch (error) {
          if (error instanceof Interrupted) throw error;
          // A sender falls back to plain text on a new connection (RFC 3207 §4.1); so does the probe.
          steps.tlsFailure = printable(describeTlsError(error));
          session.close();
          session = await open(target, options, steps, false);
          if (session === undefined) throw new Interrupted('no SMTP greeting on the plain-text connection after the TLS failure');
          await hello(session, steps, false);
        }
      }
    }
    const sender = await mailFrom(session, steps, options.from, target.name);
    if (sender === undefined) throw new Interrupted('every sender was refused');
    // A local part no one has: 32 random hex digits.
    steps.unknownRecipient = await session.say(`RCPT TO:<${randomBytes(16).toString('hex')}@${target.name}>`);
    const reset = await session.say('RSET');
    if (reset?.code !== 250) throw new Interrupted('RSET was not accepted');
    const second = await session.say(`MAIL FROM:<${sender}>`);
    if (second?.code !== 250) throw new Interrupted('the second MAIL FROM was not accepted');
    steps.foreignRecipient = await session.say(`RCPT TO:<${options.foreignRecipient}>`);
    session.quit();
    return done(undefined);
  } catch (error) {
    if (steps.greeting === undefined) return done((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    steps.interrupted = printable(
      error instanceof Interrupted ? error.message : ((error as NodeJS.ErrnoException).code ?? (error as Error).message),
    );
    return done(undefined);
  } finally {
    session?.close();
  }
}

/** A new connection and its greeting (recorded when it is the first); undefined without a 220 greeting. */
async function open(
  target: ConversationTarget,
  options: ConversationOptions,
  steps: MutableSteps,
  first: boolean,
): Promise<Session | undefined> {
  const socket = await connect(target.address, target.port, options.connectTimeoutMs);
  const session = new Session(socket, steps, options.replyTimeoutMs);
  const greeting = await session.greeting(options.greetingTimeoutMs);
  if (first) steps.greeting = greeting;
  if (greeting?.code === 220) return session;
  session.close();
  return undefined;
}

/** EHLO, or HELO when EHLO is refused (PIX-style MailGuard answers 500 to it); the EHLO reply's lines. */
async function hello(session: Session, steps: MutableSteps, first: boolean): Promise<string[]> {
  const ehlo = await session.say(`EHLO ${CLIENT_NAME}`);
  if (first) steps.ehlo = ehlo;
  if (ehlo?.code === 250) return ehlo.text.split('\n');
  if (ehlo === undefined || ehlo.code < 500) throw new Interrupted('EHLO was not answered');
  const helo = await session.say(`HELO ${CLIENT_NAME}`);
  if (helo?.code !== 250) throw new Interrupted('neither EHLO nor HELO was accepted');
  if (first) steps.helo = helo;
  return [];
}

/** MAIL FROM the configured sender, then, when refused, the probed domain's postmaster: the sender that was accepted. */
async function mailFrom(session: Session, steps: MutableSteps, from: string, name: DomainName): Promise<string | undefined> {
  const candidates = [...new Set([from, from === '' ? `postmaster@${name}` : undefined].filter((sender) => sender !== undefined))];
  for (const sender of candidates) {
    const reply = await session.say(`MAIL FROM:<${sender}>`);
    steps.mailFrom = reply;
    if (reply?.code === 250) {
      if (sender !== from) steps.sender = sender;
      return sender;
    }
    if (reply === undefined || reply.code < 500) return undefined;
  }
  return undefined;
}

function describeTlsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = (error as Error).message ?? String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
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

/**
 * TLS over the connection, verified by hand so that a bad certificate is a finding, not a failure.
 * The names are the subjectAltName DNS entries alone (RFC 9525: the subject CN is no name), and
 * which MX name they cover is judged per name, by the rules.
 */
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
      const peer = secured.getPeerCertificate(true);
      const present = peer && Object.keys(peer).length > 0;
      const names = present ? subjectAltNames(peer.subjectaltname ?? '') : [];
      const trustError = !present ? 'no certificate' : secured.authorized ? undefined : String(secured.authorizationError ?? 'not trusted');
      const nameMatches = names.some((pattern) => nameCovers(pattern, host));
      resolve({
        socket: secured,
        certificate: {
          subject: printable([peer?.subject?.CN ?? ''].flat().join(', ')),
          issuer: printable([peer?.issuer?.CN ?? ''].flat().join(', ')),
          validFrom: peer?.valid_from ?? '',
          validTo: peer?.valid_to ?? '',
          trusted: trustError === undefined,
          nameMatches,
          names: names.map(printable),
          chain: presentedChain(peer),
          problem: printable(
            [
              trustError,
              nameMatches ? undefined : names.length === 0 ? 'no DNS name in subjectAltName' : `${host} is not among ${names.join(', ')}`,
            ]
              .filter(Boolean)
              .join('; '),
          ),
        },
      });
    });
    secured.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Certificates of a chain kept for DANE; real chains have three or four. */
const MAX_CHAIN_CERTIFICATES = 8;

/**
 * The chain the server presented, leaf first, with what a TLSA record can match (RFC 6698 §2.1)
 * and whether each certificate was signed by the next one (a DANE-TA match must chain to the leaf).
 */
function presentedChain(peer: tls.DetailedPeerCertificate | undefined): ChainCertificate[] {
  const certificates: X509Certificate[] = [];
  for (let at = peer; at?.raw !== undefined && certificates.length < MAX_CHAIN_CERTIFICATES; at = at.issuerCertificate) {
    try {
      certificates.push(new X509Certificate(at.raw));
    } catch {
      break;
    }
    // A self-signed root is its own issuer.
    if (at.issuerCertificate === at) break;
  }
  const digest = (algorithm: string, data: Buffer) => createHash(algorithm).update(data).digest('hex');
  return certificates.map((certificate, index) => {
    const publicKey = certificate.publicKey.export({ type: 'spki', format: 'der' });
    const next = certificates[index + 1];
    return {
      certificateSha256: digest('sha256', certificate.raw),
      certificateSha512: digest('sha512', certificate.raw),
      publicKeySha256: digest('sha256', publicKey),
      publicKeySha512: digest('sha512', publicKey),
      issuedByNext: next !== undefined && certificate.checkIssued(next) && certificate.verify(next.publicKey),
    };
  });
}

/** The DNS entries of a subjectAltName as Node prints it ("DNS:a.example, IP Address:192.0.2.1"). */
function subjectAltNames(text: string): string[] {
  return text
    .split(/,\s*/)
    .flatMap((entry) => (entry.startsWith('DNS:') ? [entry.slice(4).toLowerCase().replace(/\.$/, '')] : []))
    .slice(0, 100);
}

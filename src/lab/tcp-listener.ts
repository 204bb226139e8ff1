/**
 * Lab TCP listeners for the demo and tests: an SMTP server that greets (optionally after a delay,
 * like a tarpit), a non-SMTP banner (SSH), and a listener that never speaks. Each counts its
 * connections so tests can prove the scanner never touched it.
 */
import net from 'node:net';

export type LabListenerKind = 'smtp' | 'banner' | 'silent';

export interface LabListenerSpec {
  readonly address: string;
  readonly port: number;
  readonly kind: LabListenerKind;
  /** The first line sent: an SMTP greeting or another protocol's banner. */
  readonly banner: string;
  readonly greetingDelayMs?: number;
  /** smtp only, at RCPT TO a local address: verify (550 for unknown users), accept-all, or greylist (450). */
  readonly recipients?: 'verify' | 'accept-all' | 'greylist';
  /** smtp only, at RCPT TO a foreign domain: deny (554) or open (250, an open relay). */
  readonly relay?: 'deny' | 'open';
  /** smtp only: the domains this server receives mail for (others are relaying). */
  readonly localDomains?: readonly string[];
}

export class LabTcpListener {
  connections = 0;
  /** Every SMTP command received, upper-cased verb first, for tests (no DATA may ever come). */
  readonly commands: string[] = [];
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();

  constructor(readonly spec: LabListenerSpec) {}

  async start(): Promise<void> {
    this.server = net.createServer((socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.spec.port, this.spec.address, () => resolve());
    });
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private accept(socket: net.Socket): void {
    this.connections++;
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => {});
    if (this.spec.kind === 'silent') return;
    const greet = () => {
      if (!socket.destroyed) socket.write(`${this.spec.banner}\r\n`);
    };
    const timer = setTimeout(greet, this.spec.greetingDelayMs ?? 0);
    socket.on('close', () => clearTimeout(timer));
    if (this.spec.kind !== 'smtp') return;
    let buffered = '';
    socket.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('latin1');
      let newline = buffered.indexOf('\n');
      while (newline !== -1) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        this.commands.push(line);
        socket.write(this.reply(line));
        if (/^QUIT/i.test(line)) socket.end();
        newline = buffered.indexOf('\n');
      }
    });
  }

  /** The lab MTA's answer to one command: a small, honest subset of RFC 5321 (no DATA, ever). */
  private reply(line: string): string {
    const verb = line.split(/\s/)[0]!.toUpperCase();
    switch (verb) {
      case 'EHLO':
        return '250-lab.invalid\r\n250-PIPELINING\r\n250 8BITMIME\r\n';
      case 'HELO':
      case 'RSET':
      case 'NOOP':
        return '250 2.0.0 Ok\r\n';
      case 'MAIL':
        return '250 2.1.0 Ok\r\n';
      case 'RCPT': {
        const domain = /@([^>]+)>/.exec(line)?.[1]?.toLowerCase() ?? '';
        const local = (this.spec.localDomains ?? []).includes(domain);
        if (!local) return this.spec.relay === 'open' ? '250 2.1.5 Ok\r\n' : '554 5.7.1 Relay access denied\r\n';
        if (this.spec.recipients === 'accept-all') return '250 2.1.5 Ok\r\n';
        if (this.spec.recipients === 'greylist') return '450 4.2.0 Greylisted, try again later\r\n';
        return /^RCPT TO:<postmaster@/i.test(line) ? '250 2.1.5 Ok\r\n' : '550 5.1.1 User unknown\r\n';
      }
      case 'QUIT':
        return '221 2.0.0 Bye\r\n';
      default:
        return '502 5.5.2 Command not implemented\r\n';
    }
  }
}

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
}

export class LabTcpListener {
  connections = 0;
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
        const command = buffered.slice(0, newline).trim().toUpperCase();
        buffered = buffered.slice(newline + 1);
        if (command.startsWith('EHLO')) socket.write('250-lab.invalid\r\n250-PIPELINING\r\n250 8BITMIME\r\n');
        else if (command.startsWith('QUIT')) socket.end('221 2.0.0 Bye\r\n');
        else socket.write('502 5.5.2 Command not implemented\r\n');
        newline = buffered.indexOf('\n');
      }
    });
  }
}

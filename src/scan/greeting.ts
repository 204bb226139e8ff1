/**
 * Reads what a listener says first. SMTP servers greet before the client speaks (RFC 5321 §4.3.1)
 * with 220, or 554 when they refuse service; both prove an SMTP server. Slow greetings (tarpits)
 * are waited for up to the greeting timeout. After a greeting we say EHLO, to learn whether
 * STARTTLS is offered, then QUIT politely.
 */
import type { Duplex } from 'node:stream';
import { printable } from '../untrusted-text.js';

/** A greeting longer than this is not an SMTP greeting; stop reading. */
const MAX_GREETING_BYTES = 4096;
const SMTP_GREETING = /^(220|554)[ -]/;
const CLIENT_NAME = 'mail-perimeter.invalid';

export interface Conversation {
  /** The first reply (all lines), or whatever non-SMTP bytes arrived first; escaped for display. */
  readonly greeting: string;
  readonly smtp: boolean;
  readonly startTls: boolean | undefined;
}

export async function converse(stream: Duplex, greetingTimeoutMs: number): Promise<Conversation> {
  const reader = new ReplyReader(stream);
  try {
    const greeting = await reader.reply(greetingTimeoutMs);
    if (!greeting.complete || !SMTP_GREETING.test(greeting.lines[0] ?? '')) {
      return { greeting: forDisplay(greeting.lines), smtp: false, startTls: undefined };
    }
    let startTls: boolean | undefined;
    if (greeting.lines[0]!.startsWith('220')) {
      stream.write(`EHLO ${CLIENT_NAME}\r\n`);
      const ehlo = await reader.reply(greetingTimeoutMs);
      if (ehlo.complete && ehlo.lines[0]?.startsWith('250')) startTls = ehlo.lines.some((line) => /^250[ -]STARTTLS\b/i.test(line));
    }
    stream.write('QUIT\r\n');
    return { greeting: forDisplay(greeting.lines), smtp: true, startTls };
  } finally {
    reader.stop();
  }
}

/** Lines kept apart by newlines, each escaped, so a banner can never inject into a log or page. */
function forDisplay(lines: readonly string[]): string {
  return lines.map(printable).join('\n');
}

class ReplyReader {
  private buffered = '';
  private wake: (() => void) | undefined;
  private ended = false;
  private readonly onData = (chunk: Buffer) => {
    // Kept to the cap as it arrives: a listener sending 64 KiB must not fill the observations.
    const room = MAX_GREETING_BYTES - this.buffered.length;
    if (room > 0) this.buffered += chunk.subarray(0, room).toString('latin1');
    if (chunk.length >= room) this.overflowed = true;
    this.wake?.();
  };
  private overflowed = false;
  private readonly onEnd = () => {
    this.ended = true;
    this.wake?.();
  };

  constructor(private readonly stream: Duplex) {
    stream.on('data', this.onData);
    stream.on('end', this.onEnd);
    stream.on('close', this.onEnd);
    stream.on('error', this.onEnd);
  }

  /** One SMTP reply: lines up to one whose code is followed by a space (or the bytes seen by the deadline). */
  async reply(timeoutMs: number): Promise<{ lines: string[]; complete: boolean }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const lines: string[] = [];
      let rest = this.buffered;
      let newline = rest.indexOf('\n');
      while (newline !== -1) {
        const line = rest.slice(0, newline).replace(/\r$/, '');
        lines.push(line);
        rest = rest.slice(newline + 1);
        if (!/^\d{3}-/.test(line)) {
          this.buffered = rest;
          return { lines, complete: /^\d{3}( |$)/.test(line) };
        }
        newline = rest.indexOf('\n');
      }
      const remaining = deadline - Date.now();
      if (this.ended || remaining <= 0 || this.overflowed) {
        const partial = this.buffered.replace(/\r?\n$/, '');
        return { lines: partial === '' ? [] : partial.split(/\r?\n/), complete: false };
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  stop(): void {
    this.stream.off('data', this.onData);
    this.stream.off('end', this.onEnd);
    this.stream.off('close', this.onEnd);
    this.stream.off('error', this.onEnd);
  }
}

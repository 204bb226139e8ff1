/**
 * Reads what a listener says first. SMTP servers greet before the client speaks (RFC 5321 §4.3.1)
 * with 220, or 554 when they refuse service; both prove an SMTP server. Slow greetings (tarpits)
 * are waited for up to the greeting timeout. After a greeting we say EHLO, to learn whether
 * STARTTLS is offered, then QUIT politely.
 */
import type { Duplex } from 'node:stream';
import { CLIENT_NAME, offersStartTls, ReplyReader, replyForDisplay } from '../smtp-reply.js';

const SMTP_GREETING = /^(220|554)[ -]/;

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
      return { greeting: replyForDisplay(greeting.lines), smtp: false, startTls: undefined };
    }
    let startTls: boolean | undefined;
    if (greeting.lines[0]!.startsWith('220')) {
      stream.write(`EHLO ${CLIENT_NAME}\r\n`);
      const ehlo = await reader.reply(greetingTimeoutMs);
      if (ehlo.complete && ehlo.lines[0]?.startsWith('250')) startTls = offersStartTls(ehlo.lines);
    }
    stream.write('QUIT\r\n');
    return { greeting: replyForDisplay(greeting.lines), smtp: true, startTls };
  } finally {
    reader.stop();
  }
}

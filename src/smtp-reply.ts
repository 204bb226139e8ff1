/**
 * Reading SMTP replies (RFC 5321 §4.2): multi-line replies, slow servers (tarpits) waited for up
 * to a deadline, and a cap on what is kept, so a listener cannot fill memory or a report. Shared
 * by the scan's greeting reader and the SMTP probe.
 */
import type { Duplex } from 'node:stream';
import { printable } from './untrusted-text.js';

/** A reply longer than this is not an SMTP reply; stop reading. */
const MAX_REPLY_BYTES = 4096;
/** What this tool calls itself in EHLO: a name that can never be anyone's. */
export const CLIENT_NAME = 'mail-perimeter.invalid';

/** Whether an EHLO reply lists the STARTTLS extension (RFC 3207). */
export function offersStartTls(lines: readonly string[]): boolean {
  return lines.some((line) => /^250[ -]STARTTLS\b/i.test(line));
}

/** A reply's lines kept apart by newlines, each escaped, so a banner can never inject into a log or page. */
export function replyForDisplay(lines: readonly string[]): string {
  return lines.map(printable).join('\n');
}

export class ReplyReader {
  private buffered = '';
  private wake: (() => void) | undefined;
  private ended = false;
  private readonly onData = (chunk: Buffer) => {
    // Kept to the cap as it arrives: a listener sending 64 KiB must not fill the observations.
    const room = MAX_REPLY_BYTES - this.buffered.length;
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

  /**
   * The whole replies already received and not yet read, taken out of the buffer: what the server
   * sent unasked. Bounded by the buffer's own cap.
   */
  pendingReplies(): string[][] {
    const replies: string[][] = [];
    let lines: string[] = [];
    let newline = this.buffered.indexOf('\n');
    while (newline !== -1) {
      const line = this.buffered.slice(0, newline).replace(/\r$/, '');
      this.buffered = this.buffered.slice(newline + 1);
      lines.push(line);
      if (!/^\d{3}-/.test(line)) {
        replies.push(lines);
        lines = [];
      }
      newline = this.buffered.indexOf('\n');
    }
    if (lines.length > 0) this.buffered = `${lines.join('\n')}\n${this.buffered}`;
    return replies;
  }

  stop(): void {
    this.stream.off('data', this.onData);
    this.stream.off('end', this.onEnd);
    this.stream.off('close', this.onEnd);
    this.stream.off('error', this.onEnd);
  }
}

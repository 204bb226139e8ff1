/**
 * DNS data, SMTP banners and saved observation files are untrusted: a newline followed by "::" in a
 * log line would be executed by the runner as a workflow command, and "<" in the job summary is
 * HTML. Every renderer passes untrusted strings through these before printing.
 */

/** One printable line: control characters (C0, DEL, C1, line separators) become \xNN / \u escapes. */
export function printable(text: string): string {
  // oxlint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe inside HTML text and attribute values (the job summary is rendered as HTML). */
export function html(text: string): string {
  return printable(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** Inside a Markdown table cell rendered as HTML: pipes would split the cell. */
export function htmlCell(text: string): string {
  return html(text).replaceAll('|', '&#124;');
}

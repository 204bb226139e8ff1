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

/**
 * Safe inside Markdown prose (pull-request comments, issues): nothing in the text can close the
 * Markdown, open HTML, mention a person or team, reference an issue, or become a link. Markdown
 * punctuation is backslash-escaped, "<" and "&" become entities, and a zero-width joiner after
 * "@", "#" and "://" (and inside "www.") breaks GitHub's autolinks without changing what is read.
 */
export function markdownText(text: string): string {
  const joiner = '\u2060';
  return printable(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()!|~])/g, '\\$1')
    .replace(/@/g, `@${joiner}`)
    .replace(/#/g, `#${joiner}`)
    .replace(/:\/\//g, `:${joiner}//`)
    .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${joiner}.`);
}

/**
 * JSON written piece by piece, byte for byte what JSON.stringify(value, null, 2) gives, without
 * ever holding it as one string: a run of 100,000 zones has observations larger than the longest
 * string V8 can make (about 512 MiB), and a string that size would double the peak memory anyway.
 * Leaves and small values are stringified whole; only objects and arrays are walked.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Values whose JSON is at most this long are written in one piece. */
const WHOLE_BELOW_CHARS = 64 * 1024;
/** Pieces gathered before a write: fewer, larger writes. */
const CHUNK_CHARS = 256 * 1024;

function* pieces(value: unknown, indent: string, repeated: RepeatedPieces): Generator<string> {
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return void (yield '[]');
    yield '[\n';
    for (let index = 0; index < value.length; index++) {
      yield inner;
      const item = value[index] === undefined || typeof value[index] === 'function' ? null : value[index];
      yield* small(item, inner, repeated);
      yield index < value.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== 'function');
  if (entries.length === 0) return void (yield '{}');
  yield '{\n';
  for (let index = 0; index < entries.length; index++) {
    const [key, item] = entries[index]!;
    yield `${inner}${JSON.stringify(key)}: `;
    yield* small(item, inner, repeated);
    yield index < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/**
 * Observations share their repeated pieces as one frozen instance each (src/observations/canonical.ts).
 * A frozen piece is stringified when met; from its second meeting on its text is kept and reused,
 * so a piece shared by 100,000 zones is stringified twice, and a piece met once is never held.
 */
class RepeatedPieces {
  private readonly seen = new WeakSet<object>();
  private readonly texts = new WeakMap<object, Map<string, string>>();

  known(value: object, indent: string): string | undefined {
    return this.texts.get(value)?.get(indent);
  }

  /** Keeps the text of a piece met before; a piece met for the first time is only marked. */
  made(value: object, indent: string, text: string): string {
    if (!this.seen.has(value)) this.seen.add(value);
    else this.texts.set(value, (this.texts.get(value) ?? new Map<string, string>()).set(indent, text));
    return text;
  }
}

/** A small value in one piece (re-indented as JSON.stringify would nest it), a large one walked. */
function* small(value: unknown, indent: string, repeated: RepeatedPieces): Generator<string> {
  if (value === null || typeof value !== 'object') return yield JSON.stringify(value) ?? 'null';
  const shared = Object.isFrozen(value);
  const known = shared ? repeated.known(value, indent) : undefined;
  if (known !== undefined) return yield known;
  // An object holding shared pieces is walked, so that its shared pieces are each written once.
  if (!shared && holdsSharedPiece(value)) return yield* pieces(value, indent, repeated);
  if (!fitsIn(value, WHOLE_BELOW_CHARS)) return yield* pieces(value, indent, repeated);
  const json = JSON.stringify(value, null, 2) ?? 'null';
  const text = indent === '' ? json : json.replaceAll('\n', `\n${indent}`);
  yield shared ? repeated.made(value, indent, text) : text;
}

function holdsSharedPiece(value: object): boolean {
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    if (child !== null && typeof child === 'object' && Object.isFrozen(child)) return true;
  }
  return false;
}

/** Whether a value's JSON is roughly under `budget` characters, found without building it (stops early). */
function fitsIn(value: unknown, budget: number): boolean {
  let left = budget;
  const visit = (item: unknown): boolean => {
    if (item === null || typeof item !== 'object') {
      left -= typeof item === 'string' ? item.length + 2 : 8;
      return left > 0;
    }
    for (const [key, child] of Array.isArray(item) ? item.entries() : Object.entries(item)) {
      left -= typeof key === 'string' ? key.length + 8 : 4;
      if (left <= 0 || !visit(child)) return false;
    }
    return left > 0;
  };
  return visit(value);
}

/** Writes `value` as pretty JSON (and a final newline) to `file`, in chunks, honouring back-pressure. */
export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  const stream = createWriteStream(file);
  let buffered = '';
  try {
    for (const piece of pieces(value, '', new RepeatedPieces())) {
      buffered += piece;
      if (buffered.length >= CHUNK_CHARS) {
        if (!stream.write(buffered)) await once(stream, 'drain');
        buffered = '';
      }
    }
    stream.end(`${buffered}\n`);
    await once(stream, 'finish');
  } finally {
    stream.destroy();
  }
}

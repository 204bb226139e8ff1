/**
 * The policy's YAML document, with a large block-style `domains` mapping parsed a slice at a time.
 * yaml builds a document's whole concrete syntax tree before composing it: 664 MB for the 9.6 MB
 * of a 100,000-domain policy, ten times the nodes it yields. Slices of whole entries are parsed on
 * their own and their entries joined into one mapping, each node's range moved to its place in the
 * whole text, so positions, duplicate keys and schema errors come out as from one parse. Whatever
 * the split cannot be sure of (directives, flow style, anchors and aliases, tabs, a key that is not
 * plain, a slice or skeleton that does not parse alone) is parsed whole, exactly as before.
 */
import { isMap, isScalar, LineCounter, parseDocument, visit, YAMLMap } from 'yaml';
import type { Document, Node, Pair } from 'yaml';

/** Entries per slice, and the fewest worth slicing: smaller policies are parsed whole. */
export const DEFAULT_ENTRIES_PER_SLICE = 2000;
const SLICE_PREFIX = 'domains:\n';
const OPTIONS = { prettyErrors: false, uniqueKeys: false } as const;

/** The document, and how many slices its domains were parsed in (0: parsed whole). */
export function parsePolicyDocument(
  text: string,
  lineCounter: LineCounter,
  entriesPerSlice: number = DEFAULT_ENTRIES_PER_SLICE,
): { document: Document.Parsed; slices: number } {
  return parseInSlices(text, lineCounter, entriesPerSlice) ?? { document: parseDocument(text, { ...OPTIONS, lineCounter }), slices: 0 };
}

interface DomainsBlock {
  /** Offsets in the text: where the entries start and end, and where each entry starts. */
  readonly start: number;
  readonly end: number;
  readonly entryStarts: readonly number[];
}

function parseInSlices(
  text: string,
  lineCounter: LineCounter,
  entriesPerSlice: number,
): { document: Document.Parsed; slices: number } | undefined {
  const block = domainsBlock(text);
  if (block === undefined || block.entryStarts.length < entriesPerSlice) return undefined;
  const skeleton = parseDocument(text.slice(0, block.start) + text.slice(block.end), OPTIONS);
  if (skeleton.errors.length > 0 || !isMap(skeleton.contents)) return undefined;
  const domainsPairs = (skeleton.contents.items as Pair<Node, Node>[]).filter((pair) => isScalar(pair.key) && pair.key.value === 'domains');
  if (domainsPairs.length !== 1 || (domainsPairs[0]!.value !== null && !isScalar(domainsPairs[0]!.value))) return undefined;
  shiftRanges(skeleton.contents, block.end - block.start, block.start);

  const domains = new YAMLMap<Node, Node>();
  let slices = 0;
  for (let first = 0; first < block.entryStarts.length; first += entriesPerSlice) {
    const sliceStart = block.entryStarts[first]!;
    const sliceEnd = block.entryStarts[first + entriesPerSlice] ?? block.end;
    const slice = parseDocument(SLICE_PREFIX + text.slice(sliceStart, sliceEnd), OPTIONS);
    slices++;
    if (slice.errors.length > 0 || !isMap(slice.contents)) return undefined;
    const [pair, ...others] = slice.contents.items as Pair<Node, Node>[];
    if (pair === undefined || others.length > 0 || !isMap(pair.value)) return undefined;
    shiftRanges(pair.value, sliceStart - SLICE_PREFIX.length, 0);
    domains.items.push(...(pair.value.items as Pair<Node, Node>[]));
    const [, valueEnd, nodeEnd] = pair.value.range!;
    domains.range = [domains.range?.[0] ?? pair.value.range![0], valueEnd, nodeEnd];
  }
  domainsPairs[0]!.value = domains;

  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
  return { document: skeleton, slices };
}

/** Moves every range at or after `from` by `by` characters. */
function shiftRanges(root: Node, by: number, from: number): void {
  const shift = (offset: number) => (offset >= from ? offset + by : offset);
  // visit() calls the visitor for the root as well.
  visit(root, {
    Node: (_key, node) => {
      if (node.range) node.range = [shift(node.range[0]), shift(node.range[1]), shift(node.range[2])];
    },
  });
}

/**
 * The top-level block `domains:` and where each of its entries begins, if every entry starts on
 * a line of its own at one indentation with a plain key; undefined when anything is less plain.
 */
function domainsBlock(text: string): DomainsBlock | undefined {
  // A directive (%YAML 1.1, %TAG) changes how every slice would read its scalars.
  if (/^%/m.test(text)) return undefined;
  const header = /^domains[ \t]*:[ \t]*(?:#.*)?\r?$/m.exec(text);
  if (header === null) return undefined;
  const start = text.indexOf('\n', header.index) + 1;
  if (start === 0) return undefined;
  const entryStarts: number[] = [];
  let indentation: number | undefined;
  let end = text.length;
  for (let lineStart = start; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    const line = text.slice(lineStart, lineEnd);
    const content = line.trimStart();
    const indent = line.length - content.length;
    if (line.startsWith('\t') || /[&*]/.test(line.replace(/#.*$/, '').replace(/"[^"]*"|'[^']*'/g, ''))) return undefined;
    if (content.trim() !== '' && !content.startsWith('#')) {
      if (indent === 0) {
        end = lineStart;
        break;
      }
      indentation ??= indent;
      if (indent === indentation) {
        if (!/^[A-Za-z0-9_.-][^:#{}[\],]*:(?:[ \t]|\r?\n|$)/.test(content)) return undefined;
        entryStarts.push(lineStart);
      } else if (indent < indentation) return undefined;
    }
    lineStart = lineEnd;
  }
  return entryStarts.length > 0 ? { start: entryStarts[0]!, end, entryStarts } : undefined;
}

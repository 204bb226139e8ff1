/**
 * A local stand-in for the few GitHub REST endpoints the action uses (issue comments and issues),
 * held to GitHub's published contract: every request the action makes must be an operation of
 * @octokit/openapi's api.github.com description with a body its schema accepts, and every
 * response this server returns is built from, and validated against, the same description.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv } from 'ajv';

const require = createRequire(import.meta.url);
type Schema = { [key: string]: unknown };
const spec = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content: Record<string, { schema: Schema }> };
        responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
      }
    >
  >;
  components: { schemas: Record<string, Schema> };
};
/**
 * OpenAPI 3.0 allows `nullable` beside `allOf`/`$ref` without `type`; ajv does not. Such a schema
 * may also be null: said the JSON Schema way, so ajv can compile every operation.
 */
function nullableForAjv(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableForAjv);
  if (node === null || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = nullableForAjv(value);
  if (copy['nullable'] === true && copy['type'] === undefined) {
    delete copy['nullable'];
    return { anyOf: [copy, { type: 'null' }] };
  }
  return copy;
}
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ ...(nullableForAjv(spec) as object), $id: 'github' });

const pointer = (...segments: string[]) =>
  segments.map((segment) => encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/');
const templates = Object.keys(spec.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly status: number;
}

/** Fills every required property of a schema with a plausible value, so responses meet the contract. */
function sample(schema: Schema, overrides: Record<string, unknown> = {}, depth = 0): unknown {
  const resolved = schema['$ref'] ? (spec.components.schemas[String(schema['$ref']).split('/').pop()!] as Schema) : schema;
  const variants = (resolved['allOf'] ?? resolved['anyOf'] ?? resolved['oneOf']) as Schema[] | undefined;
  if (variants)
    return sample(
      resolved['allOf']
        ? Object.assign(
            {},
            ...variants.map((part) => (part['$ref'] ? spec.components.schemas[String(part['$ref']).split('/').pop()!] : part)),
          )
        : variants[0]!,
      overrides,
      depth,
    );
  if (resolved['nullable'] && depth > 0) return null;
  if (resolved['enum']) return (resolved['enum'] as unknown[])[0];
  const type = Array.isArray(resolved['type']) ? resolved['type'][0] : resolved['type'];
  switch (type) {
    case 'object': {
      const properties = (resolved['properties'] ?? {}) as Record<string, Schema>;
      const value: Record<string, unknown> = {};
      for (const key of (resolved['required'] ?? []) as string[])
        value[key] = properties[key] ? sample(properties[key], {}, depth + 1) : 'x';
      return { ...value, ...overrides };
    }
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return false;
    default:
      return resolved['format'] === 'date-time' ? '2026-11-28T00:00:00Z' : resolved['format'] === 'uri' ? 'https://example.test/x' : 'x';
  }
}

export class FakeGitHub {
  readonly requests: LoggedRequest[] = [];
  readonly contractErrors: string[] = [];
  /** Statuses to answer the next requests with instead of serving them (403, 429, 502 ...). */
  readonly failNext: number[] = [];
  private readonly comments = new Map<number, { id: number; issue: number; body: string }>();
  private readonly issues = new Map<number, { number: number; title: string; body: string; state: string; labels: string[] }>();
  private nextId = 1000;
  private server: http.Server | undefined;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  commentsOn(issue: number): { id: number; body: string }[] {
    return [...this.comments.values()].filter((comment) => comment.issue === issue);
  }

  issueList(): { number: number; title: string; body: string; state: string; labels: string[] }[] {
    return [...this.issues.values()];
  }

  async start(): Promise<void> {
    this.server = http.createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => this.handle(request, response, text));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private operation(method: string, path: string) {
    const found = templates.find(({ pattern }) => pattern.test(path));
    const operation = found ? spec.paths[found.template]![method.toLowerCase()] : undefined;
    return found && operation ? { template: found.template, operation } : undefined;
  }

  private check(what: string, ref: string, value: unknown): void {
    try {
      const validate = ajv.getSchema(ref);
      if (validate === undefined) return void this.contractErrors.push(`${what}: no schema at ${ref}`);
      if (!validate(value)) this.contractErrors.push(`${what}: ${ajv.errorsText(validate.errors)}`);
    } catch (error) {
      this.contractErrors.push(`${what}: the schema could not be used (${(error as Error).message})`);
    }
  }

  private handle(request: http.IncomingMessage, response: http.ServerResponse, text: string): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    const body = text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>);
    const found = this.operation(method, url.pathname);
    if (found === undefined) {
      this.contractErrors.push(`${method} ${url.pathname} is not an operation of the GitHub REST API`);
    } else if (found.operation.requestBody && body !== undefined) {
      this.check(
        `${method} ${url.pathname} request`,
        `github#/${pointer('paths', found.template, method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema')}`,
        body,
      );
    }
    const failure = this.failNext.shift();
    if (failure !== undefined) {
      this.requests.push({ method, path: url.pathname, body, status: failure });
      response.writeHead(failure, {
        'content-type': 'application/json',
        'retry-after': '1',
        'x-ratelimit-remaining': failure === 429 ? '0' : '100',
      });
      response.end(JSON.stringify({ message: `injected ${failure}`, documentation_url: 'https://docs.github.com/rest' }));
      return;
    }
    const { status, payload } = this.serve(method, url, body);
    this.requests.push({ method, path: url.pathname, body, status });
    if (found && payload !== undefined) {
      this.check(
        `${method} ${url.pathname} response`,
        `github#/${pointer('paths', found.template, method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema')}`,
        payload,
      );
    }
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(payload === undefined ? '' : JSON.stringify(payload));
  }

  private serve(method: string, url: URL, body: Record<string, unknown> | undefined): { status: number; payload: unknown } {
    const path = url.pathname;
    const comment = (entry: { id: number; body: string }) =>
      sample({ $ref: '#/components/schemas/issue-comment' }, { id: entry.id, body: entry.body });
    const issue = (entry: { number: number; title: string; body: string; state: string; labels: string[] }) =>
      sample(
        { $ref: '#/components/schemas/issue' },
        {
          number: entry.number,
          id: entry.number,
          title: entry.title,
          body: entry.body,
          state: entry.state,
          labels: entry.labels.map((name) => ({ name })),
        },
      );
    let match: RegExpExecArray | null;
    if ((match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      const number = Number(match[1]);
      if (method === 'GET') return { status: 200, payload: this.commentsOn(number).map(comment) };
      const entry = { id: this.nextId++, issue: number, body: String(body?.['body'] ?? '') };
      this.comments.set(entry.id, entry);
      return { status: 201, payload: comment(entry) };
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path))) {
      const entry = this.comments.get(Number(match[1]))!;
      entry.body = String(body?.['body'] ?? entry.body);
      return { status: 200, payload: comment(entry) };
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(path)) {
      if (method === 'GET') {
        const label = url.searchParams.get('labels');
        const state = url.searchParams.get('state') ?? 'open';
        return {
          status: 200,
          payload: this.issueList()
            .filter((entry) => entry.state === state && (!label || entry.labels.includes(label)))
            .map(issue),
        };
      }
      const entry = {
        number: this.nextId++,
        title: String(body?.['title']),
        body: String(body?.['body'] ?? ''),
        state: 'open',
        labels: (body?.['labels'] as string[]) ?? [],
      };
      this.issues.set(entry.number, entry);
      return { status: 201, payload: issue(entry) };
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(path))) {
      const entry = this.issues.get(Number(match[1]))!;
      if (typeof body?.['body'] === 'string') entry.body = body['body'];
      if (typeof body?.['state'] === 'string') entry.state = body['state'];
      return { status: 200, payload: issue(entry) };
    }
    return { status: 404, payload: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
  }
}

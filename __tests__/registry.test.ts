/**
 * The registry phase's pieces on literal data: the bootstrap's label-wise longest match (RFC 9224)
 * and a TLD with no RDAP server said once for all its domains, not per name.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegistry } from '../src/checks/registry.js';
import type { DomainName } from '../src/dns-name.js';
import { silentLogger } from '../src/logger.js';
import { baseUrlFor, observeRegistry } from '../src/registry/rdap.js';
import { policy } from './support/literal.js';

describe('the RDAP bootstrap', () => {
  const bootstrap = new Map([
    ['uk', 'https://rdap.nominet.example/uk/'],
    ['co.uk', 'https://rdap.nominet.example/co/'],
    ['test', 'https://rdap.test.example/'],
  ]);
  it.each([
    ['gone.co.uk', 'https://rdap.nominet.example/co/'],
    ['example.uk', 'https://rdap.nominet.example/uk/'],
    ['example.test', 'https://rdap.test.example/'],
    ['notuk.example', undefined],
    ['example.notuk', undefined],
  ])('%s → %s', (domain, base) => {
    expect(baseUrlFor(bootstrap, domain as DomainName)).toBe(base);
  });
});

describe('registry/unchecked', () => {
  it('a TLD with no RDAP server is said once for all its domains; other failures once per domain', () => {
    const findings = checkRegistry(
      policy('version: 1\ndomains:\n  example.com: {}\n'),
      undefined,
      {
        bootstrap: 'dns.json',
        domains: [
          { domain: 'a.lab' as DomainName, status: 'unchecked', detail: 'the bootstrap file names no RDAP server for .lab' },
          { domain: 'b.lab' as DomainName, status: 'unchecked', detail: 'the bootstrap file names no RDAP server for .lab' },
          { domain: 'c.com' as DomainName, status: 'unchecked', server: 'https://rdap.example', detail: 'HTTP 503' },
          { domain: 'd.com' as DomainName, status: 'unchecked', server: 'https://rdap.example', detail: 'HTTP 503' },
        ],
      },
      '2026-12-05T00:00:00Z',
    );
    expect(findings.map((finding) => `${finding.rule} ${finding.subject}: ${finding.message}`)).toEqual([
      'registry/unchecked a.lab and 1 more: The registry was not asked about a.lab and b.lab, or gave no answer: the bootstrap file names no RDAP server for .lab. Its name servers and expiry are not known this run.',
      'registry/unchecked c.com: The registry was not asked about c.com, or gave no answer: HTTP 503. Its name servers and expiry are not known this run.',
      'registry/unchecked d.com: The registry was not asked about d.com, or gave no answer: HTTP 503. Its name servers and expiry are not known this run.',
    ]);
  });
});

describe('a hostile RDAP server', () => {
  it('an answer without end is read no further than its bound, and is unchecked', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rdap+json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const more = () => {
        while (response.write(chunk)) if (response.destroyed) return;
        response.once('drain', more);
      };
      response.on('error', () => {});
      more();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.address() as AddressInfo).port;
    const dir = mkdtempSync(path.join(tmpdir(), 'mpt-rdap-'));
    writeFileSync(path.join(dir, 'dns.json'), JSON.stringify({ services: [[['test'], [`http://127.0.0.1:${port}/`]]] }));
    try {
      const observed = await observeRegistry(
        ['endless.test' as DomainName],
        { bootstrap: path.join(dir, 'dns.json'), timeoutMs: 10_000, deadline: new AbortController().signal },
        silentLogger,
      );
      expect(observed.domains).toEqual([
        {
          domain: 'endless.test',
          status: 'unchecked',
          server: `http://127.0.0.1:${port}`,
          detail: 'the answer is larger than 1048576 bytes',
        },
      ]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

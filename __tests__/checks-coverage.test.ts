/** dns/unchecked, and what a lame server's answers may and may not prove (SPEC: "Fail closed", "The walk"). */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/checks/evaluate.js';
import { namesChecked } from '../src/checks/evaluate.js';
import { QueryEngine } from '../src/dns/query-engine.js';
import { Reachability } from '../src/dns/reachability.js';
import { IterativeResolver } from '../src/dns/resolver.js';
import { AuthoritativeWalk } from '../src/dns/walk.js';
import { silentLogger } from '../src/logger.js';
import type { Finding } from '../src/checks/finding.js';
import {
  answer,
  dns,
  failed,
  mx,
  nameObservation,
  ns1,
  ns2,
  ns3,
  nsSet,
  policy,
  comDelegation,
  server,
  target,
  zoneObservation,
} from './support/literal.js';

const POLICY = policy(`version: 1
mail-servers:
  mx1.example.com: [192.0.2.10]
domains:
  example.com:
    nameservers: [ns1.example.net, ns2.example.net]
    mx: ["10 mx1.example.com"]
  other.example.org:
    mx: ["10 mx1.example.com"]
`);

const parent = comDelegation('ns1.example.net', 'ns2.example.net');
const goodMx = mx([10, 'mx1.example.com']);
const mxTargets = [target('mx1.example.com', ['192.0.2.10'])];
const otherZone = zoneObservation('example.org', [{ server: ns1 }], { parent });
const otherName = nameObservation('other.example.org', 'example.org', [{ server: ns1, mx: goodMx }]);

function rows(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.rule} ${finding.name} ${finding.subject}`);
}

describe('dns/unchecked: no name passes unless it was checked', () => {
  it('a name whose zone could not be found (root hints that answer nothing)', () => {
    const observations = dns({
      names: [
        { name: 'example.com' as never, zone: undefined, servers: [], error: 'no zone found for example.com: 127.0.0.9 did not answer' },
        { name: 'other.example.org' as never, zone: undefined, servers: [], error: 'no zone found for other.example.org: ...' },
      ],
    });
    const found = evaluate(POLICY, observations);
    expect(rows(found)).toEqual(['dns/unchecked example.com example.com', 'dns/unchecked other.example.org other.example.org']);
    expect(found[0]!.message).toContain('127.0.0.9 did not answer');
    expect(found[0]!.location?.line).toBe(5);
    expect(namesChecked(POLICY, observations)).toEqual({ total: 2, checked: 0 });
  });

  it('a zone none of whose servers answered with authority: one dns/unchecked with every reason', () => {
    const zone = zoneObservation(
      'example.com',
      [
        { server: ns1, soa: failed('timeout', 'no answer after 3 tries'), ns: failed('timeout') },
        { server: ns2, soa: failed('refused'), ns: failed('refused') },
      ],
      { parent },
    );
    const name = nameObservation('example.com', 'example.com', [
      { server: ns1, mx: failed('timeout') },
      { server: ns2, mx: failed('refused') },
    ]);
    const found = evaluate(POLICY, dns({ zones: [zone, otherZone], names: [name, otherName], mxTargets }));
    const unchecked = found.filter((finding) => finding.rule === 'dns/unchecked');
    expect(rows(unchecked)).toEqual(['dns/unchecked example.com example.com']);
    expect(unchecked[0]!.message).toContain('ns1.example.net/192.0.2.1 did not answer');
    // Delegated, and no server serves it: the takeover risk said plainly.
    expect(unchecked[0]!.message).toContain('a delegation no server serves is a takeover waiting to happen');
    expect(unchecked[0]!.message).toContain('ns2.example.net/192.0.2.2 answered REFUSED');
    expect(namesChecked(POLICY, dns({ zones: [zone, otherZone], names: [name, otherName], mxTargets }))).toEqual({ total: 2, checked: 1 });
  });

  it('servers that answer the SOA but fail every MX question leave the name unchecked', () => {
    const zone = zoneObservation('example.com', [{ server: ns1 }, { server: ns2 }], { parent });
    const name = nameObservation('example.com', 'example.com', [
      { server: ns1, mx: failed('servfail') },
      { server: ns2, mx: failed('servfail') },
    ]);
    const found = evaluate(POLICY, dns({ zones: [zone, otherZone], names: [name, otherName], mxTargets }));
    expect(rows(found.filter((finding) => finding.rule === 'dns/unchecked'))).toEqual(['dns/unchecked example.com example.com']);
  });

  it('IPv6-only servers with no route are not checked, and so is the name', () => {
    const notChecked = { status: 'not-checked', reason: 'no IPv6 route from this runner' } as const;
    const v6 = server('ns1.example.net', '2001:db8::1');
    const zone = zoneObservation('example.com', [{ server: v6, soa: notChecked, ns: notChecked }], { parent });
    const name = nameObservation('example.com', 'example.com', [{ server: v6, mx: notChecked }]);
    const found = evaluate(POLICY, dns({ zones: [zone, otherZone], names: [name, otherName], mxTargets }));
    expect(found.find((finding) => finding.rule === 'dns/unchecked')?.message).toContain('no IPv6 route');
    expect(found.some((finding) => finding.rule === 'ns/lame')).toBe(false);
  });

  it('one authoritative answer is enough to check the name', () => {
    const zone = zoneObservation('example.com', [{ server: ns1 }, { server: ns2, soa: failed('timeout'), ns: failed('timeout') }], {
      parent,
    });
    const name = nameObservation('example.com', 'example.com', [
      { server: ns1, mx: goodMx },
      { server: ns2, mx: failed('timeout') },
    ]);
    const found = evaluate(POLICY, dns({ zones: [zone, otherZone], names: [name, otherName], mxTargets }));
    expect(rows(found)).toEqual(['ns/lame example.com ns2.example.net']);
  });
});

describe('a lame server contributes no RRsets to the comparisons', () => {
  it('a hostile server answering with AA but no SOA at the apex is ns/lame, and nothing else', () => {
    // Before: its empty answers also made mx/missing, mx/inconsistent, ns/inconsistent and ns/zone-mismatch.
    const zone = zoneObservation('example.com', [{ server: ns1 }, { server: ns2 }, { server: ns3, soa: answer(), ns: nsSet() }], {
      parent,
    });
    const name = nameObservation('example.com', 'example.com', [
      { server: ns1, mx: goodMx },
      { server: ns2, mx: goodMx },
      { server: ns3, mx: answer() },
    ]);
    const found = evaluate(POLICY, dns({ zones: [zone, otherZone], names: [name, otherName], mxTargets }));
    expect(rows(found)).toEqual(['ns/lame example.com ns3.example.net']);
    expect(found[0]!.message).toContain('without an SOA record at the apex');
  });

  it("a lame server's rogue MX is not believed either, and stays in the observations", () => {
    const zone = zoneObservation('example.com', [{ server: ns1 }, { server: ns2 }, { server: ns3, soa: failed('not-authoritative') }], {
      parent,
    });
    const name = nameObservation('example.com', 'example.com', [
      { server: ns1, mx: goodMx },
      { server: ns2, mx: goodMx },
      { server: ns3, mx: mx([10, 'mx1.example.com'], [50, 'rogue.example.net']) },
    ]);
    const found = evaluate(POLICY, dns({ zones: [zone, otherZone], names: [name, otherName], mxTargets }));
    expect(rows(found)).toEqual(['ns/lame example.com ns3.example.net']);
  });
});

describe('ns/cname-target', () => {
  it('a name in the NS RRset that is an alias, with the servers that said so', () => {
    const zone = zoneObservation('example.com', [{ server: ns1 }, { server: ns2 }], {
      parent,
      aliasedServers: [{ name: 'ns2.example.net' as never, chain: ['real.example.net' as never], publishedBy: [ns1] }],
    });
    const name = nameObservation('example.com', 'example.com', [
      { server: ns1, mx: goodMx },
      { server: ns2, mx: goodMx },
    ]);
    const found = evaluate(POLICY, dns({ zones: [zone, otherZone], names: [name, otherName], mxTargets }));
    expect(rows(found)).toEqual(['ns/cname-target example.com ns2.example.net']);
    expect(found[0]!.servers).toEqual(['ns1.example.net/192.0.2.1']);
    expect(found[0]!.message).toContain('CNAME to real.example.net');
  });
});

describe('the run deadline', () => {
  it('names not started when it is reached are dns/unchecked, and no query is sent for them', async () => {
    const deadline = AbortSignal.abort();
    const engine = new QueryEngine({ port: 9, timeoutMs: 100, retries: 0, concurrency: 4, deadline });
    const reachability = new Reachability('4');
    const resolver = new IterativeResolver(engine, {
      rootServers: [{ name: '' as never, addresses: ['127.0.0.1' as never] }],
      reachability,
      staggerMs: 100,
    });
    const walk = new AuthoritativeWalk({ engine, resolver, reachability, logger: silentLogger, concurrency: 4, deadline });
    const observed = await walk.run(POLICY.domains.map((domain) => domain.name));
    engine.close();
    expect(observed.stats.queriesSent).toBe(0);
    const found = evaluate(POLICY, { version: 1, startedAt: '', durationMs: 0, dns: observed, scan: undefined });
    expect(rows(found)).toEqual(['dns/unchecked example.com example.com', 'dns/unchecked other.example.org other.example.org']);
    expect(found[0]!.message).toContain('the run deadline was reached');
  });
});

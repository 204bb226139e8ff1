import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/checks/evaluate.js';
import type { Finding } from '../src/checks/finding.js';
import type { IpAddress } from '../src/ip-address.js';
import type { MxRecord, Reply } from '../src/observations/model.js';
import { answer, dns, mx, nameObservation, ns1, ns2, ns3, nxdomain, policy, target, zoneObservation } from './support/literal.js';

const POLICY = policy(`version: 1
mail-servers:
  mx1.example.com: [192.0.2.10]
  mx2.example.com: [192.0.2.11]
domains:
  example.com:
    mx:
      - "mx1.example.com"
      - { host: mx2.example.com, preference: 20 }
  shop.example.com:
    mx: none
  www.example.com: {}
`);

const zones = [zoneObservation('example.com', [{ server: ns1 }, { server: ns2 }, { server: ns3 }])];
const targets = [target('mx1.example.com', ['192.0.2.10']), target('mx2.example.com', ['192.0.2.11'])];
const goodMx = mx([10, 'mx1.example.com'], [20, 'mx2.example.com']);

function judge(
  apex: Reply<MxRecord> | Reply<MxRecord>[],
  extra: { targets?: ReturnType<typeof target>[]; names?: ReturnType<typeof nameObservation>[] } = {},
): Finding[] {
  const replies = Array.isArray(apex) ? apex : [apex, apex, apex];
  const names = [
    nameObservation(
      'example.com',
      'example.com',
      [ns1, ns2, ns3].map((server, index) => ({ server, mx: replies[index] })),
    ),
    ...(extra.names ?? []),
  ];
  // A policy name this test does not observe is dns/unchecked; that rule has tests of its own.
  const observed = new Set<string>(names.map((observation) => observation.name));
  return evaluate(POLICY, dns({ zones, names, mxTargets: extra.targets ?? targets })).filter(
    (finding) => finding.rule !== 'dns/unchecked' || observed.has(finding.name),
  );
}

function rows(findings: Finding[], rule: string) {
  return findings.filter((finding) => finding.rule === rule).map(({ subject, servers, severity }) => ({ subject, servers, severity }));
}

describe('the declared MX set', () => {
  it('same set in another order on every server: no finding', () => {
    expect(judge([goodMx, mx([20, 'mx2.example.com'], [10, 'mx1.example.com']), goodMx])).toEqual([]);
  });

  it('mx/unexpected and mx/inconsistent: ns3 alone publishes a backup MX', () => {
    const withBackup = mx([10, 'mx1.example.com'], [20, 'mx2.example.com'], [90, 'backup.example.com']);
    const found = judge([goodMx, goodMx, withBackup], { targets: [...targets, target('backup.example.com', ['192.0.2.10'])] });
    expect(rows(found, 'mx/unexpected')).toEqual([
      { subject: 'backup.example.com', servers: ['ns3.example.net/192.0.2.3'], severity: 'error' },
    ]);
    expect(rows(found, 'mx/inconsistent')).toEqual([
      { subject: 'backup.example.com', servers: ['ns3.example.net/192.0.2.3'], severity: 'error' },
    ]);
    expect(found.filter((finding) => finding.rule === 'mx/inconsistent')[0]?.message).toContain(
      'absent on ns1.example.net/192.0.2.1 and ns2.example.net/192.0.2.2',
    );
    expect(found.map((finding) => finding.rule).sort()).toEqual(['mx/inconsistent', 'mx/unexpected']);
  });

  it('mx/missing: one server lacks mx2; the finding points at the mx2 entry', () => {
    const found = judge([goodMx, goodMx, mx([10, 'mx1.example.com'])]);
    expect(rows(found, 'mx/missing')).toEqual([{ subject: 'mx2.example.com', servers: ['ns3.example.net/192.0.2.3'], severity: 'error' }]);
    expect(found.find((finding) => finding.rule === 'mx/missing')?.location).toEqual({ file: 'policy.yml', line: 9, column: 9 });
  });

  it('mx/missing on every server when the name does not exist', () => {
    expect(rows(judge(nxdomain), 'mx/missing').map((row) => row.subject)).toEqual(['mx1.example.com', 'mx2.example.com']);
  });

  it('mx/preference-mismatch, but a left-out preference matches any', () => {
    const swapped = mx([30, 'mx1.example.com'], [10, 'mx2.example.com']);
    const found = judge([swapped, swapped, swapped]);
    expect(rows(found, 'mx/preference-mismatch').map((row) => row.subject)).toEqual(['mx2.example.com']);
    expect(found.find((finding) => finding.rule === 'mx/preference-mismatch')?.message).toContain('preference 10');
  });

  it('the same MX with other TTLs is not inconsistent (TTLs are not compared)', () => {
    expect(rows(judge([goodMx, goodMx, goodMx]), 'mx/inconsistent')).toEqual([]);
  });
});

describe('MX targets', () => {
  it('mx/cname-target', () => {
    const found = judge(goodMx, {
      targets: [target('mx1.example.com', ['192.0.2.10'], { cnameChain: ['real.example.com' as never] }), targets[1]!],
    });
    expect(rows(found, 'mx/cname-target')).toEqual([
      { subject: 'mx1.example.com', servers: ['ns1.example.net/192.0.2.1'], severity: 'error' },
    ]);
  });

  it('mx/target-unresolvable for NXDOMAIN and for no address', () => {
    const found = judge(goodMx, { targets: [target('mx1.example.com', [], { status: 'nxdomain' }), target('mx2.example.com', [])] });
    expect(rows(found, 'mx/target-unresolvable').map((row) => row.subject)).toEqual(['mx1.example.com', 'mx2.example.com']);
    expect(found.find((finding) => finding.subject === 'mx1.example.com')?.message).toContain('NXDOMAIN');
  });

  it('mx/target-address: resolves to an address no mail server has; an address of another mail server is fine', () => {
    const found = judge(goodMx, {
      targets: [target('mx1.example.com', ['192.0.2.10', '198.51.100.7']), target('mx2.example.com', ['192.0.2.10'])],
    });
    expect(rows(found, 'mx/target-address')).toEqual([
      { subject: 'mx1.example.com', servers: ['ns1.example.net/192.0.2.1'], severity: 'error' },
    ]);
    expect(found.find((finding) => finding.rule === 'mx/target-address')?.message).toContain('198.51.100.7');
  });
});

describe('names that must not receive mail, and implicit MX', () => {
  const addresses = answer('192.0.2.80' as IpAddress) as Reply<IpAddress>;

  it('mx/null-expected and mx/implicit: shop has an address and no MX at all', () => {
    const shop = nameObservation(
      'shop.example.com',
      'example.com',
      [ns1, ns2, ns3].map((server) => ({ server, mx: mx(), addresses })),
    );
    const found = judge(goodMx, { names: [shop] });
    expect(found.map((finding) => `${finding.rule} ${finding.subject}`)).toEqual(
      ['shop.example.com mx/implicit shop.example.com', 'shop.example.com mx/null-expected shop.example.com'].map((line) =>
        line.split(' ').slice(1).join(' '),
      ),
    );
  });

  it('a null MX is not an implicit MX, and satisfies mx: none', () => {
    const shop = nameObservation(
      'shop.example.com',
      'example.com',
      [ns1, ns2, ns3].map((server) => ({ server, mx: mx([0, '']), addresses })),
    );
    expect(judge(goodMx, { names: [shop] })).toEqual([]);
  });

  it('mx: none with a real MX published: null-expected plus unexpected', () => {
    const shop = nameObservation(
      'shop.example.com',
      'example.com',
      [ns1, ns2, ns3].map((server) => ({ server, mx: mx([10, 'mx1.example.com']) })),
    );
    expect(judge(goodMx, { names: [shop] }).map((finding) => finding.rule)).toEqual(['mx/null-expected', 'mx/unexpected']);
  });

  it('mx/implicit applies to names with no mx declared (www), not to names with no address', () => {
    const www = nameObservation('www.example.com', 'example.com', [
      { server: ns1, addresses },
      { server: ns2, addresses },
    ]);
    expect(judge(goodMx, { names: [www] }).map((finding) => `${finding.rule} ${finding.servers.join(',')}`)).toEqual([
      'mx/implicit ns1.example.net/192.0.2.1,ns2.example.net/192.0.2.2',
    ]);
    const bare = nameObservation('www.example.com', 'example.com', [{ server: ns1 }, { server: ns2 }]);
    expect(judge(goodMx, { names: [bare] })).toEqual([]);
  });
});

describe('mx/target-address when one server alone points the target elsewhere', () => {
  it('names only that server', () => {
    const servers = [ns1, ns2, ns3];
    const byServer = servers.map((server, index) => ({ server, addresses: [index === 2 ? '203.0.113.9' : '192.0.2.10'] as IpAddress[] }));
    const found = judge(goodMx, { targets: [target('mx1.example.com', ['192.0.2.10', '203.0.113.9'], { byServer }), targets[1]!] });
    expect(rows(found, 'mx/target-address')).toEqual([
      { subject: 'mx1.example.com', servers: ['ns3.example.net/192.0.2.3'], severity: 'error' },
    ]);
    expect(found.find((finding) => finding.rule === 'mx/target-address')?.message).toContain('203.0.113.9 on ns3.example.net/192.0.2.3');
  });
});

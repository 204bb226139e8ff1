import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/checks/evaluate.js';
import { newerSerial } from '../src/checks/soa.js';
import type { Finding } from '../src/checks/finding.js';
import {
  dns,
  failed,
  nameObservation,
  ns1,
  ns2,
  ns3,
  nsSet,
  policy,
  comDelegation,
  soaSerial,
  transfer,
  zoneObservation,
} from './support/literal.js';

const POLICY = policy(`version: 1
domains:
  example.com:
    nameservers: [ns1.example.net, ns2.example.net]
    discover: axfr
`);

const healthyServers = [{ server: ns1 }, { server: ns2 }];
const names = [nameObservation('example.com', 'example.com', healthyServers)];
const parent = comDelegation('ns1.example.net', 'ns2.example.net');

function findings(zone: ReturnType<typeof zoneObservation>, rule: string): Finding[] {
  return evaluate(POLICY, dns({ zones: [zone], names })).filter((finding) => finding.rule === rule);
}

function summary(list: Finding[]) {
  return list.map(({ rule, severity, name, subject, servers }) => ({ rule, severity, name, subject, servers }));
}

describe('a healthy zone', () => {
  it('produces no finding at all', () => {
    expect(evaluate(POLICY, dns({ zones: [zoneObservation('example.com', healthyServers, { parent })], names }))).toEqual([]);
  });
});

describe('ns/delegation-mismatch', () => {
  it('the parent delegates to a server the policy does not list', () => {
    const zone = zoneObservation('example.com', healthyServers, {
      parent: comDelegation('ns1.example.net', 'ns2.example.net', 'ns9.example.org'),
    });
    expect(summary(findings(zone, 'ns/delegation-mismatch'))).toEqual([
      {
        rule: 'ns/delegation-mismatch',
        severity: 'error',
        name: 'example.com',
        subject: 'ns9.example.org',
        servers: ['a.gtld-servers.net/192.0.2.100'],
      },
    ]);
  });

  it('the parent lacks a declared server, and the finding points at that server in the policy', () => {
    const zone = zoneObservation('example.com', healthyServers, {
      parent: comDelegation('ns1.example.net'),
    });
    const [finding] = findings(zone, 'ns/delegation-mismatch');
    expect(finding?.subject).toBe('ns2.example.net');
    expect(finding?.location).toEqual({ file: 'policy.yml', line: 4, column: 36 });
  });

  it('the same set in another order and case is not a mismatch', () => {
    const zone = zoneObservation('example.com', healthyServers, {
      parent: comDelegation('ns2.example.net', 'ns1.example.net'),
    });
    expect(findings(zone, 'ns/delegation-mismatch')).toEqual([]);
  });
});

describe('ns/zone-mismatch and ns/undeclared-server', () => {
  it('ns3 appears in the zone NS RRset only', () => {
    const zone = zoneObservation('example.com', [
      { server: ns1, ns: nsSet('ns1.example.net', 'ns2.example.net', 'ns3.example.net') },
      { server: ns2, ns: nsSet('ns1.example.net', 'ns2.example.net', 'ns3.example.net') },
      { server: ns3, ns: nsSet('ns1.example.net', 'ns2.example.net', 'ns3.example.net') },
    ]);
    expect(summary(findings(zone, 'ns/zone-mismatch'))).toEqual([
      {
        rule: 'ns/zone-mismatch',
        severity: 'error',
        name: 'example.com',
        subject: 'ns3.example.net',
        servers: ['ns1.example.net/192.0.2.1', 'ns2.example.net/192.0.2.2', 'ns3.example.net/192.0.2.3'],
      },
    ]);
    expect(findings(zone, 'ns/undeclared-server').map((finding) => finding.subject)).toEqual(['ns3.example.net']);
    expect(findings(zone, 'ns/undeclared-server')[0]?.message).toContain('answers authoritatively');
  });

  it("a declared server missing from a server's RRset", () => {
    const zone = zoneObservation('example.com', [{ server: ns1, ns: nsSet('ns1.example.net') }, { server: ns2 }]);
    expect(summary(findings(zone, 'ns/zone-mismatch'))).toEqual([
      {
        rule: 'ns/zone-mismatch',
        severity: 'error',
        name: 'example.com',
        subject: 'ns2.example.net',
        servers: ['ns1.example.net/192.0.2.1'],
      },
    ]);
    expect(findings(zone, 'ns/undeclared-server')).toEqual([]);
  });
});

describe('ns/inconsistent', () => {
  it('servers return different NS RRsets', () => {
    const zone = zoneObservation('example.com', [{ server: ns1, ns: nsSet('ns1.example.net') }, { server: ns2 }]);
    expect(summary(findings(zone, 'ns/inconsistent'))).toEqual([
      {
        rule: 'ns/inconsistent',
        severity: 'error',
        name: 'example.com',
        subject: 'ns2.example.net',
        servers: ['ns2.example.net/192.0.2.2'],
      },
    ]);
  });

  it('a server that failed is not evidence of inconsistency', () => {
    const zone = zoneObservation('example.com', [{ server: ns1 }, { server: ns2, soa: failed('timeout'), ns: failed('timeout') }]);
    expect(findings(zone, 'ns/inconsistent')).toEqual([]);
  });
});

describe('ns/lame', () => {
  it.each([
    ['REFUSED', failed('refused'), 'answered REFUSED'],
    ['a timeout', failed('timeout', 'no answer after 3 tries of 2000 ms'), 'did not answer'],
    ['SERVFAIL', failed('servfail'), 'answered SERVFAIL'],
    ['AA unset', failed('not-authoritative'), 'without the AA bit'],
    ['a referral', failed('referral', 'to com'), 'referral'],
  ])('a listed server answering with %s is lame', (_situation, reply, phrase) => {
    const zone = zoneObservation('example.com', [{ server: ns1 }, { server: ns2, soa: reply, ns: reply }]);
    const [finding, ...rest] = findings(zone, 'ns/lame');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ subject: 'ns2.example.net', servers: ['ns2.example.net/192.0.2.2'] });
    expect(finding?.message).toContain(phrase);
  });

  it('an IPv6 address not checked for lack of a route is not lame', () => {
    const zone = zoneObservation('example.com', [
      { server: ns1 },
      { server: ns2, soa: { status: 'not-checked', reason: 'no IPv6 route' } },
    ]);
    expect(findings(zone, 'ns/lame')).toEqual([]);
  });

  it('a server name without any address is lame', () => {
    const zone = zoneObservation('example.com', healthyServers, {
      unresolvedServers: [{ name: 'ns9.example.org' as never, foundVia: ['delegation'], detail: 'nxdomain; nxdomain' }],
    });
    expect(findings(zone, 'ns/lame').map((finding) => finding.subject)).toEqual(['ns9.example.org']);
  });
});

describe('soa/serial-inconsistent', () => {
  it('names the server that is behind', () => {
    const zone = zoneObservation('example.com', [
      { server: ns1, soa: soaSerial(2026112801) },
      { server: ns2, soa: soaSerial(2026112700) },
    ]);
    expect(summary(findings(zone, 'soa/serial-inconsistent'))).toEqual([
      {
        rule: 'soa/serial-inconsistent',
        severity: 'warning',
        name: 'example.com',
        subject: 'ns2.example.net',
        servers: ['ns2.example.net/192.0.2.2'],
      },
    ]);
  });

  it('uses serial arithmetic across the 32-bit wrap (RFC 1982)', () => {
    expect(newerSerial(4294967295, 1)).toBe(1);
    expect(newerSerial(1, 4294967295)).toBe(1);
    const zone = zoneObservation('example.com', [
      { server: ns1, soa: soaSerial(4294967295) },
      { server: ns2, soa: soaSerial(3) },
    ]);
    expect(findings(zone, 'soa/serial-inconsistent').map((finding) => finding.subject)).toEqual(['ns1.example.net']);
  });

  it('equal serials are consistent', () => {
    const zone = zoneObservation('example.com', [
      { server: ns1, soa: soaSerial(7) },
      { server: ns2, soa: soaSerial(7) },
    ]);
    expect(findings(zone, 'soa/serial-inconsistent')).toEqual([]);
  });
});

describe('zone/transfer-open and mx/undeclared-name', () => {
  it('a server that transferred the zone, and a name found in it that publishes MX', () => {
    const zone = zoneObservation('example.com', healthyServers, {
      transfers: [
        transfer(ns2, [
          { name: 'example.com', mx: [[10, 'mx1.example.com']] },
          { name: 'lists.example.com', mx: [[10, 'mx2.example.com']] },
        ]),
        { server: ns1, status: 'refused', detail: 'REFUSED', recordCount: 0, mxNames: [] },
      ],
    });
    expect(summary(findings(zone, 'zone/transfer-open'))).toEqual([
      {
        rule: 'zone/transfer-open',
        severity: 'warning',
        name: 'example.com',
        subject: 'ns2.example.net',
        servers: ['ns2.example.net/192.0.2.2'],
      },
    ]);
    expect(summary(findings(zone, 'mx/undeclared-name'))).toEqual([
      {
        rule: 'mx/undeclared-name',
        severity: 'error',
        name: 'lists.example.com',
        subject: 'lists.example.com',
        servers: ['ns2.example.net/192.0.2.2'],
      },
    ]);
  });

  it('refused transfers are not findings', () => {
    const zone = zoneObservation('example.com', healthyServers, {
      transfers: [{ server: ns1, status: 'refused', detail: 'REFUSED', recordCount: 0, mxNames: [] }],
    });
    expect(findings(zone, 'zone/transfer-open')).toEqual([]);
  });
});

describe('severity overrides', () => {
  it('off silences a rule and notice lowers it', () => {
    const overridden = policy(`version: 1
domains:
  example.com:
    nameservers: [ns1.example.net, ns2.example.net]
rules:
  soa/serial-inconsistent: off
  ns/lame: notice
`);
    const zone = zoneObservation('example.com', [
      { server: ns1, soa: soaSerial(2) },
      { server: ns2, soa: soaSerial(1) },
      { server: ns3, soa: failed('refused'), ns: failed('refused') },
    ]);
    const result = evaluate(overridden, dns({ zones: [zone], names }));
    expect(result.map((finding) => `${finding.rule} ${finding.severity}`)).toEqual(['ns/lame notice']);
  });
});

describe('ns/lame for a server that serves the SOA but fails a name', () => {
  it('SERVFAIL to MX at a name in the zone', () => {
    const zone = zoneObservation('example.com', healthyServers);
    const failing = [nameObservation('example.com', 'example.com', [{ server: ns1 }, { server: ns2, mx: failed('servfail') }])];
    const result = evaluate(POLICY, dns({ zones: [zone], names: failing })).filter((finding) => finding.rule === 'ns/lame');
    expect(result.map((finding) => `${finding.subject} ${finding.servers.join(',')}`)).toEqual([
      'ns2.example.net ns2.example.net/192.0.2.2',
    ]);
    expect(result[0]?.message).toContain('answered SERVFAIL to MX example.com');
  });
});

import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../src/policy/load.js';
import type { PolicyProblem } from '../src/policy/problem.js';

function problems(text: string): PolicyProblem[] {
  const result = loadPolicy('policy.yml', text);
  if (result.ok) throw new Error('expected the policy to be rejected');
  return result.problems;
}

function at(problem: PolicyProblem): string {
  return `${problem.location.line}:${problem.location.column}`;
}

describe('policy loading', () => {
  it('reports an unknown key, a bad CIDR, a duplicate domain and a wrong type once each, where they stand', () => {
    const found = problems(
      [
        'version: 1', //                                  1
        'domains:', //                                    2
        '  example.com:', //                              3
        '    mx: ["10 mx1.example.com"]', //              4
        '    colour: blue', //                            5  unknown key
        '  example.com:', //                              6  duplicate
        '    nameservers: ns1.example.net', //            7  wrong type
        'scan:', //                                       8
        '  ranges: [192.0.2.0/33]', //                    9  bad CIDR
      ].join('\n'),
    );
    expect(found.map((problem) => `${at(problem)} ${problem.message}`)).toEqual([
      '5:5 domains.example.com: unknown key "colour"',
      '6:3 duplicate domain "example.com" (names compare case-insensitively, with or without the final dot)',
      '7:18 domains.example.com.nameservers: must be array',
      '9:12 "/33" is not a valid IPv4 prefix length (0-32)',
    ]);
  });

  it('points at the parent of a missing required key', () => {
    expect(problems('version: 1\nscan:\n  ports: [25]\n').map((p) => `${at(p)} ${p.message}`)).toEqual([
      '1:1 missing required key "domains"',
      '3:3 scan: missing required key "ranges"',
    ]);
    const nested = problems('version: 1\ndomains:\n  example.com: {}\nscan:\n  ports: [25]\n');
    expect(nested.map((p) => `${at(p)} ${p.message}`)).toEqual(['5:3 scan: missing required key "ranges"']);
  });

  it('finds semantic mistakes the schema cannot see', () => {
    const found = problems(
      [
        'version: 1',
        'mail-servers:',
        '  mx1.example.com: [192.0.2.10, 192.0.2.300]',
        'domains:',
        '  Example.COM.: {}',
        '  example.com:',
        '    nameservers: [192.0.2.53]',
        '    mx: ["10 192.0.2.25", "5 mx1.example.com", "7 MX1.example.com."]',
        'scan:',
        '  ranges: ["2001:db8::/64", 192.0.2.1/24]',
        '  ports: [25, 0, 70000, 25]',
        '  allow: ["192.0.2.9:99999"]',
        'rules:',
        '  mx/made-up: off',
      ].join('\n'),
    );
    expect(found.map((problem) => `${at(problem)} ${problem.message}`)).toEqual([
      '3:33 "192.0.2.300" is not an IP address',
      '6:3 duplicate domain "example.com" (names compare case-insensitively, with or without the final dot)',
      '7:19 name server "192.0.2.53" is an IP address; name the host instead',
      '8:10 MX host "192.0.2.25" is an IP address; name the host instead',
      '8:48 duplicate MX host "MX1.example.com." (names compare case-insensitively, with or without the final dot)',
      '10:12 IPv6 prefix /64 is wider than /112; scan narrower blocks where your servers live',
      '10:29 "192.0.2.1/24" has host bits set; the network is 192.0.2.0/24',
      '11:15 port 0 is out of range (1-65535)',
      '11:18 port 70000 is out of range (1-65535)',
      '11:25 port 25 is listed twice',
      '12:11 "192.0.2.9:99999" is not ADDRESS, ADDRESS:PORT or [IPv6]:PORT with a port 1-65535',
      '14:3 unknown rule id "mx/made-up"',
    ]);
  });

  it('refuses scans larger than max-addresses, and ports "all" without an explicit budget', () => {
    const tooBig = problems('version: 1\ndomains: {a.example: {}}\nscan:\n  ranges: [10.0.0.0/16]\n');
    expect(tooBig.map((p) => p.message)).toEqual([
      'scan.ranges cover 65536 addresses, more than max-addresses (4096); raise max-addresses to confirm',
    ]);
    const allPorts = problems('version: 1\ndomains: {a.example: {}}\nscan:\n  ranges: [192.0.2.1]\n  ports: all\n');
    expect(allPorts.map((p) => `${at(p)} ${p.message}`)).toEqual([
      '5:10 ports: all probes 65,535 ports per address; set scan.max-addresses explicitly to confirm the budget',
    ]);
  });

  it('loads the SPEC example into normalised, located entries', () => {
    const text = JSON.stringify(
      {
        version: 1,
        'mail-servers': { 'MX1.Example.com.': ['192.0.2.10', '2001:DB8::10'] },
        domains: {
          'bücher.example': {
            nameservers: ['ns1.example.net'],
            mx: [{ host: 'mx1.example.com', preference: 10 }, '20 mx2.example.com', 'mx3.example.com'],
          },
          'shop.example.com': { mx: 'none' },
        },
        scan: { ranges: ['192.0.2.0/24', '2001:db8::10/128'], ports: [25, 465], allow: ['192.0.2.50:587', '[2001:db8::9]:25'] },
        rules: { 'smtp/unexpected-open-port': 'notice' },
      },
      null,
      2,
    );
    const result = loadPolicy('p.json', text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { policy } = result;
    expect(policy.mailServers[0]!.host).toBe('mx1.example.com');
    expect(policy.mailServers[0]!.addresses.map((a) => a.value)).toEqual(['192.0.2.10', '2001:db8::10']);
    expect(policy.domains[0]!.name).toBe('xn--bcher-kva.example');
    expect(policy.domains[0]!.mx).toMatchObject({
      kind: 'hosts',
      hosts: [
        { host: 'mx1.example.com', preference: 10 },
        { host: 'mx2.example.com', preference: 20 },
        { host: 'mx3.example.com', preference: undefined },
      ],
    });
    expect(policy.domains[1]!.mx?.kind).toBe('none');
    expect(policy.scan?.allow).toMatchObject([
      { address: '192.0.2.50', port: 587 },
      { address: '2001:db8::9', port: 25 },
    ]);
    expect(policy.severityOverrides.get('smtp/unexpected-open-port')).toBe('notice');
    const shopLine = text.split('\n').findIndex((line) => line.includes('"shop.example.com"')) + 1;
    expect(policy.domains[1]!.location).toEqual({ file: 'p.json', line: shopLine, column: 5 });
  });
});

describe('one mail server, several names', () => {
  it('accepts the same address under several mail-server names, and refuses it twice under one', () => {
    const domains = 'domains:\n  a.example: {}\n';
    const shared = loadPolicy(
      'p.yml',
      `version: 1\nmail-servers:\n  mx1.a.example: [192.0.2.10]\n  mx1.b.example: [192.0.2.10]\n${domains}`,
    );
    expect(shared.ok && shared.policy.mailServers.map((server) => server.host)).toEqual(['mx1.a.example', 'mx1.b.example']);
    const twice = problems(`version: 1\nmail-servers:\n  mx1.a.example: [192.0.2.10, 192.0.2.10]\n${domains}`);
    expect(twice.map((problem) => `${at(problem)} ${problem.message}`)).toEqual([
      '3:31 address 192.0.2.10 is listed twice for this server',
    ]);
  });
});

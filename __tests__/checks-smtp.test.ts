import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/checks/evaluate.js';
import { policy, probe, scan } from './support/literal.js';

const POLICY = policy(`version: 1
mail-servers:
  mx1.example.com: [192.0.2.10]
  mx2.example.com: [192.0.2.11, "2001:db8::11"]
domains:
  example.com: {}
scan:
  ranges: [192.0.2.0/24]
  ports: [25, 587]
  allow: ["192.0.2.50:587", 192.0.2.60]
`);

const approvedUp = [probe('192.0.2.10', 25, 'smtp', '220 mx1 ESMTP'), probe('192.0.2.11', 25, 'smtp', '220 mx2 ESMTP')];

function judge(...probes: ReturnType<typeof probe>[]) {
  return evaluate(POLICY, scan(probes)).map(({ rule, severity, name, subject }) => `${severity} ${rule} ${name} ${subject}`);
}

describe('smtp/unexpected-listener', () => {
  it('an SMTP greeting from an undeclared address', () => {
    expect(judge(...approvedUp, probe('192.0.2.9', 25, 'smtp', '220 rogue ESMTP'))).toEqual([
      'error smtp/unexpected-listener 192.0.2.9 192.0.2.9:25',
    ]);
  });

  it('a 554 greeting is still an SMTP server', () => {
    expect(judge(...approvedUp, probe('192.0.2.9', 587, 'smtp', '554 go away'))).toEqual([
      'error smtp/unexpected-listener 192.0.2.9 192.0.2.9:587',
    ]);
  });

  it('approved: the mail servers on any port, allow entries by port or for every port', () => {
    expect(
      judge(
        ...approvedUp,
        probe('192.0.2.10', 587, 'smtp', '220 sub'),
        probe('192.0.2.50', 587, 'smtp', '220 ok'),
        probe('192.0.2.60', 25, 'smtp', '220 ok'),
      ),
    ).toEqual([]);
  });

  it('an allow entry for another port does not approve port 25', () => {
    expect(judge(...approvedUp, probe('192.0.2.50', 25, 'smtp', '220 hi'))).toEqual([
      'error smtp/unexpected-listener 192.0.2.50 192.0.2.50:25',
    ]);
  });
});

describe('smtp/unexpected-open-port', () => {
  it('an SSH banner and a silent listener are open ports, not SMTP', () => {
    expect(judge(...approvedUp, probe('192.0.2.22', 25, 'open', 'SSH-2.0-OpenSSH_9.2'), probe('192.0.2.23', 587, 'open'))).toEqual([
      'warning smtp/unexpected-open-port 192.0.2.22 192.0.2.22:25',
      'warning smtp/unexpected-open-port 192.0.2.23 192.0.2.23:587',
    ]);
  });

  it('closed and filtered ports are not findings', () => {
    expect(judge(...approvedUp, probe('192.0.2.30', 25, 'closed'), probe('192.0.2.31', 25, 'filtered'))).toEqual([]);
  });
});

describe('smtp/approved-unreachable', () => {
  it('a declared address in range that refuses port 25', () => {
    expect(judge(approvedUp[0]!, probe('192.0.2.11', 25, 'closed'))).toEqual([
      'warning smtp/approved-unreachable 192.0.2.11 192.0.2.11:25',
    ]);
  });

  it('the IPv6 address of mx2 is outside the ranges and is not expected to answer', () => {
    expect(judge(...approvedUp)).toEqual([]);
  });
});

describe('scan/egress-blocked', () => {
  it('nothing answered on port 25, not even the approved servers: the scan proves nothing', () => {
    expect(judge(probe('192.0.2.10', 25, 'filtered'), probe('192.0.2.11', 25, 'filtered'), probe('192.0.2.9', 587, 'open'))).toEqual([
      'warning scan/egress-blocked 192.0.2.0/24 port 25',
      'warning smtp/unexpected-open-port 192.0.2.9 192.0.2.9:587',
    ]);
  });

  it('one approved server reachable: not egress-blocked, the other is reported unreachable', () => {
    expect(judge(approvedUp[0]!, probe('192.0.2.11', 25, 'filtered'))).toEqual([
      'warning smtp/approved-unreachable 192.0.2.11 192.0.2.11:25',
    ]);
  });
});

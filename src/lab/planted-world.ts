/**
 * The one description of the planted problems: the demo serves it from the in-process lab, the
 * interop tests serve it from real NSD and Postfix, and both assert `PLANTED_FINDINGS`. Change the
 * world here and both follow; they cannot drift apart.
 */
import type { RuleId } from '../checks/rules.js';
import type { LabServerSpec } from './dns-server.js';
import type { LabListenerSpec } from './tcp-listener.js';
import type { LabZone } from './zone-data.js';
import { soa, zone } from './zone-data.js';

export const ROOT_SERVER_ADDRESS = '127.53.0.1';
export const SCAN_RANGE = '127.25.0.0/28';
/** Listens just outside SCAN_RANGE: the scanner must never connect to it. */
export const OUTSIDE_LISTENER_ADDRESS = '127.25.0.20';

const CURRENT_SERIAL = 2026112801;
const STALE_SERIAL = 2026112700;

function exampleZone(variant: { serial: number; extraMx: boolean; allowTransfer: boolean; mx2Address?: string }): LabZone {
  return zone(
    'example.test',
    [
      ['@', 'SOA', soa('ns1.example.test', variant.serial)],
      ['@', 'NS', 'ns1.example.test.'],
      ['@', 'NS', 'ns2.example.test.'],
      ['@', 'NS', 'ns3.example.test.'],
      ['@', 'NS', 'ns4.example.test.'],
      ['ns1', 'A', '127.53.1.1'],
      ['ns2', 'A', '127.53.1.2'],
      ['ns3', 'A', '127.53.1.3'],
      ['ns4', 'A', '127.53.1.4'],
      ['@', 'MX', '10 mx1.example.test.'],
      ['@', 'MX', '20 mx2.example.test.'],
      ...(variant.extraMx ? ([['@', 'MX', '90 backup.example.test.']] as const) : []),
      ['mx1', 'A', '127.25.0.1'],
      ['mx2', 'A', variant.mx2Address ?? '127.25.0.2'],
      ['backup', 'A', '127.25.0.9'],
      ['www', 'A', '127.80.0.1'],
      ['lists', 'MX', '10 mx2.example.test.'],
      ['legacy', 'MX', '10 mail.legacy.example.test.'],
      ['mail.legacy', 'CNAME', 'mx1.example.test.'],
    ],
    { allowTransfer: variant.allowTransfer },
  );
}

const rootZone = zone('', [
  ['@', 'SOA', soa('a.root-servers.test', CURRENT_SERIAL)],
  ['@', 'NS', 'a.root-servers.test.'],
  ['a.root-servers.test', 'A', ROOT_SERVER_ADDRESS],
  ['test', 'NS', 'ns.nic.test.'],
  ['ns.nic.test', 'A', '127.53.0.2'],
]);

const testZone = zone('test', [
  ['@', 'SOA', soa('ns.nic.test', CURRENT_SERIAL)],
  ['@', 'NS', 'ns.nic.test.'],
  ['ns.nic', 'A', '127.53.0.2'],
  ['example', 'NS', 'ns1.example.test.'],
  ['example', 'NS', 'ns2.example.test.'],
  ['example', 'NS', 'ns4.example.test.'],
  ['ns1.example', 'A', '127.53.1.1'],
  ['ns2.example', 'A', '127.53.1.2'],
  ['ns4.example', 'A', '127.53.1.4'],
  ['clean', 'NS', 'ns1.clean.test.'],
  ['clean', 'NS', 'ns2.clean.test.'],
  ['ns1.clean', 'A', '127.53.2.1'],
  ['ns2.clean', 'A', '127.53.2.2'],
  ['slow', 'NS', 'ns1.slow.test.'],
  ['slow', 'NS', 'ns2.slow.test.'],
  ['ns1.slow', 'A', '127.53.3.1'],
  ['ns2.slow', 'A', '127.53.3.2'],
]);

const cleanZone = zone('clean.test', [
  ['@', 'SOA', soa('ns1.clean.test', CURRENT_SERIAL)],
  ['@', 'NS', 'ns1.clean.test.'],
  ['@', 'NS', 'ns2.clean.test.'],
  ['ns1', 'A', '127.53.2.1'],
  ['ns2', 'A', '127.53.2.2'],
  ['@', 'MX', '10 mx1.example.test.'],
]);

const slowZone = zone('slow.test', [
  ['@', 'SOA', soa('ns1.slow.test', CURRENT_SERIAL)],
  ['@', 'NS', 'ns1.slow.test.'],
  ['@', 'NS', 'ns2.slow.test.'],
  ['ns1', 'A', '127.53.3.1'],
  ['ns2', 'A', '127.53.3.2'],
  ['@', 'MX', '10 mx2.example.test.'],
]);

/** Every authoritative server of the world; `refuse` and `silent` are the planted lame servers. */
export const PLANTED_DNS_SERVERS: readonly LabServerSpec[] = [
  { name: 'a.root-servers.test', address: ROOT_SERVER_ADDRESS, zones: [rootZone], behaviour: 'serve' },
  { name: 'ns.nic.test', address: '127.53.0.2', zones: [testZone], behaviour: 'serve' },
  {
    name: 'ns1.example.test',
    address: '127.53.1.1',
    zones: [exampleZone({ serial: CURRENT_SERIAL, extraMx: false, allowTransfer: false })],
    behaviour: 'serve',
  },
  {
    name: 'ns2.example.test',
    address: '127.53.1.2',
    zones: [exampleZone({ serial: STALE_SERIAL, extraMx: false, allowTransfer: false })],
    behaviour: 'serve',
  },
  {
    name: 'ns3.example.test',
    address: '127.53.1.3',
    zones: [exampleZone({ serial: CURRENT_SERIAL, extraMx: true, allowTransfer: true, mx2Address: '127.25.0.9' })],
    behaviour: 'serve',
  },
  { name: 'ns4.example.test', address: '127.53.1.4', zones: [], behaviour: 'refuse' },
  { name: 'ns1.clean.test', address: '127.53.2.1', zones: [cleanZone], behaviour: 'serve' },
  { name: 'ns2.clean.test', address: '127.53.2.2', zones: [cleanZone], behaviour: 'serve' },
  { name: 'ns1.slow.test', address: '127.53.3.1', zones: [slowZone], behaviour: 'serve' },
  { name: 'ns2.slow.test', address: '127.53.3.2', zones: [], behaviour: 'silent' },
];

/** The domains the approved MTAs receive mail for: every policy name with MX. */
export const PLANTED_MAIL_DOMAINS = ['example.test', 'legacy.example.test', 'clean.test', 'slow.test'];
/** The approved MTAs verify recipients and deny relaying (Postfix does the same in the interop tests). */
const PROTECTED = { recipients: 'verify', relay: 'deny', localDomains: PLANTED_MAIL_DOMAINS } as const;

/** SMTP and other listeners; `mta` ones are real Postfix instances in the interop tests. */
export function plantedListeners(smtpPort: number): (LabListenerSpec & { role: 'approved' | 'rogue' | 'other' | 'outside' })[] {
  return [
    { role: 'approved', address: '127.25.0.1', port: smtpPort, kind: 'smtp', banner: '220 mx1.example.test ESMTP', ...PROTECTED },
    { role: 'approved', address: '127.25.0.2', port: smtpPort, kind: 'smtp', banner: '220 mx2.example.test ESMTP', ...PROTECTED },
    // The unprotected backup: it takes mail for anyone and relays for anyone.
    {
      role: 'rogue',
      address: '127.25.0.9',
      port: smtpPort,
      kind: 'smtp',
      banner: '220 backup.example.test ESMTP rogue',
      recipients: 'accept-all',
      relay: 'open',
    },
    { role: 'other', address: '127.25.0.10', port: smtpPort, kind: 'banner', banner: 'SSH-2.0-OpenSSH_9.2p1 Debian-2' },
    { role: 'other', address: '127.25.0.11', port: smtpPort, kind: 'smtp', banner: '220 tarpit.example.test ESMTP', greetingDelayMs: 1500 },
    { role: 'other', address: '127.25.0.12', port: smtpPort, kind: 'silent', banner: '' },
    { role: 'outside', address: OUTSIDE_LISTENER_ADDRESS, port: smtpPort, kind: 'smtp', banner: '220 outside.example.test ESMTP' },
  ];
}

/** The policy of the planted world, commented line by line for people reading examples/demo-policy.yml. */
export function plantedPolicy(smtpPort: number): string {
  return `# yaml-language-server: $schema=https://raw.githubusercontent.com/mail-perimeter/mail-perimeter/v1/policy.schema.json
# The policy \`mail-perimeter demo\` checks. The demo world (src/lab/planted-world.ts) breaks it on purpose.
version: 1

# Every SMTP server the messaging team runs, with every address it has.
mail-servers:
  mx1.example.test: [127.25.0.1]
  mx2.example.test: [127.25.0.2]

domains:
  # The organisation's zone: exactly these name servers, exactly these two MX.
  example.test:
    nameservers: [ns1.example.test, ns2.example.test, ns4.example.test]
    mx:
      - "10 mx1.example.test"
      - "20 mx2.example.test"
    # Try a zone transfer from each server to find names with MX that this policy forgot.
    discover: axfr
  # The web server's name must not receive mail: a null MX is required.
  www.example.test:
    mx: none
  # A name inside the zone with its own MX.
  legacy.example.test:
    mx: ["10 mail.legacy.example.test"]
  # A zone that is correct: it must produce no finding.
  clean.test:
    nameservers: [ns1.clean.test, ns2.clean.test]
    mx: [{ host: mx1.example.test, preference: 10 }]
  slow.test:
    nameservers: [ns1.slow.test, ns2.slow.test]
    mx: ["10 mx2.example.test"]

# Talk SMTP to every address of every MX (never sending a message): is each as well protected as
# the most-preferred one? (TLS is left out of the demo: its servers offer none.)
smtp-probe:
  checks: [unknown-recipient, relay]

# Anything in this range that answers on these ports must be one of the mail servers above.
scan:
  ranges: [${SCAN_RANGE}]
  ports: [${smtpPort}]
`;
}

interface PlantedFinding {
  readonly rule: RuleId;
  readonly name: string;
  readonly subject: string;
  /** What was planted, in words (README, test names). */
  readonly planted: string;
}

/** Exactly the findings the planted world must produce: no more, no fewer. */
export function plantedFindings(smtpPort: number): PlantedFinding[] {
  return [
    {
      rule: 'ns/zone-mismatch',
      name: 'example.test',
      subject: 'ns3.example.test',
      planted: 'ns3 is in the zone NS RRset but not in the policy',
    },
    {
      rule: 'ns/undeclared-server',
      name: 'example.test',
      subject: 'ns3.example.test',
      planted: 'ns3 serves the zone without being declared',
    },
    { rule: 'ns/lame', name: 'example.test', subject: 'ns4.example.test', planted: 'ns4 is delegated but answers REFUSED' },
    { rule: 'soa/serial-inconsistent', name: 'example.test', subject: 'ns2.example.test', planted: 'ns2 serves a stale serial' },
    { rule: 'zone/transfer-open', name: 'example.test', subject: 'ns3.example.test', planted: 'ns3 allows AXFR to anyone' },
    { rule: 'mx/unexpected', name: 'example.test', subject: 'backup.example.test', planted: 'ns3 alone publishes a backup MX' },
    { rule: 'mx/inconsistent', name: 'example.test', subject: 'backup.example.test', planted: 'the servers disagree on the backup MX' },
    {
      rule: 'mx/target-address',
      name: 'example.test',
      subject: 'backup.example.test',
      planted: 'the backup MX points at an unmanaged address',
    },
    { rule: 'mx/target-address', name: 'example.test', subject: 'mx2.example.test', planted: 'ns3 alone points mx2 at the rogue address' },
    { rule: 'mx/target-address', name: 'slow.test', subject: 'mx2.example.test', planted: 'slow.test uses that same mx2' },
    {
      rule: 'mx/undeclared-name',
      name: 'lists.example.test',
      subject: 'lists.example.test',
      planted: 'a sub-domain has its own MX the policy forgot',
    },
    { rule: 'mx/implicit', name: 'www.example.test', subject: 'www.example.test', planted: 'www has an address and no MX' },
    { rule: 'mx/null-expected', name: 'www.example.test', subject: 'www.example.test', planted: 'www should publish a null MX' },
    { rule: 'mx/cname-target', name: 'legacy.example.test', subject: 'mail.legacy.example.test', planted: 'an MX target is a CNAME' },
    { rule: 'ns/lame', name: 'slow.test', subject: 'ns2.slow.test', planted: 'ns2.slow never answers' },
    {
      rule: 'mx/weaker-than-primary',
      name: 'example.test',
      subject: 'mx2.example.test',
      planted: 'mx2 (at the rogue address ns3 gives it) accepts anything, mx1 does not',
    },
    { rule: 'mx/weaker-than-primary', name: 'example.test', subject: 'backup.example.test', planted: 'the backup MX is unprotected' },
    {
      rule: 'smtp/accepts-unknown-recipient',
      name: 'example.test',
      subject: 'mx2.example.test/127.25.0.9',
      planted: 'the rogue MTA takes mail for anyone',
    },
    {
      rule: 'smtp/accepts-unknown-recipient',
      name: 'example.test',
      subject: 'backup.example.test/127.25.0.9',
      planted: 'the backup takes mail for anyone',
    },
    {
      rule: 'smtp/accepts-unknown-recipient',
      name: 'slow.test',
      subject: 'mx2.example.test/127.25.0.9',
      planted: 'slow.test mail reaches the rogue MTA too',
    },
    { rule: 'smtp/open-relay', name: 'mx2.example.test', subject: 'mx2.example.test/127.25.0.9', planted: 'the rogue MTA relays' },
    {
      rule: 'smtp/open-relay',
      name: 'backup.example.test',
      subject: 'backup.example.test/127.25.0.9',
      planted: 'the backup relays for anyone',
    },
    { rule: 'smtp/unexpected-listener', name: '127.25.0.9', subject: `127.25.0.9:${smtpPort}`, planted: 'a rogue MTA nobody declared' },
    {
      rule: 'smtp/unexpected-listener',
      name: '127.25.0.11',
      subject: `127.25.0.11:${smtpPort}`,
      planted: 'a tarpit that greets after 1.5 s',
    },
    {
      rule: 'smtp/unexpected-open-port',
      name: '127.25.0.10',
      subject: `127.25.0.10:${smtpPort}`,
      planted: 'an SSH server on a scanned port',
    },
    { rule: 'smtp/unexpected-open-port', name: '127.25.0.12', subject: `127.25.0.12:${smtpPort}`, planted: 'a listener that never speaks' },
  ];
}

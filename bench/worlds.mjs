// The benchmark worlds: N zones served by real NSD (port 53, so every peer can ask it), and
// lab worlds (src/lab, in a child process) for injected latency, a dead server and scan targets.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startChild, waitForDns } from './support.mjs';

export const NSD_ROOT = '127.54.0.1';
const NSD_TLD = '127.54.0.2';
const NSD_AUTH = ['127.54.1.1', '127.54.1.2', '127.54.1.3'];
export const MAIL_SERVER = '127.54.9.1';

export const zoneName = (index) => `z${String(index).padStart(5, '0')}.test`;

const SOA = (primary) => `${primary}. hostmaster.hosting.test. 1 3600 600 86400 300`;

function nsdConfig(dir, address, zones) {
  return `server:
  ip-address: ${address}
  port: 53
  username: ""
  chroot: ""
  zonesdir: "${dir}"
  pidfile: "${dir}/nsd-${address}.pid"
  xfrdfile: "${dir}/xfrd-${address}.state"
  zonelistfile: "${dir}/zone-${address}.list"
  database: ""
  logfile: "${dir}/nsd-${address}.log"
  server-count: 1
  do-ip6: no
  verbosity: 0
  tcp-count: 512
  # Debian's NSD limits responses per client /24 (RRL); every query here comes from 127.0.0.1.
  # Left on, it drops or truncates answers and the bench measures NSD's policy, not the client.
  rrl-ratelimit: 0
remote-control:
  control-enable: no
${zones.map(([name, file]) => `zone:\n  name: "${name}"\n  zonefile: "${file}"\n`).join('')}`;
}

/** Writes and starts the NSD world of `count` zones; returns a stop function and the policy path. */
export async function startNsdWorld(baseDir, count) {
  const dir = path.join(baseDir, `nsd-${count}`);
  mkdirSync(dir, { recursive: true });
  const names = Array.from({ length: count }, (_, index) => zoneName(index));
  writeFileSync(
    path.join(dir, 'root.zone'),
    `. 300 IN SOA ${SOA('root-servers.test')}\n. 300 IN NS a.root-servers.test.\na.root-servers.test. 300 IN A ${NSD_ROOT}\ntest. 300 IN NS ns.nic.test.\nns.nic.test. 300 IN A ${NSD_TLD}\n`,
  );
  const tld = [
    `test. 300 IN SOA ${SOA('ns.nic.test')}`,
    'test. 300 IN NS ns.nic.test.',
    `ns.nic.test. 300 IN A ${NSD_TLD}`,
    'hosting.test. 300 IN NS ns1.hosting.test.',
  ];
  NSD_AUTH.forEach((address, index) => tld.push(`ns${index + 1}.hosting.test. 300 IN A ${address}`));
  for (const name of names) for (let n = 1; n <= 3; n++) tld.push(`${name}. 300 IN NS ns${n}.hosting.test.`);
  writeFileSync(path.join(dir, 'tld.zone'), `${tld.join('\n')}\n`);
  const hosting = [
    `@ 300 IN SOA ${SOA('ns1.hosting.test')}`,
    ...NSD_AUTH.flatMap((address, index) => [`@ 300 IN NS ns${index + 1}.hosting.test.`, `ns${index + 1} 300 IN A ${address}`]),
    `mx1 300 IN A ${MAIL_SERVER}`,
  ];
  writeFileSync(path.join(dir, 'hosting.zone'), `${hosting.join('\n')}\n`);
  // One file for every customer zone: NSD takes the zone's name as the origin of "@".
  writeFileSync(
    path.join(dir, 'customer.zone'),
    `@ 300 IN SOA ${SOA('ns1.hosting.test')}\n@ 300 IN NS ns1.hosting.test.\n@ 300 IN NS ns2.hosting.test.\n@ 300 IN NS ns3.hosting.test.\n@ 300 IN MX 10 mx1.hosting.test.\n`,
  );

  const instances = [
    [NSD_ROOT, [['.', 'root.zone']]],
    [NSD_TLD, [['test', 'tld.zone']]],
    ...NSD_AUTH.map((address) => [address, [['hosting.test', 'hosting.zone'], ...names.map((name) => [name, 'customer.zone'])]]),
  ];
  const running = [];
  for (const [address, zones] of instances) {
    const conf = path.join(dir, `nsd-${address}.conf`);
    writeFileSync(conf, nsdConfig(dir, address, zones));
    running.push(await startChild('/usr/sbin/nsd', ['-d', '-c', conf], undefined));
    await waitForDns(address);
  }
  const policy = path.join(dir, 'policy.yml');
  writeFileSync(
    policy,
    `version: 1\nmail-servers:\n  mx1.hosting.test: [${MAIL_SERVER}]\ndomains:\n${names
      .map(
        (name) => `  ${name}:\n    nameservers: [ns1.hosting.test, ns2.hosting.test, ns3.hosting.test]\n    mx: ["10 mx1.hosting.test"]\n`,
      )
      .join('')}`,
  );
  const hints = path.join(dir, 'hints.zone');
  writeFileSync(hints, `. 3600000 NS a.root-servers.test.\na.root-servers.test. 3600000 A ${NSD_ROOT}\n`);
  return {
    policy,
    hints,
    names,
    servers: { tld: NSD_TLD, auth: NSD_AUTH },
    stop: () => Promise.all(running.map((instance) => instance.stop())),
  };
}

/** A lab world of `count` zones spread over eight servers, every answer delayed by `delayMs`. */
export function latencyWorld(count, delayMs, dnsPort) {
  const auth = Array.from({ length: 8 }, (_, index) => `127.55.1.${index + 1}`);
  const names = Array.from({ length: count }, (_, index) => zoneName(index));
  const serversOf = (index) => [0, 1, 2].map((offset) => (index + offset) % auth.length);
  const record = (name, type, data) => ({ name, type, data });
  // Like a real TLD, .test has several servers: a run spreads over them, each under the per-server bound.
  const tldServers = ['127.55.0.2', '127.55.0.3', '127.55.0.4', '127.55.0.5'];
  const tldNs = tldServers.flatMap((address, index) => [
    record('test', 'NS', `ns${index + 1}.nic.test.`),
    record(`ns${index + 1}.nic.test`, 'A', address),
  ]);
  const root = {
    origin: '',
    allowTransfer: false,
    records: [record('', 'SOA', SOA('root-servers.test')), record('', 'NS', 'a.root-servers.test.'), ...tldNs],
  };
  const tldRecords = [record('test', 'SOA', SOA('ns1.nic.test')), ...tldNs, record('hosting.test', 'NS', 'ns1.hosting.test.')];
  auth.forEach((address, index) => tldRecords.push(record(`ns${index + 1}.hosting.test`, 'A', address)));
  names.forEach((name, index) =>
    serversOf(index).forEach((server) => tldRecords.push(record(name, 'NS', `ns${server + 1}.hosting.test.`))),
  );
  const hosting = {
    origin: 'hosting.test',
    allowTransfer: false,
    records: [
      record('hosting.test', 'SOA', SOA('ns1.hosting.test')),
      ...auth.flatMap((address, index) => [
        record('hosting.test', 'NS', `ns${index + 1}.hosting.test.`),
        record(`ns${index + 1}.hosting.test`, 'A', address),
      ]),
      record('mx1.hosting.test', 'A', MAIL_SERVER),
    ],
  };
  const customer = (name, index) => ({
    origin: name,
    allowTransfer: false,
    records: [
      record(name, 'SOA', SOA('ns1.hosting.test')),
      ...serversOf(index).map((server) => record(name, 'NS', `ns${server + 1}.hosting.test.`)),
      record(name, 'MX', '10 mx1.hosting.test.'),
    ],
  });
  const dnsServers = [
    { name: 'a.root-servers.test', address: '127.55.0.1', behaviour: 'serve', zones: [root], delayMs },
    ...tldServers.map((address, index) => ({
      name: `ns${index + 1}.nic.test`,
      address,
      behaviour: 'serve',
      zones: [{ origin: 'test', allowTransfer: false, records: tldRecords }],
      delayMs,
    })),
    ...auth.map((address, serverIndex) => ({
      name: `ns${serverIndex + 1}.hosting.test`,
      address,
      behaviour: 'serve',
      delayMs,
      zones: [hosting, ...names.flatMap((name, index) => (serversOf(index).includes(serverIndex) ? [customer(name, index)] : []))],
    })),
  ];
  const policy = `version: 1\nmail-servers:\n  mx1.hosting.test: [${MAIL_SERVER}]\ndomains:\n${names
    .map(
      (name, index) =>
        `  ${name}:\n    nameservers: [${serversOf(index)
          .map((server) => `ns${server + 1}.hosting.test`)
          .join(', ')}]\n    mx: ["10 mx1.hosting.test"]\n`,
    )
    .join('')}`;
  return { spec: { dnsPort, world: { dnsServers, listeners: [] } }, policy, root: '127.55.0.1', names };
}

/** One zone, two servers, one of which never answers. */
export function deadServerWorld(dnsPort) {
  const record = (name, type, data) => ({ name, type, data });
  const zone = {
    origin: 'dead.test',
    allowTransfer: false,
    records: [
      record('dead.test', 'SOA', SOA('ns1.dead.test')),
      record('dead.test', 'NS', 'ns1.dead.test.'),
      record('dead.test', 'NS', 'ns2.dead.test.'),
      record('ns1.dead.test', 'A', '127.56.1.1'),
      record('ns2.dead.test', 'A', '127.56.1.2'),
      record('dead.test', 'MX', '10 ns1.dead.test.'),
    ],
  };
  const root = {
    origin: '',
    allowTransfer: false,
    records: [
      record('', 'SOA', SOA('root-servers.test')),
      record('', 'NS', 'a.root-servers.test.'),
      record('test', 'NS', 'ns.nic.test.'),
      record('ns.nic.test', 'A', '127.56.0.2'),
    ],
  };
  const tld = {
    origin: 'test',
    allowTransfer: false,
    records: [
      record('test', 'SOA', SOA('ns.nic.test')),
      record('test', 'NS', 'ns.nic.test.'),
      record('ns.nic.test', 'A', '127.56.0.2'),
      record('dead.test', 'NS', 'ns1.dead.test.'),
      record('dead.test', 'NS', 'ns2.dead.test.'),
      record('ns1.dead.test', 'A', '127.56.1.1'),
      record('ns2.dead.test', 'A', '127.56.1.2'),
    ],
  };
  return {
    spec: {
      dnsPort,
      world: {
        dnsServers: [
          { name: 'root', address: '127.56.0.1', behaviour: 'serve', zones: [root] },
          { name: 'tld', address: '127.56.0.2', behaviour: 'serve', zones: [tld] },
          { name: 'ns1.dead.test', address: '127.56.1.1', behaviour: 'serve', zones: [zone] },
          { name: 'ns2.dead.test', address: '127.56.1.2', behaviour: 'silent', zones: [zone] },
        ],
        listeners: [],
      },
    },
    policy: 'version: 1\ndomains:\n  dead.test:\n    nameservers: [ns1.dead.test, ns2.dead.test]\n',
    root: '127.56.0.1',
  };
}

/** SMTP, banner and silent listeners inside a loopback range. */
export function scanWorld(prefix, port, smtpCount, silentCount) {
  const listeners = [];
  for (let index = 0; index < smtpCount; index++)
    listeners.push({ address: `${prefix}.${index + 1}`, port, kind: 'smtp', banner: `220 host${index}.example.test ESMTP` });
  for (let index = 0; index < silentCount; index++)
    listeners.push({ address: `${prefix}.${200 + index}`, port, kind: 'silent', banner: '' });
  return { dnsPort: 1, world: { dnsServers: [], listeners } };
}

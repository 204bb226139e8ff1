/**
 * Other tools' scans as the scan's evidence. A real nmap (`-oX`, connect scan with the banner
 * script) of loopback listeners: a rogue SMTP server, a silent listener, a declared mail server
 * and a closed port, plus one address outside the ranges. masscan (-oJ, -oD) and ZGrab2 files in
 * their source-defined shapes; hostile files (an entity bomb, a file cut off mid-way, a stale one)
 * stay bounded and are said.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressRange } from '../src/address-range.js';
import { parseAddressRange } from '../src/address-range.js';
import type { RunReport } from '../src/report/run-report.js';
import { readImportedScan } from '../src/scan/imported.js';

const execFileAsync = promisify(execFile);
const PORT = 26025;
const NMAP = '/usr/bin/nmap';
const dir = mkdtempSync(path.join(tmpdir(), 'mail-perimeter-imported-'));
const servers: net.Server[] = [];
const sockets = new Set<net.Socket>();
const range = (text: string) => (parseAddressRange(text) as { ok: true; range: AddressRange }).range;

function listen(address: string, onConnection: (socket: net.Socket) => void): Promise<void> {
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    onConnection(socket);
  });
  servers.push(server);
  return new Promise((resolve) => server.listen(PORT, address, () => resolve()));
}

function check(...files: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      path.resolve('dist/cli.js'),
      'check',
      '--policy',
      path.join(dir, 'policy.yml'),
      '--only',
      'scan',
      '--smtp-port',
      String(PORT),
      '--format',
      'json',
      ...files.flatMap((file) => ['--scan-results', file]),
    ],
    { encoding: 'utf8' },
  );
  return { code: result.status, report: JSON.parse(result.stdout || '{}') as RunReport, stderr: result.stderr };
}

beforeAll(async () => {
  await listen('127.62.0.1', (socket) => socket.write('220 mx1.example.test ESMTP\r\n'));
  await listen('127.62.0.5', (socket) => socket.write('220 rogue.example.test ESMTP\r\n'));
  await listen('127.62.0.6', () => {});
  await listen('127.62.1.9', (socket) => socket.write('220 elsewhere ESMTP\r\n'));
  writeFileSync(
    path.join(dir, 'policy.yml'),
    `version: 1\nmail-servers:\n  mx1.example.test: [127.62.0.1]\ndomains:\n  example.test: {}\nscan:\n  ranges: [127.62.0.0/29]\n  ports: [${PORT}]\n`,
  );
  // Asynchronous: the listeners live in this process and must answer while nmap scans them.
  await execFileAsync(
    NMAP,
    [
      '-n',
      '-Pn',
      '-sT',
      '-p',
      String(PORT),
      '--script',
      'banner',
      '--script-args',
      'banner.timeout=2s',
      '-oX',
      path.join(dir, 'nmap.xml'),
      '127.62.0.1',
      '127.62.0.5',
      '127.62.0.6',
      '127.62.0.7',
      '127.62.1.9',
    ],
    { timeout: 60_000 },
  );
}, 90_000);

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('a real nmap scan, judged as if probed', () => {
  it('finds the rogue listener and the silent one, passes the declared server, ignores what lies outside the ranges', () => {
    const { code, report } = check(path.join(dir, 'nmap.xml'));
    expect(code).toBe(1);
    expect(report.findings.map((finding) => `${finding.rule} ${finding.subject}`).sort()).toEqual([
      `smtp/unexpected-listener 127.62.0.5:${PORT}`,
      `smtp/unexpected-open-port 127.62.0.6:${PORT}`,
    ]);
    const rogue = report.findings.find((finding) => finding.rule === 'smtp/unexpected-listener')!;
    expect(rogue.message).toMatch(
      new RegExp(`"220 rogue\\.example\\.test ESMTP".*\\(from .*nmap\\.xml, scanned \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\)`),
    );
    expect(report.findings.find((finding) => finding.rule === 'smtp/unexpected-open-port')!.message).toContain(
      'a listener that could not be identified',
    );
    expect(report.observations!.scan!.imported).toMatchObject([{ format: 'nmap-xml', inside: 4, outside: 1, cut: false }]);
  });
});

describe('masscan and ZGrab2 files, as their sources define them', () => {
  const ranges = [range('192.0.2.0/24'), range('2001:db8::/112')];
  const write = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };

  it('masscan -oJ: a JSON array, one object per line, the banner on a port entry', async () => {
    const file = write(
      'masscan.json',
      '[\n{   "ip": "192.0.2.7",   "timestamp": "1796400000", "ports": [ {"port": 25, "proto": "tcp", "status": "open", "reason": "syn-ack", "ttl": 64} ] }\n,\n{   "ip": "192.0.2.7",   "timestamp": "1796400001", "ports": [ {"port": 25, "proto": "tcp", "service": {"name": "smtp", "banner": "220 relay.example ESMTP"} } ] }\n,\n{   "ip": "198.51.100.1",   "timestamp": "1796400002", "ports": [ {"port": 25, "proto": "tcp", "status": "open", "reason": "syn-ack", "ttl": 64} ] }\n]\n',
    );
    const { scan, probes } = await readImportedScan(file, ranges);
    expect(scan).toMatchObject({ format: 'masscan-json', inside: 1, outside: 1, cut: false, scannedAt: '2026-12-04T16:00:00.000Z' });
    expect(probes.map((probe) => `${probe.address}:${probe.port} ${probe.state} ${probe.greeting}`)).toEqual([
      '192.0.2.7:25 smtp 220 relay.example ESMTP',
    ]);
  });

  it('masscan -oD: status and banner records; an IPv6 address in XML said to be ipv4 is still IPv6', async () => {
    const ndjson = write(
      'masscan.ndjson',
      '{"ip":"192.0.2.8","timestamp":"1796400000","port":587,"proto":"tcp","rec_type":"status","data":{"status":"open","reason":"syn-ack","ttl":64}}\n{"ip":"192.0.2.8","timestamp":"1796400001","port":587,"proto":"tcp","rec_type":"banner","data":{"service_name":"smtp","service_probe":"smtp","banner":"220 submit.example ESMTP"}}\n',
    );
    expect((await readImportedScan(ndjson, ranges)).probes.map((probe) => `${probe.address}:${probe.port} ${probe.state}`)).toEqual([
      '192.0.2.8:587 smtp',
    ]);
    const xml = write(
      'masscan.xml',
      '<?xml version="1.0"?>\n<nmaprun scanner="masscan" start="1796400000" version="1.0-BETA"  xmloutputversion="1.03">\n<host endtime="1796400000"><address addr="2001:db8::25" addrtype="ipv4"/><ports><port protocol="tcp" portid="25"><state state="open" reason="syn-ack" reason_ttl="64"/></port></ports></host>\n<runstats><finished time="1796400010" timestr="" elapsed="10" /></runstats>\n</nmaprun>\n',
    );
    const read = await readImportedScan(xml, ranges);
    expect(read.scan.format).toBe('masscan-xml');
    expect(read.probes.map((probe) => `${probe.address}:${probe.port} ${probe.state}`)).toEqual(['2001:db8::25:25 open']);
  });

  it('ZGrab2 SMTP: success with a banner is SMTP, a refused connection is closed', async () => {
    const file = write(
      'zgrab2.ndjson',
      '{"ip":"192.0.2.9","data":{"smtp":{"status":"success","protocol":"smtp","result":{"banner":"220 mx9.example ESMTP\\r\\n","ehlo":"250-mx9.example\\r\\n250 STARTTLS\\r\\n"},"timestamp":"2026-12-04T02:00:00Z"}}}\n{"ip":"192.0.2.10","data":{"smtp":{"status":"connection-refused","protocol":"smtp","timestamp":"2026-12-04T02:00:01Z"}}}\n',
    );
    const { scan, probes } = await readImportedScan(file, ranges);
    expect(scan).toMatchObject({ format: 'zgrab2', scannedAt: '2026-12-04T02:00:00.000Z', cut: false });
    expect(probes.map((probe) => `${probe.address}:${probe.port} ${probe.state}`)).toEqual(['192.0.2.9:25 smtp', '192.0.2.10:25 closed']);
  });
});

describe('hostile and stale files', () => {
  it('an entity bomb is never expanded: the entity stays text', async () => {
    const lol = Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`).join('\n');
    writeFileSync(
      path.join(dir, 'bomb.xml'),
      `<?xml version="1.0"?>\n<!DOCTYPE nmaprun [\n<!ENTITY lol0 "lol">\n${lol}\n]>\n<nmaprun scanner="nmap" start="1796400000">\n<host><address addr="192.0.2.11" addrtype="ipv4"/><ports><port protocol="tcp" portid="25"><state state="open"/><script id="banner" output="220 &lol9; ESMTP"/></port></ports></host>\n</nmaprun>\n`,
    );
    const { probes } = await readImportedScan(path.join(dir, 'bomb.xml'), [range('192.0.2.0/24')]);
    expect(probes.map((probe) => probe.greeting)).toEqual(['220 &lol9; ESMTP']);
  });

  it('a scan cut off mid-way counts for what it holds, and is said; so is an old one', () => {
    const nmap = readFileSync(path.join(dir, 'nmap.xml'), 'utf8');
    const cut = path.join(dir, 'cut.xml');
    writeFileSync(cut, nmap.slice(0, nmap.indexOf('addr="127.62.0.6"')));
    writeFileSync(
      path.join(dir, 'old.ndjson'),
      '{"ip":"127.62.0.1","timestamp":"1600000000","port":26025,"proto":"tcp","rec_type":"status","data":{"status":"open","reason":"syn-ack","ttl":64}}\n{"ip":"127.62.0.1","timestamp":"1600000000","port":26025,"proto":"tcp","rec_type":"banner","data":{"service_name":"smtp","banner":"220 mx1.example.test ESMTP"}}\n',
    );
    const { report, stderr } = check(cut, path.join(dir, 'old.ndjson'));
    expect(stderr).toContain('ends mid-way');
    expect(report.findings.map((finding) => `${finding.rule} ${finding.subject}`).sort()).toEqual([
      `scan/stale-results ${path.join(dir, 'cut.xml')}`,
      `scan/stale-results ${path.join(dir, 'old.ndjson')}`,
      `smtp/unexpected-listener 127.62.0.5:${PORT}`,
    ]);
    expect(report.findings.find((finding) => finding.subject.endsWith('old.ndjson'))!.message).toMatch(
      /it ran \d+ days ago, more than scan\.max-age-days \(7\)/,
    );
  });
});

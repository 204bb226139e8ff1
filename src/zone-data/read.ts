/**
 * The zone-data observer: reads every `zone-data` source of the policy from a repository (the
 * checkout, or a commit of it) into records with their file and line. No network, no judgement.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { DomainName } from '../dns-name.js';
import { isSubdomain, parseHostName } from '../dns-name.js';
import type { UnknownUntilApply, ZoneDataObservations, ZoneDataZone } from '../observations/model.js';
import type { ZoneDataSource } from '../policy/types.js';
import { ZoneDataError } from './error.js';
import { readZoneFile } from './rfc1035.js';
import { readDnscontrol, readOctodns } from './structured.js';
import { readPlan } from './plans.js';
import { compareText } from '../compare-text.js';

/** One zone-data file: more is not DNS-as-code this tool is meant to read. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Entries of one zone-data directory. */
const MAX_DIRECTORY_ENTRIES = 100_000;
/** Out-of-zone records, or TTLs read as 0, named in the observations per zone: a file of them is one mistake, said once. */
const MAX_NOTES_KEPT = 100;

/** A repository's files by repository-relative path: the checkout, or a commit (pull requests). */
export interface RepositoryFiles {
  read(file: string): string;
  /** Files directly in a directory (names only), or undefined when the path is not a directory. */
  list(directory: string): string[] | undefined;
}

/** The files of a checkout on disk; symbolic links that leave the repository are refused. */
export function checkoutFiles(repositoryRoot: string): RepositoryFiles {
  const root = realpathSync(repositoryRoot);
  const inside = (file: string) => {
    const absolute = realpathSync(path.join(root, file));
    if (absolute !== root && !absolute.startsWith(`${root}${path.sep}`)) throw new Error('it leaves the repository');
    return absolute;
  };
  return {
    read(file) {
      const absolute = inside(file);
      const stats = lstatSync(absolute);
      if (!stats.isFile()) throw new Error('not a regular file');
      if (stats.size > MAX_FILE_BYTES) throw new Error(`larger than ${MAX_FILE_BYTES} bytes`);
      return readFileSync(absolute, 'utf8');
    },
    list(directory) {
      let absolute: string;
      try {
        absolute = inside(directory);
      } catch {
        return undefined;
      }
      if (!lstatSync(absolute).isDirectory()) return undefined;
      const entries = readdirSync(absolute, { withFileTypes: true });
      if (entries.length > MAX_DIRECTORY_ENTRIES) throw new Error(`${directory} has more than ${MAX_DIRECTORY_ENTRIES} entries`);
      return entries
        .filter((entry) => entry.isFile() || entry.isSymbolicLink())
        .map((entry) => entry.name)
        .sort();
    },
  };
}

/**
 * The files of one commit of the repository, read through git (pull requests compare the zone
 * data they propose with the base branch's). The commit is fetched once if the checkout is
 * shallow; a commit that cannot be had is an error on first use.
 */
export function commitFiles(repositoryRoot: string, commit: string): RepositoryFiles {
  let available = false;
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd: repositoryRoot, encoding: 'utf8', maxBuffer: MAX_FILE_BYTES, stdio: ['ignore', 'pipe', 'ignore'] });
  const ensure = () => {
    if (available) return;
    try {
      git(['cat-file', '-e', `${commit}^{commit}`]);
    } catch {
      git(['fetch', '--no-tags', '--depth=1', 'origin', commit]);
    }
    available = true;
  };
  return {
    read(file) {
      ensure();
      return git(['show', `${commit}:${file}`]);
    },
    list(directory) {
      ensure();
      try {
        if (git(['cat-file', '-t', `${commit}:${directory}`]).trim() !== 'tree') return undefined;
      } catch {
        return undefined;
      }
      return git(['ls-tree', '--name-only', `${commit}:${directory}`])
        .split('\n')
        .filter((name) => name !== '')
        .sort();
    },
  };
}

/**
 * Reads every source. `policyFile` is the policy's repository-relative path: sources are relative
 * to its directory and may not leave the repository. A file that cannot be read as its format
 * says is a ZoneDataError (file:line); every record keeps its repository-relative file and line.
 */
export function readZoneData(sources: readonly ZoneDataSource[], policyFile: string, files: RepositoryFiles): ZoneDataObservations {
  const zones: ZoneDataZone[] = [];
  const unplaced: UnknownUntilApply[] = [];
  const policyDirectory = path.posix.dirname(policyFile.split(path.sep).join('/'));
  for (const source of sources) {
    const target = path.posix.normalize(path.posix.join(policyDirectory, source.path));
    const where = `${source.location.file}:${source.location.line}`;
    if (target === '..' || target.startsWith('../') || path.posix.isAbsolute(target)) {
      throw new ZoneDataError(source.location.file, source.location.line, `zone-data path ${source.path} leaves the repository`);
    }
    const read = (file: string) => {
      try {
        return files.read(file);
      } catch (error) {
        throw new ZoneDataError(source.location.file, source.location.line, `cannot read ${file}: ${(error as Error).message}`);
      }
    };
    const entries = files.list(target);
    if (source.format === 'dnscontrol') {
      if (entries !== undefined)
        throw new ZoneDataError(source.location.file, source.location.line, `${target} is a directory; dnscontrol data is one file`);
      for (const domain of readDnscontrol({ file: target, text: read(target) })) {
        zones.push({
          zone: domain.zone,
          format: 'dnscontrol',
          file: target,
          records: domain.records,
          ...(domain.view === undefined ? {} : { view: domain.view }),
        });
      }
      continue;
    }
    if (source.format === 'terraform-plan' || source.format === 'pulumi-preview') {
      if (entries !== undefined)
        throw new ZoneDataError(
          source.location.file,
          source.location.line,
          `${target} is a directory; a ${source.format} is one JSON file`,
        );
      const config =
        source.config === undefined ? path.posix.dirname(target) : path.posix.normalize(path.posix.join(policyDirectory, source.config));
      if (config === '..' || config.startsWith('../') || path.posix.isAbsolute(config)) {
        throw new ZoneDataError(source.location.file, source.location.line, `zone-data config ${source.config} leaves the repository`);
      }
      const reading = readPlan(source.format, target, read(target), files, config);
      zones.push(...reading.zones);
      unplaced.push(...reading.unplaced);
      continue;
    }
    const candidates: { file: string; zone: DomainName }[] = [];
    if (entries === undefined) {
      const zone = source.zone ?? zoneFromFileName(path.posix.basename(target), source.format);
      if (zone === undefined) {
        throw new ZoneDataError(source.location.file, source.location.line, `cannot tell the zone of ${target} from its name: add zone:`);
      }
      candidates.push({ file: target, zone });
    } else {
      if (source.zone !== undefined)
        throw new ZoneDataError(source.location.file, source.location.line, `zone: applies to a single file, and ${target} is a directory`);
      for (const entry of entries) {
        const zone = zoneFromFileName(entry, source.format);
        if (zone !== undefined) candidates.push({ file: path.posix.join(target, entry), zone });
      }
    }
    for (const { file, zone } of candidates) {
      const text = read(file);
      if (source.format === 'octodns') {
        const { records, ignored } = readOctodns({ file, text }, zone);
        zones.push({ zone, format: 'octodns', file, records, ...(ignored.length > 0 ? { ignored } : {}) });
        continue;
      }
      // In a directory, a bare name is a zone file only if it holds an SOA: others are includes or notes.
      if (entries !== undefined && !/\.zone$|^db\./.test(path.posix.basename(file)) && !/\bSOA\b/i.test(text)) continue;
      const ttlsReadAsZero: { file: string; line: number; text: string }[] = [];
      const records = readZoneFile(
        { file, text },
        { origin: zone, include: read, ttlReadAsZero: (where) => ttlsReadAsZero.length < MAX_NOTES_KEPT && ttlsReadAsZero.push(where) },
      );
      if (!records.some((record) => record.name === zone && record.value.type === 'SOA')) {
        if (entries !== undefined && !/\.zone$|^db\./.test(path.posix.basename(file))) continue;
        throw new ZoneDataError(file, 1, `no SOA record at ${zone} (${where})`);
      }
      const outOfZone = records.filter((record) => !isSubdomain(record.name, zone));
      zones.push({
        zone,
        format: 'rfc1035',
        file,
        records: outOfZone.length === 0 ? records : records.filter((record) => isSubdomain(record.name, zone)),
        ...(ttlsReadAsZero.length === 0 ? {} : { ttlsReadAsZero }),
        ...(outOfZone.length === 0
          ? {}
          : {
              outOfZone: outOfZone.slice(0, MAX_NOTES_KEPT).map((record) => ({
                name: record.name,
                type: record.value.type === 'other' ? record.value.typeName : record.value.type,
                file: record.file,
                line: record.line,
              })),
            }),
      });
    }
  }
  return {
    zones: zones.sort((a, b) => compareText(a.zone, b.zone) || compareText(a.view ?? '', b.view ?? '')),
    ...(unplaced.length > 0 ? { unplaced } : {}),
  };
}

/** "<zone>.zone", "db.<zone>" or "<zone>" (rfc1035); "<zone>.yaml" (octoDNS). */
function zoneFromFileName(fileName: string, format: 'rfc1035' | 'octodns'): DomainName | undefined {
  if (fileName.startsWith('.')) return undefined;
  const bare =
    format === 'octodns'
      ? /^(.+?)\.?\.ya?ml$/.exec(fileName)?.[1]
      : (/^db\.(.+)$/.exec(fileName)?.[1] ??
        /^(.+)\.zone$/.exec(fileName)?.[1] ??
        (/\.(md|txt|json|ya?ml|conf|include|inc|sh|bak|orig|swp)$/i.test(fileName) ? undefined : fileName));
  return bare === undefined ? undefined : parseHostName(bare);
}

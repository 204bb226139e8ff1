import type { Severity, RuleId } from '../checks/rules.js';
import type { DomainName } from '../dns-name.js';
import type { IpAddress } from '../ip-address.js';
import type { AddressRange } from '../address-range.js';

/** Where an entry stands in the policy file; line and column are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface Located<T> {
  readonly value: T;
  readonly location: SourceLocation;
}

export interface MailServer {
  readonly host: DomainName;
  readonly addresses: readonly Located<IpAddress>[];
  readonly location: SourceLocation;
}

export interface ExpectedMx {
  readonly host: DomainName;
  /** Undefined: any preference matches. */
  readonly preference: number | undefined;
  readonly location: SourceLocation;
}

export type MxPolicy =
  | { readonly kind: 'none'; readonly location: SourceLocation }
  | { readonly kind: 'hosts'; readonly hosts: readonly ExpectedMx[]; readonly location: SourceLocation };

export interface DomainPolicy {
  readonly name: DomainName;
  readonly location: SourceLocation;
  readonly nameservers: { readonly hosts: readonly Located<DomainName>[]; readonly location: SourceLocation } | undefined;
  readonly mx: MxPolicy | undefined;
  readonly discoverByTransfer: boolean;
}

export interface AllowedListener {
  readonly address: IpAddress;
  /** Undefined: every port of the address is approved. */
  readonly port: number | undefined;
  readonly location: SourceLocation;
}

export interface ScanPolicy {
  readonly ranges: readonly Located<AddressRange>[];
  readonly ports: readonly number[];
  readonly allow: readonly AllowedListener[];
  readonly maxAddresses: number;
  /** An imported scan older than this many days is scan/stale-results (default 7). */
  readonly maxAgeDays: number;
  readonly location: SourceLocation;
  /** On pull requests: the section is the base branch's, located on the head policy's scan section. */
  readonly fromBase?: boolean;
}

/** One source of the repository's zone data. */
export interface ZoneDataSource {
  readonly format: 'rfc1035' | 'octodns' | 'dnscontrol' | 'terraform-plan' | 'pulumi-preview';
  /** As written in the policy: relative to the policy file. */
  readonly path: string;
  /** The zone of a single file whose name does not say it. */
  readonly zone: DomainName | undefined;
  /** terraform-plan: the root module's directory, relative to the policy file (default: the plan's directory). */
  readonly config?: string;
  readonly location: SourceLocation;
}

/** The opt-in SMTP probe: which checks, and the envelope it uses. */
export interface SmtpProbePolicy {
  readonly checks: readonly ('starttls' | 'certificate' | 'unknown-recipient' | 'relay')[];
  /** MAIL FROM; "" is the null sender <>. */
  readonly from: string;
  readonly foreignRecipient: string;
  readonly location: SourceLocation;
}

export interface Policy {
  /** The path as given, used in annotations and SARIF. */
  readonly file: string;
  readonly mailServers: readonly MailServer[];
  readonly domains: readonly DomainPolicy[];
  /** Set on a shard's part of a policy: every name of the whole policy (its zones are the organisation's). */
  readonly allDomains?: readonly DomainPolicy[];
  readonly zoneData: readonly ZoneDataSource[];
  readonly smtpProbe: SmtpProbePolicy | undefined;
  readonly scan: ScanPolicy | undefined;
  /** What the registry phase warns of: a registration that expires within this many days (default 30). */
  readonly registry?: { readonly expiryDays: number; readonly location: SourceLocation };
  readonly severityOverrides: ReadonlyMap<RuleId, Severity | 'off'>;
  readonly location: SourceLocation;
}

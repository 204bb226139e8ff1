/** The rule catalogue of SPEC.md. Ids are stable: they are SARIF rule ids and users write them in `rules:`. */
export type Severity = 'error' | 'warning' | 'notice';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

export interface RuleDescription {
  readonly defaultSeverity: Severity;
  /** The "when" column of SPEC's table: one line. */
  readonly summary: string;
  /** What to do about it. */
  readonly help: string;
}

export const RULES = {
  'policy/invalid': {
    defaultSeverity: 'error',
    summary: 'The policy fails the schema or a semantic check.',
    help: 'Fix the policy entry at the reported line and column; policy.schema.json gives editor help.',
  },
  'ns/delegation-mismatch': {
    defaultSeverity: 'error',
    summary: "The parent's delegation NS set differs from `nameservers`.",
    help: 'Update the delegation at the registrar (or parent zone), or the policy if the change is intended.',
  },
  'ns/zone-mismatch': {
    defaultSeverity: 'error',
    summary: "A server's NS RRset for the zone differs from `nameservers`.",
    help: "Correct the zone's apex NS records on every authoritative server, or the policy.",
  },
  'ns/undeclared-server': {
    defaultSeverity: 'error',
    summary: 'An authoritative server was found that the policy does not list.',
    help: 'Remove the server from the delegation and NS records, or declare it if the messaging team controls it.',
  },
  'ns/inconsistent': {
    defaultSeverity: 'error',
    summary: 'Authoritative servers return different NS RRsets.',
    help: 'Make every authoritative server serve the same zone contents (check zone transfers and notifies).',
  },
  'ns/cname-target': {
    defaultSeverity: 'error',
    summary: "A name in the zone's NS RRset or delegation is an alias (CNAME).",
    help: 'Name the canonical host in the NS records and the delegation; an NS target must not be a CNAME (RFC 2181 §10.3).',
  },
  'ns/lame': {
    defaultSeverity: 'error',
    summary: 'A server listed for the zone does not answer it authoritatively.',
    help: 'Configure the zone on that server, or remove the server from the delegation and NS records.',
  },
  'dns/unchecked': {
    defaultSeverity: 'error',
    summary: 'A policy name could not be checked: its zone was not found, or none of its servers answered with authority.',
    help: "Check the runner's DNS egress (UDP and TCP port 53) and the zone's delegation; the finding gives the reason. A name that was not checked never passes.",
  },
  'dns/no-edns': {
    defaultSeverity: 'notice',
    summary: 'A server rejects or ignores queries with EDNS (RFC 6891 §7): it was asked without, and its answers count.',
    help: 'Upgrade or reconfigure the server (or the firewall in front of it) to accept EDNS: without it, DNSSEC and large answers fail.',
  },
  'dns/question-unanswered': {
    defaultSeverity: 'notice',
    summary:
      'A server that answers the zone left a question unanswered (silence, or a truncated answer whose TCP retry failed): its word on it is not checked.',
    help: 'Make the server answer every type (RFC 4074) and over TCP (RFC 7766); until then its view of those records is unknown.',
  },
  'soa/serial-inconsistent': {
    defaultSeverity: 'warning',
    summary: 'Servers return different SOA serials.',
    help: 'A secondary is not receiving updates: check NOTIFY, zone transfer access and the serial arithmetic.',
  },
  'zone/drift': {
    defaultSeverity: 'error',
    summary: "A live authoritative server serves an MX or NS RRset that differs from the repository's zone data.",
    help: 'Deploy the repository’s zone data, or bring the change made outside the repository into it (and review it).',
  },
  'zone/transfer-open': {
    defaultSeverity: 'warning',
    summary: 'A server allowed a full zone transfer to us.',
    help: 'Restrict AXFR to the secondaries (allow-transfer / provide-xfr / acl).',
  },
  'mx/unexpected': {
    defaultSeverity: 'error',
    summary: 'An MX host is published that the policy does not list (any server).',
    help: 'Remove the MX record from every server, or declare the host in the policy if it is managed.',
  },
  'mx/missing': {
    defaultSeverity: 'error',
    summary: 'A policy MX host is not published (any server).',
    help: 'Publish the MX record on every authoritative server, or remove it from the policy.',
  },
  'mx/preference-mismatch': {
    defaultSeverity: 'error',
    summary: 'The MX host is published with another preference.',
    help: 'Publish the MX record with the preference the policy declares.',
  },
  'mx/inconsistent': {
    defaultSeverity: 'error',
    summary: 'Authoritative servers return different MX RRsets.',
    help: 'Make every authoritative server serve the same MX RRset (check zone transfers and notifies).',
  },
  'mx/cname-target': {
    defaultSeverity: 'error',
    summary: 'An MX target is an alias (RFC 2181 §10.3).',
    help: 'Point the MX record at the canonical name, which has the A/AAAA records itself.',
  },
  'mx/target-unresolvable': {
    defaultSeverity: 'error',
    summary: 'An MX target has no A/AAAA.',
    help: 'Publish A/AAAA records for the MX target, or remove the MX record.',
  },
  'mx/target-unregistered': {
    defaultSeverity: 'error',
    summary:
      "An MX target (or a name in its alias chain) lies in a registrable domain its parent zone says does not exist: anyone who registers it receives the name's mail.",
    help: 'Remove the MX record, or register the domain again (and point it where you mean).',
  },
  'ns/unregistered': {
    defaultSeverity: 'error',
    summary:
      "A name server of the zone lies in a registrable domain its parent zone says does not exist: anyone who registers it controls the zone's answers.",
    help: "Remove the server from the delegation and the zone's NS RRset, or register its domain again.",
  },
  'ns/registry-mismatch': {
    defaultSeverity: 'error',
    summary: "The registry's name servers for a zone (RDAP) differ from the parent zone's delegation or from the policy's `nameservers`.",
    help: "Update the name servers at the registrar (the registry publishes them to the parent), or the policy if the registry's list is the intended one.",
  },
  'domain/expiring': {
    defaultSeverity: 'warning',
    summary:
      'A registration the perimeter depends on (a policy zone, or the domain of an MX target or name server) expires within `registry.expiry-days` days (default 30).',
    help: 'Renew the registration, or remove what depends on it.',
  },
  'registry/unchecked': {
    defaultSeverity: 'warning',
    summary:
      'The registry could not be asked about a domain (no RDAP server in the bootstrap file, a timeout, an error, an answer that is no domain record): its name servers and expiry are not known this run.',
    help: 'Usually temporary; with a private TLD, give --rdap-bootstrap (input rdap-bootstrap) a bootstrap file that names its RDAP server.',
  },
  'mx/target-address': {
    defaultSeverity: 'error',
    summary: 'An MX target resolves to an address not listed under `mail-servers`.',
    help: 'Correct the A/AAAA records of the MX target, or list the address under mail-servers if it is managed.',
  },
  'mx/implicit': {
    defaultSeverity: 'error',
    summary: 'No MX, but A/AAAA exist, so mail is delivered to them (RFC 5321 §5.1).',
    help: 'Publish the intended MX records, or a null MX ("0 .", RFC 7505) if the name must not receive mail.',
  },
  'mx/null-expected': {
    defaultSeverity: 'error',
    summary: 'The policy says `mx: none`, but no null MX is published.',
    help: 'Publish a null MX ("MX 0 .", RFC 7505) and no other MX at this name.',
  },
  'mx/undeclared-name': {
    defaultSeverity: 'error',
    summary: 'A name found in the zone publishes MX but is not in the policy.',
    help: 'Add the name to the policy with its expected MX, or remove its MX records.',
  },
  'zone-data/ignored-record': {
    defaultSeverity: 'notice',
    summary:
      'A zone-data file marks an RRset as managed elsewhere (octoDNS `octodns: {ignored: true}`): it is judged neither as published nor as missing.',
    help: 'Nothing to fix in the file; the live check judges what the servers serve for that RRset.',
  },
  'zone-data/out-of-zone': {
    defaultSeverity: 'warning',
    summary:
      "A zone file holds a record whose owner is not at or below the zone's origin: it is ignored, as BIND ignores out-of-zone data.",
    help: 'Move the record to the file of the zone it belongs to, or fix its owner name (a missing final dot makes a name relative to the origin).',
  },
  'zone-data/unknown-until-apply': {
    defaultSeverity: 'warning',
    summary:
      'A plan record whose name, zone or data is known only after apply: it cannot be judged before it, and is neither passed nor failed.',
    help: 'Write the value in the configuration (a literal or a variable known at plan time), or rely on the nightly check of what is served.',
  },
  'zone-data/ttl-too-large': {
    defaultSeverity: 'warning',
    summary: 'A zone file gives a TTL above 2^31 - 1: BIND and every resolver read it as 0 (RFC 2181 §8), so the record is never cached.',
    help: 'Write the TTL you mean, at most 2147483647 seconds (a day, 86400, is usual).',
  },
  'mta-sts/id-inconsistent': {
    defaultSeverity: 'warning',
    summary: "The authoritative servers disagree on a name's `_mta-sts` TXT record (its id, or whether there is one).",
    help: 'Publish the same `_mta-sts` record on every server (a stale copy is often the cause).',
  },
  'mta-sts/invalid-policy': {
    defaultSeverity: 'error',
    summary:
      'A name publishes MTA-STS, but its policy is not served as senders require: no answer, HTTP other than 200, a certificate not valid for mta-sts.<name>, not text/plain, or not parseable.',
    help: 'Serve a valid policy at https://mta-sts.<name>/.well-known/mta-sts.txt with a certificate for that name, or remove the _mta-sts record.',
  },
  'mta-sts/mx-not-covered': {
    defaultSeverity: 'error',
    summary:
      'In mode enforce or testing, an MX the servers publish matches no `mx:` pattern of the MTA-STS policy (`*.` is exactly one label).',
    help: 'Add the MX to the policy (and change its id), or remove the MX.',
  },
  'mta-sts/pattern-unmatched': {
    defaultSeverity: 'notice',
    summary: 'An `mx:` pattern of the MTA-STS policy matches no MX the servers publish.',
    help: 'Remove the pattern if the MX is gone; if it names an MX that exists, publish it or find out who runs it.',
  },
  'dnssec/unsigned-answer': {
    defaultSeverity: 'error',
    summary: 'For a zone whose parent publishes DS, an authoritative server answers DNSKEY, SOA, NS or MX without RRSIG.',
    help: 'Load the signed zone on that server (a stale or rogue copy is unsigned), or remove the server from the delegation and NS records.',
  },
  'dnssec/invalid-signature': {
    defaultSeverity: 'error',
    summary: "A server's RRSIG over its DNSKEY, SOA, NS or MX answer does not verify with the key it names.",
    help: 'Re-sign the zone and load it on that server; a copy edited after signing must not be served.',
  },
  'dnssec/expired': {
    defaultSeverity: 'error',
    summary: "A server's only RRSIGs over an answer have expired (RFC 4034 §3.1.5 serial time).",
    help: "Find out why that server's copy is no longer re-signed (a stopped transfer, a stale secondary), and reload it.",
  },
  'dnssec/not-yet-valid': {
    defaultSeverity: 'error',
    summary: "A server's only RRSIGs over an answer are not valid yet.",
    help: "Check the signer's and the server's clocks, and re-sign with an inception in the past.",
  },
  'dnssec/unknown-key': {
    defaultSeverity: 'error',
    summary:
      "A server signs with keys the parent's DS does not lead to: its DNSKEY set holds no key a DS names, or an RRSIG names a key not in the set.",
    help: 'Serve the zone signed with the keys whose DS the parent publishes; a copy signed by another party must not be served.',
  },
  'dane/mismatch': {
    defaultSeverity: 'error',
    summary:
      'With smtp-probe: the certificate chain an MX presents matches none of the usable TLSA records (usages 2 and 3) its signed `_25._tcp` name publishes.',
    help: "Publish TLSA records for the certificate the MX presents (roll TLSA before the certificate), or fix the MX's certificate chain.",
  },
  'evidence/unmanaged-relay': {
    defaultSeverity: 'error',
    summary:
      "Received mail shows messages for the policy's names handed to a managed server by a host in the organisation's perimeter (scan ranges, an MX target's address, a name under a policy name) that is not a managed server.",
    help: 'Shut the relay down or bring it under the messaging team; the finding holds the counts, dates and the header line to show its owners.',
  },
  'evidence/tls-rpt-unknown-mx': {
    defaultSeverity: 'error',
    summary: 'A TLS-RPT report names a receiving MX host that is in no MX set of the policy: senders tried to deliver there.',
    help: 'Find which server publishes that MX (a stale copy of the zone?) and remove it, or declare it.',
  },
  'scan/stale-results': {
    defaultSeverity: 'warning',
    summary:
      "An imported scan (scan-results) is older than `scan.max-age-days` (default 7), does not say when it ran, or ends mid-way: it may not show today's perimeter.",
    help: "Import a fresh scan, or let the security team's scheduled scan write its file where the workflow reads it.",
  },
  'smtp/unexpected-listener': {
    defaultSeverity: 'error',
    summary: 'An address:port in the scanned ranges greets with SMTP and is not approved.',
    help: 'Shut the listener down or firewall it, or add it to mail-servers or scan.allow if it is managed.',
  },
  'smtp/unexpected-open-port': {
    defaultSeverity: 'warning',
    summary: 'A scanned port accepts connections but does not greet with SMTP.',
    help: 'Check what listens there; close it or add it to scan.allow.',
  },
  'smtp/approved-unreachable': {
    defaultSeverity: 'warning',
    summary: "A mail server's address in range does not accept SMTP on port 25.",
    help: 'Check that the mail server is running and reachable, or correct its addresses in mail-servers.',
  },
  'smtp/no-starttls': {
    defaultSeverity: 'warning',
    summary: 'An MX address offers no STARTTLS (SMTP probe).',
    help: 'Enable STARTTLS on the server, with a certificate for its MX name.',
  },
  'smtp/certificate-invalid': {
    defaultSeverity: 'warning',
    summary: 'An MX address shows a certificate that is expired, not yet valid, untrusted or not for its MX name (SMTP probe).',
    help: 'Install a certificate from a trusted CA that names the MX host, and renew it before it expires.',
  },
  'smtp/accepts-unknown-recipient': {
    defaultSeverity: 'error',
    summary: 'An MX address accepts mail for a recipient that cannot exist (SMTP probe).',
    help: 'Verify recipients at RCPT time (recipient maps, address verification) so that spam is refused instead of bounced later (backscatter).',
  },
  'smtp/open-relay': {
    defaultSeverity: 'error',
    summary: 'An MX address accepts mail for a foreign domain (SMTP probe).',
    help: 'Relay only for your own domains and authenticated clients (Postfix: reject_unauth_destination).',
  },
  'smtp/starttls-unusable': {
    defaultSeverity: 'warning',
    summary: 'An MX offers STARTTLS but it cannot be used: the command is refused or the TLS handshake fails (SMTP probe).',
    help: 'Fix the TLS configuration (key and certificate files, protocol versions): senders fall back to clear text, or do not deliver at all.',
  },
  'smtp/probe-undecided': {
    defaultSeverity: 'notice',
    summary:
      'A probe check could not decide (a temporary reply, a refused sender, a reply out of its place, a conversation cut short): the reply is quoted (SMTP probe).',
    help: 'Read the quoted reply: the protection is neither proven nor disproven. Set smtp-probe.from or foreign-recipient, or let the runner through greylisting, and run again.',
  },
  'smtp/probe-unreachable': {
    defaultSeverity: 'warning',
    summary: 'An MX address could not be probed: its protections are not known (SMTP probe).',
    help: 'Check that the MX answers SMTP from the runner (self-hosted runners; cloud runners block port 25).',
  },
  'mx/weaker-than-primary': {
    defaultSeverity: 'error',
    summary: "An MX of a name lacks a protection that the name's most-preferred MX has (SMTP probe).",
    help: 'Give every MX the protections of the primary (recipient verification, relay denial, STARTTLS with a valid certificate), or remove it: spammers deliver to the weakest MX.',
  },
  'scan/egress-blocked': {
    defaultSeverity: 'warning',
    summary: "Not even the approved servers could be reached: the runner's outbound traffic is blocked, so the scan proves nothing.",
    help: 'Run the scan on a self-hosted runner whose outbound port 25 is open.',
  },
} as const satisfies Record<string, RuleDescription>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(text: string): text is RuleId {
  return Object.hasOwn(RULES, text);
}

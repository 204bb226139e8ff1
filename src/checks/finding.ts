import type { SourceLocation } from '../policy/types.js';
import type { RuleId, Severity } from './rules.js';
import { compareText } from '../compare-text.js';

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** The DNS name concerned, or the scanned address. */
  readonly name: string;
  /** The offending host, server or address:port. */
  readonly subject: string;
  /** The servers whose answers are the evidence, as "name/address", sorted. */
  readonly servers: readonly string[];
  /** One plain sentence an administrator can act on. */
  readonly message: string;
  readonly location: SourceLocation | undefined;
  /** For findings on zone data (located on the zone file): the policy entry the data breaks. */
  readonly policyLocation?: SourceLocation;
  /** On pull requests, for findings on zone data: new in this change, gone with it, or already there. */
  readonly change?: 'introduced' | 'fixed' | 'unchanged';
}

/** A finding before the policy's severity overrides are applied. */
export type RawFinding = Omit<Finding, 'severity'>;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareText(a.name, b.name) ||
    compareText(a.rule, b.rule) ||
    compareText(a.subject, b.subject) ||
    compareText(a.message, b.message)
  );
}

export function meetsThreshold(severity: Severity, threshold: Severity | 'never'): boolean {
  return threshold !== 'never' && SEVERITY_ORDER[severity] <= SEVERITY_ORDER[threshold];
}

import { domainToASCII } from 'node:url';

/** A DNS name in canonical form: A-labels, lower case, no trailing dot; the root is "". */
export type DomainName = string & { readonly __brand: 'DomainName' };

export const ROOT_NAME = '' as DomainName;

/** CNAMEs followed from one name: RFC 1034 resolvers bound chains, and 8 is what common ones use. */
export const MAX_CNAME_CHAIN = 8;

/**
 * Normalises a name written by a person (policy) to its canonical form, or returns undefined when
 * it is not a valid host name. IDN labels become A-labels (UTS #46, as browsers do).
 */
export function parseHostName(text: string): DomainName | undefined {
  const trimmed = text.trim().replace(/\.$/, '');
  if (trimmed === '' || trimmed.length > 253) return undefined;
  const ascii = /^[\x21-\x7e]+$/.test(trimmed) ? trimmed.toLowerCase() : domainToASCII(trimmed);
  if (ascii === '') return undefined;
  const labels = ascii.split('.');
  const labelPattern = /^(?:\*|[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)$/;
  if (!labels.every((label) => labelPattern.test(label))) return undefined;
  return ascii as DomainName;
}

/**
 * Canonical form of a name read off the wire. Bytes outside printable ASCII are kept visible as
 * \DDD (RFC 1035 presentation format), so a hostile name can never carry a newline into a log.
 */
export function wireName(name: string): DomainName {
  const withoutDot = name.endsWith('.') ? name.slice(0, -1) : name;
  let out = '';
  for (const char of withoutDot.toLowerCase()) {
    const code = char.codePointAt(0) ?? 0;
    // A backslash is escaped too, so "\\DDD" in a name always means one octet (dns/wire.ts undoes it).
    out += code > 0x20 && code < 0x7f && code !== 0x5c ? char : `\\${String(code).padStart(3, '0')}`;
  }
  return out as DomainName;
}

/** "example.com" for "www.example.com"; undefined for the root. */
export function parentName(name: DomainName): DomainName | undefined {
  if (name === ROOT_NAME) return undefined;
  const dot = name.indexOf('.');
  return (dot === -1 ? ROOT_NAME : name.slice(dot + 1)) as DomainName;
}

/** True when `name` is `ancestor` or lies below it. */
export function isSubdomain(name: DomainName, ancestor: DomainName): boolean {
  return ancestor === ROOT_NAME || name === ancestor || name.endsWith(`.${ancestor}`);
}

/** The name as people write it in zone files and messages: the root is ".". */
export function displayName(name: DomainName): string {
  return name === ROOT_NAME ? '.' : name;
}

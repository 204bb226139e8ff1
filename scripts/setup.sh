#!/usr/bin/env bash
# Installs the real servers the interop tests and benchmarks run on loopback, and the headless
# Chromium that lays job summaries out as GitHub shows them.
# Idempotent: a package already present is not fetched again, and nothing already on the machine
# is touched: only the services of packages this script has just installed are stopped, by their
# service manager, never by process name (the machine may serve DNS or mail for real).
# Usage: scripts/setup.sh [test|bench]   (bench also brings the peers we measure against)
set -euo pipefail

profile="${1:-test}"
packages=(nsd knot bind9 bind9-utils ldnsutils postfix dnsutils chromium nmap swaks)
if [[ "$profile" == bench ]]; then
  packages+=(zonemaster-cli iptables time)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ "$(id -u)" -ne 0 ]]; then
  echo "setup: need root to install: ${missing[*]} (run: sudo $0 $profile)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# Postfix asks how to configure itself; the tests write their own configuration.
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The packages just installed may have started system-wide daemons on port 53 / 25; the tests
# start their own instances on loopback addresses.
declare -A services=([nsd]=nsd [knot]=knot [bind9]=named [postfix]=postfix)
for package in "${missing[@]}"; do
  service="${services[$package]:-}"
  [[ -n "$service" ]] || continue
  systemctl disable --now "$service" >/dev/null 2>&1 || service "$service" stop >/dev/null 2>&1 || true
done

#!/usr/bin/env bash
# Installs the real servers the interop tests and benchmarks run on loopback.
# Idempotent: a package already present is not fetched again.
# Usage: scripts/setup.sh [test|bench]   (bench also brings the peers we measure against)
set -euo pipefail

profile="${1:-test}"
packages=(nsd postfix dnsutils)
if [[ "$profile" == bench ]]; then
  packages+=(nmap zonemaster-cli iptables time)
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
# The packages start system-wide daemons on port 53 / 25; the tests start their own instances.
for service in nsd postfix; do
  systemctl disable --now "$service" >/dev/null 2>&1 || service "$service" stop >/dev/null 2>&1 || true
done
pkill -x nsd >/dev/null 2>&1 || true

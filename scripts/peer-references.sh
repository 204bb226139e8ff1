#!/usr/bin/env bash
# Writes the peers' own reading beside each file of the committed peer sample
# (__tests__/fixtures/peers, see its README): `named-checkzone -D` (BIND, nothing looked up) for
# zone files, and PyYAML's safe loader (the YAML library octoDNS loads its files with) for octoDNS
# files. DNSControl's print-ir JSON is its own reading. Run it after changing the sample.
set -euo pipefail
cd "$(dirname "$0")/../__tests__/fixtures/peers"
mapfile -t offline < <(node -e 'for (const flag of require("../../../scripts/named-checkzone-offline.json")) console.log(flag)')
node -e 'for (const {file, zone} of require("./manifest.json").rfc1035) console.log(file, zone)' | while read -r file zone; do
  (cd "$(dirname "$file")" && /usr/bin/named-checkzone "${offline[@]}" -D -o - "$zone" "$(basename "$file")" >"$(basename "$file").named-checkzone" 2>/dev/null)
done
node -e 'for (const {file} of require("./manifest.json").octodns) console.log(file)' | while read -r file; do
  python3 - "$file" >"$file.pyyaml.json" <<'PY'
import json, sys, yaml
with open(sys.argv[1]) as handle:
    data = yaml.safe_load(handle) or {}
records = []
for name, entries in data.items():
    for entry in entries if isinstance(entries, list) else [entries]:
        if entry.get("type") not in ("MX", "NS") or (entry.get("octodns") or {}).get("ignored"):
            continue
        values = entry.get("values", [entry["value"]] if "value" in entry else [])
        for value in values:
            if entry["type"] == "MX":
                records.append([name, "MX", int(value.get("preference", value.get("priority"))), value.get("exchange", value.get("value"))])
            else:
                records.append([name, "NS", value])
print(json.dumps(sorted(records, key=json.dumps), indent=1))
PY
done

#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ipaddr.js/lib/ipaddr.js
var require_ipaddr = __commonJS({
  "node_modules/ipaddr.js/lib/ipaddr.js"(exports, module) {
    (function(root) {
      "use strict";
      const ipv4Part = "(0?\\d+|0x[a-f0-9]+)";
      const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, "i"),
        longValue: new RegExp(`^${ipv4Part}$`, "i")
      };
      const octalRegex = new RegExp(`^0[0-7]+$`, "i");
      const hexRegex = new RegExp(`^0x[a-f0-9]+$`, "i");
      const zoneIndex = "%[0-9a-z]{1,}";
      const ipv6Part = "(?:[0-9a-f]+::?)+";
      const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, "i"),
        "native": new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, "i"),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, "i"),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, "i")
      };
      function expandIPv6(string, parts) {
        if (string.indexOf("::") !== string.lastIndexOf("::")) {
          return null;
        }
        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;
        if (zoneId) {
          zoneId = zoneId.substring(1);
          string = string.replace(/%.+$/, "");
        }
        while ((lastColon = string.indexOf(":", lastColon + 1)) >= 0) {
          colonCount++;
        }
        if (string.substr(0, 2) === "::") {
          colonCount--;
        }
        if (string.substr(-2, 2) === "::") {
          colonCount--;
        }
        if (colonCount >= parts) {
          return null;
        }
        replacementCount = parts - colonCount;
        replacement = ":";
        while (replacementCount--) {
          replacement += "0:";
        }
        string = string.replace("::", replacement);
        if (string[0] === ":") {
          string = string.slice(1);
        }
        if (string[string.length - 1] === ":") {
          string = string.slice(0, -1);
        }
        parts = (function() {
          const ref = string.split(":");
          const results = [];
          for (let i = 0; i < ref.length; i++) {
            results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
          }
          return results;
        })();
        return {
          parts,
          zoneId
        };
      }
      function matchCIDR(first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
          throw new Error("ipaddr: cannot match CIDR for objects with different lengths");
        }
        let part = 0;
        let shift;
        while (cidrBits > 0) {
          shift = partSize - cidrBits;
          if (shift < 0) {
            shift = 0;
          }
          if (first[part] >> shift !== second[part] >> shift) {
            return false;
          }
          cidrBits -= partSize;
          part += 1;
        }
        return true;
      }
      function parseIntAuto(string) {
        if (hexRegex.test(string)) {
          return parseInt(string, 16);
        }
        if (string[0] === "0" && !isNaN(parseInt(string[1], 10))) {
          if (octalRegex.test(string)) {
            return parseInt(string, 8);
          }
          throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        return parseInt(string, 10);
      }
      function padPart(part, length) {
        while (part.length < length) {
          part = `0${part}`;
        }
        return part;
      }
      const ipaddr3 = {};
      ipaddr3.IPv4 = (function() {
        function IPv4(octets) {
          if (octets.length !== 4) {
            throw new Error("ipaddr: ipv4 octet count should be 4");
          }
          let i, octet;
          for (i = 0; i < octets.length; i++) {
            octet = octets[i];
            if (!(0 <= octet && octet <= 255)) {
              throw new Error("ipaddr: ipv4 octet should fit in 8 bits");
            }
          }
          this.octets = octets;
        }
        IPv4.prototype.SpecialRanges = {
          unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
          broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
          // RFC3171
          multicast: [[new IPv4([224, 0, 0, 0]), 4]],
          // RFC3927
          linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
          // RFC5735
          loopback: [[new IPv4([127, 0, 0, 0]), 8]],
          // RFC6598
          carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
          // RFC1918
          "private": [
            [new IPv4([10, 0, 0, 0]), 8],
            [new IPv4([172, 16, 0, 0]), 12],
            [new IPv4([192, 168, 0, 0]), 16]
          ],
          // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
          reserved: [
            [new IPv4([192, 0, 0, 0]), 24],
            [new IPv4([192, 0, 2, 0]), 24],
            [new IPv4([192, 88, 99, 0]), 24],
            [new IPv4([198, 18, 0, 0]), 15],
            [new IPv4([198, 51, 100, 0]), 24],
            [new IPv4([203, 0, 113, 0]), 24],
            [new IPv4([240, 0, 0, 0]), 4]
          ],
          // RFC7534, RFC7535
          as112: [
            [new IPv4([192, 175, 48, 0]), 24],
            [new IPv4([192, 31, 196, 0]), 24]
          ],
          // RFC7450
          amt: [
            [new IPv4([192, 52, 193, 0]), 24]
          ]
        };
        IPv4.prototype.kind = function() {
          return "ipv4";
        };
        IPv4.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv4") {
            throw new Error("ipaddr: cannot match ipv4 address with non-ipv4 one");
          }
          return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };
        IPv4.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 8,
            128: 7,
            192: 6,
            224: 5,
            240: 4,
            248: 3,
            252: 2,
            254: 1,
            255: 0
          };
          let i, octet, zeros;
          for (i = 3; i >= 0; i -= 1) {
            octet = this.octets[i];
            if (octet in zerotable) {
              zeros = zerotable[octet];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 8) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 32 - cidr;
        };
        IPv4.prototype.range = function() {
          return ipaddr3.subnetMatch(this, this.SpecialRanges);
        };
        IPv4.prototype.toByteArray = function() {
          return this.octets.slice(0);
        };
        IPv4.prototype.toIPv4MappedAddress = function() {
          return ipaddr3.IPv6.parse(`::ffff:${this.toString()}`);
        };
        IPv4.prototype.toNormalizedString = function() {
          return this.toString();
        };
        IPv4.prototype.toString = function() {
          return this.octets.join(".");
        };
        return IPv4;
      })();
      ipaddr3.IPv4.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr3.IPv4.isIPv4 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr3.IPv4.isValid = function(string) {
        try {
          new this(this.parser(string));
          return true;
        } catch {
          return false;
        }
      };
      ipaddr3.IPv4.isValidCIDR = function(string) {
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr3.IPv4.isValidFourPartDecimal = function(string) {
        if (ipaddr3.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
          return true;
        } else {
          return false;
        }
      };
      ipaddr3.IPv4.isValidCIDRFourPartDecimal = function(string) {
        const match = string.match(/^(.+)\/(\d+)$/);
        if (!ipaddr3.IPv4.isValidCIDR(string) || !match) {
          return false;
        }
        return ipaddr3.IPv4.isValidFourPartDecimal(match[1]);
      };
      ipaddr3.IPv4.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr3.IPv4.parse = function(string) {
        const parts = this.parser(string);
        if (parts === null) {
          throw new Error("ipaddr: string is not formatted like an IPv4 Address");
        }
        return new this(parts);
      };
      ipaddr3.IPv4.parseCIDR = function(string) {
        let match;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          const maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 32) {
            const parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv4 CIDR range");
      };
      ipaddr3.IPv4.parser = function(string) {
        let match, part, value;
        if (match = string.match(ipv4Regexes.fourOctet)) {
          return (function() {
            const ref = match.slice(1, 6);
            const results = [];
            for (let i = 0; i < ref.length; i++) {
              part = ref[i];
              results.push(parseIntAuto(part));
            }
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.longValue)) {
          value = parseIntAuto(match[1]);
          if (value > 4294967295 || value < 0) {
            throw new Error("ipaddr: address outside defined range");
          }
          return (function() {
            const results = [];
            let shift;
            for (shift = 0; shift <= 24; shift += 8) {
              results.push(value >> shift & 255);
            }
            return results;
          })().reverse();
        } else if (match = string.match(ipv4Regexes.twoOctet)) {
          return (function() {
            const ref = match.slice(1, 4);
            const results = [];
            value = parseIntAuto(ref[1]);
            if (value > 16777215 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(value >> 16 & 255);
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.threeOctet)) {
          return (function() {
            const ref = match.slice(1, 5);
            const results = [];
            value = parseIntAuto(ref[2]);
            if (value > 65535 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(parseIntAuto(ref[1]));
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else {
          return null;
        }
      };
      ipaddr3.IPv4.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
          throw new Error("ipaddr: invalid IPv4 prefix length");
        }
        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 4) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr3.IPv6 = (function() {
        function IPv6(parts, zoneId) {
          let i, part;
          if (parts.length === 16) {
            this.parts = [];
            for (i = 0; i <= 14; i += 2) {
              this.parts.push(parts[i] << 8 | parts[i + 1]);
            }
          } else if (parts.length === 8) {
            this.parts = parts;
          } else {
            throw new Error("ipaddr: ipv6 part count should be 8 or 16");
          }
          for (i = 0; i < this.parts.length; i++) {
            part = this.parts[i];
            if (!(0 <= part && part <= 65535)) {
              throw new Error("ipaddr: ipv6 part should fit in 16 bits");
            }
          }
          if (zoneId) {
            this.zoneId = zoneId;
          }
        }
        IPv6.prototype.SpecialRanges = {
          // RFC4291, here and after
          unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
          linkLocal: [new IPv6([65152, 0, 0, 0, 0, 0, 0, 0]), 10],
          multicast: [new IPv6([65280, 0, 0, 0, 0, 0, 0, 0]), 8],
          loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
          uniqueLocal: [new IPv6([64512, 0, 0, 0, 0, 0, 0, 0]), 7],
          ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 65535, 0, 0]), 96],
          // RFC3879
          deprecatedSiteLocal: [new IPv6([65216, 0, 0, 0, 0, 0, 0, 0]), 10],
          // RFC6666
          discard: [new IPv6([256, 0, 0, 0, 0, 0, 0, 0]), 64],
          // RFC6145
          rfc6145: [new IPv6([0, 0, 0, 0, 65535, 0, 0, 0]), 96],
          rfc6052: [
            // RFC6052
            [new IPv6([100, 65435, 0, 0, 0, 0, 0, 0]), 96],
            // RFC8215
            [new IPv6([100, 65435, 1, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC3056
          "6to4": [new IPv6([8194, 0, 0, 0, 0, 0, 0, 0]), 16],
          // RFC6052, RFC6146
          teredo: [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 32],
          // RFC5180
          benchmarking: [new IPv6([8193, 2, 0, 0, 0, 0, 0, 0]), 48],
          // RFC7450
          amt: [new IPv6([8193, 3, 0, 0, 0, 0, 0, 0]), 32],
          as112v6: [
            // RFC7535
            [new IPv6([8193, 4, 274, 0, 0, 0, 0, 0]), 48],
            // RFC7534
            [new IPv6([9760, 79, 32768, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC4843
          deprecatedOrchid: [new IPv6([8193, 16, 0, 0, 0, 0, 0, 0]), 28],
          // RFC7343
          orchid2: [new IPv6([8193, 32, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9374
          droneRemoteIdProtocolEntityTags: [new IPv6([8193, 48, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9602
          segmentRouting: [new IPv6([24320, 0, 0, 0, 0, 0, 0, 0]), 16],
          reserved: [
            // RFC3849
            [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 23],
            // RFC2928
            [new IPv6([8193, 3512, 0, 0, 0, 0, 0, 0]), 32],
            // RFC9637
            [new IPv6([16383, 0, 0, 0, 0, 0, 0, 0]), 20]
          ]
        };
        IPv6.prototype.isIPv4MappedAddress = function() {
          return this.range() === "ipv4Mapped";
        };
        IPv6.prototype.kind = function() {
          return "ipv6";
        };
        IPv6.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv6") {
            throw new Error("ipaddr: cannot match ipv6 address with non-ipv6 one");
          }
          return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };
        IPv6.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 16,
            32768: 15,
            49152: 14,
            57344: 13,
            61440: 12,
            63488: 11,
            64512: 10,
            65024: 9,
            65280: 8,
            65408: 7,
            65472: 6,
            65504: 5,
            65520: 4,
            65528: 3,
            65532: 2,
            65534: 1,
            65535: 0
          };
          let part, zeros;
          for (let i = 7; i >= 0; i -= 1) {
            part = this.parts[i];
            if (part in zerotable) {
              zeros = zerotable[part];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 16) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 128 - cidr;
        };
        IPv6.prototype.range = function() {
          return ipaddr3.subnetMatch(this, this.SpecialRanges);
        };
        IPv6.prototype.toByteArray = function() {
          let part;
          const bytes = [];
          const ref = this.parts;
          for (let i = 0; i < ref.length; i++) {
            part = ref[i];
            bytes.push(part >> 8);
            bytes.push(part & 255);
          }
          return bytes;
        };
        IPv6.prototype.toFixedLengthString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(padPart(this.parts[i].toString(16), 4));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toIPv4Address = function() {
          if (!this.isIPv4MappedAddress()) {
            throw new Error("ipaddr: trying to convert a generic ipv6 address to ipv4");
          }
          const ref = this.parts.slice(-2);
          const high = ref[0];
          const low = ref[1];
          return new ipaddr3.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
        };
        IPv6.prototype.toNormalizedString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(this.parts[i].toString(16));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toRFC5952String = function() {
          const regex = /((^|:)(0(:|$)){2,})/g;
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          const normalized = this.toNormalizedString();
          const string = normalized.slice(0, normalized.length - suffix.length);
          let bestMatchIndex = 0;
          let bestMatchLength = -1;
          let bestMatchGroups = -1;
          let match;
          while (match = regex.exec(string)) {
            const groups = (match[0].match(/0/g) || []).length;
            if (groups > bestMatchGroups) {
              bestMatchGroups = groups;
              bestMatchIndex = match.index;
              bestMatchLength = match[0].length;
            }
          }
          if (bestMatchLength < 0) {
            return string + suffix;
          }
          return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };
        IPv6.prototype.toString = function() {
          return this.toRFC5952String();
        };
        return IPv6;
      })();
      ipaddr3.IPv6.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr3.IPv6.isIPv6 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr3.IPv6.isValid = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          const addr = this.parser(string);
          new this(addr.parts, addr.zoneId);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr3.IPv6.isValidCIDR = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr3.IPv6.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr3.IPv6.parse = function(string) {
        const addr = this.parser(string);
        if (addr === null) {
          throw new Error("ipaddr: string is not formatted like an IPv6 Address");
        }
        return new this(addr.parts, addr.zoneId);
      };
      ipaddr3.IPv6.parseCIDR = function(string) {
        let maskLength, match, parsed;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 128) {
            parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv6 CIDR range");
      };
      ipaddr3.IPv6.parser = function(string) {
        let addr, i, match, octet, octets, zoneId;
        if (match = string.match(ipv6Regexes.deprecatedTransitional)) {
          return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
          return expandIPv6(string, 8);
        }
        if (match = string.match(ipv6Regexes.transitional)) {
          zoneId = match[6] || "";
          addr = match[1];
          if (!match[1].endsWith("::")) {
            addr = addr.slice(0, -1);
          }
          addr = expandIPv6(addr + zoneId, 6);
          if (addr && addr.parts) {
            octets = [
              parseInt(match[2]),
              parseInt(match[3]),
              parseInt(match[4]),
              parseInt(match[5])
            ];
            for (i = 0; i < octets.length; i++) {
              octet = octets[i];
              if (!(0 <= octet && octet <= 255)) {
                return null;
              }
            }
            addr.parts.push(octets[0] << 8 | octets[1]);
            addr.parts.push(octets[2] << 8 | octets[3]);
            return {
              parts: addr.parts,
              zoneId: addr.zoneId
            };
          }
        }
        return null;
      };
      ipaddr3.IPv6.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
          throw new Error("ipaddr: invalid IPv6 prefix length");
        }
        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 16) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr3.fromByteArray = function(bytes) {
        const length = bytes.length;
        if (length === 4) {
          return new ipaddr3.IPv4(bytes);
        } else if (length === 16) {
          return new ipaddr3.IPv6(bytes);
        } else {
          throw new Error("ipaddr: the binary input is neither an IPv6 nor IPv4 address");
        }
      };
      ipaddr3.isValid = function(string) {
        return ipaddr3.IPv6.isValid(string) || ipaddr3.IPv4.isValid(string);
      };
      ipaddr3.isValidCIDR = function(string) {
        return ipaddr3.IPv6.isValidCIDR(string) || ipaddr3.IPv4.isValidCIDR(string);
      };
      ipaddr3.parse = function(string) {
        if (ipaddr3.IPv6.isValid(string)) {
          return ipaddr3.IPv6.parse(string);
        } else if (ipaddr3.IPv4.isValid(string)) {
          return ipaddr3.IPv4.parse(string);
        } else {
          throw new Error("ipaddr: the address has neither IPv6 nor IPv4 format");
        }
      };
      ipaddr3.parseCIDR = function(string) {
        try {
          return ipaddr3.IPv6.parseCIDR(string);
        } catch {
          try {
            return ipaddr3.IPv4.parseCIDR(string);
          } catch (e) {
            throw new Error("ipaddr: the address has neither IPv6 nor IPv4 CIDR format", { cause: e });
          }
        }
      };
      ipaddr3.process = function(string) {
        const addr = this.parse(string);
        if (addr.kind() === "ipv6" && addr.isIPv4MappedAddress()) {
          return addr.toIPv4Address();
        } else {
          return addr;
        }
      };
      ipaddr3.subnetMatch = function(address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;
        if (defaultName === void 0 || defaultName === null) {
          defaultName = "unicast";
        }
        for (rangeName in rangeList) {
          if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
            rangeSubnets = rangeList[rangeName];
            if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
              rangeSubnets = [rangeSubnets];
            }
            for (i = 0; i < rangeSubnets.length; i++) {
              subnet = rangeSubnets[i];
              if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                return rangeName;
              }
            }
          }
        }
        return defaultName;
      };
      if (typeof module !== "undefined" && module.exports) {
        module.exports = ipaddr3;
      } else {
        root.ipaddr = ipaddr3;
      }
    })(exports);
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar4(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar4;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path6) {
      const ctrl = callVisitor(key, node, visitor, path6);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path6, ctrl);
        return visit_(key, ctrl, visitor, path6);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path6 = Object.freeze(path6.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path6);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path6 = Object.freeze(path6.concat(node));
          const ck = visit_("key", node.key, visitor, path6);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path6);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path6) {
      const ctrl = await callVisitor(key, node, visitor, path6);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path6, ctrl);
        return visitAsync_(key, ctrl, visitor, path6);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path6 = Object.freeze(path6.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path6);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path6 = Object.freeze(path6.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path6);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path6);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path6) {
      if (typeof visitor === "function")
        return visitor(key, node, path6);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path6);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path6);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path6);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path6);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path6);
      return void 0;
    }
    function replaceNode(key, path6, node) {
      const parent = path6[path6.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path6, value) {
      let v = value;
      for (let i = path6.length - 1; i >= 0; --i) {
        const k = path6[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path6) => path6 == null || typeof path6 === "object" && !!path6[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path6, value) {
        if (isEmptyPath(path6))
          this.add(value);
        else {
          const [key, ...rest] = path6;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path6) {
        const [key, ...rest] = path6;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path6, keepScalar) {
        const [key, ...rest] = path6;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path6) {
        const [key, ...rest] = path6;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path6, value) {
        const [key, ...rest] = path6;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap2 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap2;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap2 = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap2.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap2.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap2.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap2.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap2.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap2.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap2.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap2.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap2.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap2.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap2.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path6, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path6, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path6) {
        if (Collection.isEmptyPath(path6)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path6) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path6, keepScalar) {
        if (Collection.isEmptyPath(path6))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path6, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path6) {
        if (Collection.isEmptyPath(path6))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path6) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path6, value) {
        if (Collection.isEmptyPath(path6)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path6), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path6, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys: uniqueKeys2 } = ctx.options;
      if (uniqueKeys2 === false)
        return false;
      const isEqual = typeof uniqueKeys2 === "function" ? uniqueKeys2 : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap2.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap2.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap2.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap2.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path6) => {
      let item = cst;
      for (const [field, index] of path6) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path6) => {
      const parent = visit2.itemAtPath(cst, path6.slice(0, -1));
      const field = path6[path6.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path6, item, visitor) {
      let ctrl = visitor(item, path6);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path6.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path6);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path6) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar4 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar4;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter4 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter4;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar2.end) {
            sep = scalar2.end;
            sep.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap2.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/dns-packet/types.js
var require_types = __commonJS({
  "node_modules/dns-packet/types.js"(exports) {
    "use strict";
    exports.toString = function(type) {
      switch (type) {
        case 1:
          return "A";
        case 10:
          return "NULL";
        case 28:
          return "AAAA";
        case 18:
          return "AFSDB";
        case 42:
          return "APL";
        case 257:
          return "CAA";
        case 60:
          return "CDNSKEY";
        case 59:
          return "CDS";
        case 37:
          return "CERT";
        case 5:
          return "CNAME";
        case 49:
          return "DHCID";
        case 32769:
          return "DLV";
        case 39:
          return "DNAME";
        case 48:
          return "DNSKEY";
        case 43:
          return "DS";
        case 55:
          return "HIP";
        case 13:
          return "HINFO";
        case 45:
          return "IPSECKEY";
        case 25:
          return "KEY";
        case 36:
          return "KX";
        case 29:
          return "LOC";
        case 15:
          return "MX";
        case 35:
          return "NAPTR";
        case 2:
          return "NS";
        case 47:
          return "NSEC";
        case 50:
          return "NSEC3";
        case 51:
          return "NSEC3PARAM";
        case 12:
          return "PTR";
        case 46:
          return "RRSIG";
        case 17:
          return "RP";
        case 24:
          return "SIG";
        case 6:
          return "SOA";
        case 99:
          return "SPF";
        case 33:
          return "SRV";
        case 44:
          return "SSHFP";
        case 32768:
          return "TA";
        case 249:
          return "TKEY";
        case 52:
          return "TLSA";
        case 250:
          return "TSIG";
        case 16:
          return "TXT";
        case 252:
          return "AXFR";
        case 251:
          return "IXFR";
        case 41:
          return "OPT";
        case 255:
          return "ANY";
      }
      return "UNKNOWN_" + type;
    };
    exports.toType = function(name) {
      switch (name.toUpperCase()) {
        case "A":
          return 1;
        case "NULL":
          return 10;
        case "AAAA":
          return 28;
        case "AFSDB":
          return 18;
        case "APL":
          return 42;
        case "CAA":
          return 257;
        case "CDNSKEY":
          return 60;
        case "CDS":
          return 59;
        case "CERT":
          return 37;
        case "CNAME":
          return 5;
        case "DHCID":
          return 49;
        case "DLV":
          return 32769;
        case "DNAME":
          return 39;
        case "DNSKEY":
          return 48;
        case "DS":
          return 43;
        case "HIP":
          return 55;
        case "HINFO":
          return 13;
        case "IPSECKEY":
          return 45;
        case "KEY":
          return 25;
        case "KX":
          return 36;
        case "LOC":
          return 29;
        case "MX":
          return 15;
        case "NAPTR":
          return 35;
        case "NS":
          return 2;
        case "NSEC":
          return 47;
        case "NSEC3":
          return 50;
        case "NSEC3PARAM":
          return 51;
        case "PTR":
          return 12;
        case "RRSIG":
          return 46;
        case "RP":
          return 17;
        case "SIG":
          return 24;
        case "SOA":
          return 6;
        case "SPF":
          return 99;
        case "SRV":
          return 33;
        case "SSHFP":
          return 44;
        case "TA":
          return 32768;
        case "TKEY":
          return 249;
        case "TLSA":
          return 52;
        case "TSIG":
          return 250;
        case "TXT":
          return 16;
        case "AXFR":
          return 252;
        case "IXFR":
          return 251;
        case "OPT":
          return 41;
        case "ANY":
          return 255;
        case "*":
          return 255;
      }
      if (name.toUpperCase().startsWith("UNKNOWN_")) return parseInt(name.slice(8));
      return 0;
    };
  }
});

// node_modules/dns-packet/rcodes.js
var require_rcodes = __commonJS({
  "node_modules/dns-packet/rcodes.js"(exports) {
    "use strict";
    exports.toString = function(rcode) {
      switch (rcode) {
        case 0:
          return "NOERROR";
        case 1:
          return "FORMERR";
        case 2:
          return "SERVFAIL";
        case 3:
          return "NXDOMAIN";
        case 4:
          return "NOTIMP";
        case 5:
          return "REFUSED";
        case 6:
          return "YXDOMAIN";
        case 7:
          return "YXRRSET";
        case 8:
          return "NXRRSET";
        case 9:
          return "NOTAUTH";
        case 10:
          return "NOTZONE";
        case 11:
          return "RCODE_11";
        case 12:
          return "RCODE_12";
        case 13:
          return "RCODE_13";
        case 14:
          return "RCODE_14";
        case 15:
          return "RCODE_15";
      }
      return "RCODE_" + rcode;
    };
    exports.toRcode = function(code) {
      switch (code.toUpperCase()) {
        case "NOERROR":
          return 0;
        case "FORMERR":
          return 1;
        case "SERVFAIL":
          return 2;
        case "NXDOMAIN":
          return 3;
        case "NOTIMP":
          return 4;
        case "REFUSED":
          return 5;
        case "YXDOMAIN":
          return 6;
        case "YXRRSET":
          return 7;
        case "NXRRSET":
          return 8;
        case "NOTAUTH":
          return 9;
        case "NOTZONE":
          return 10;
        case "RCODE_11":
          return 11;
        case "RCODE_12":
          return 12;
        case "RCODE_13":
          return 13;
        case "RCODE_14":
          return 14;
        case "RCODE_15":
          return 15;
      }
      return 0;
    };
  }
});

// node_modules/dns-packet/opcodes.js
var require_opcodes = __commonJS({
  "node_modules/dns-packet/opcodes.js"(exports) {
    "use strict";
    exports.toString = function(opcode) {
      switch (opcode) {
        case 0:
          return "QUERY";
        case 1:
          return "IQUERY";
        case 2:
          return "STATUS";
        case 3:
          return "OPCODE_3";
        case 4:
          return "NOTIFY";
        case 5:
          return "UPDATE";
        case 6:
          return "OPCODE_6";
        case 7:
          return "OPCODE_7";
        case 8:
          return "OPCODE_8";
        case 9:
          return "OPCODE_9";
        case 10:
          return "OPCODE_10";
        case 11:
          return "OPCODE_11";
        case 12:
          return "OPCODE_12";
        case 13:
          return "OPCODE_13";
        case 14:
          return "OPCODE_14";
        case 15:
          return "OPCODE_15";
      }
      return "OPCODE_" + opcode;
    };
    exports.toOpcode = function(code) {
      switch (code.toUpperCase()) {
        case "QUERY":
          return 0;
        case "IQUERY":
          return 1;
        case "STATUS":
          return 2;
        case "OPCODE_3":
          return 3;
        case "NOTIFY":
          return 4;
        case "UPDATE":
          return 5;
        case "OPCODE_6":
          return 6;
        case "OPCODE_7":
          return 7;
        case "OPCODE_8":
          return 8;
        case "OPCODE_9":
          return 9;
        case "OPCODE_10":
          return 10;
        case "OPCODE_11":
          return 11;
        case "OPCODE_12":
          return 12;
        case "OPCODE_13":
          return 13;
        case "OPCODE_14":
          return 14;
        case "OPCODE_15":
          return 15;
      }
      return 0;
    };
  }
});

// node_modules/dns-packet/classes.js
var require_classes = __commonJS({
  "node_modules/dns-packet/classes.js"(exports) {
    "use strict";
    exports.toString = function(klass) {
      switch (klass) {
        case 1:
          return "IN";
        case 2:
          return "CS";
        case 3:
          return "CH";
        case 4:
          return "HS";
        case 255:
          return "ANY";
      }
      return "UNKNOWN_" + klass;
    };
    exports.toClass = function(name) {
      switch (name.toUpperCase()) {
        case "IN":
          return 1;
        case "CS":
          return 2;
        case "CH":
          return 3;
        case "HS":
          return 4;
        case "ANY":
          return 255;
      }
      return 0;
    };
  }
});

// node_modules/dns-packet/optioncodes.js
var require_optioncodes = __commonJS({
  "node_modules/dns-packet/optioncodes.js"(exports) {
    "use strict";
    exports.toString = function(type) {
      switch (type) {
        // list at
        // https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-11
        case 1:
          return "LLQ";
        case 2:
          return "UL";
        case 3:
          return "NSID";
        case 5:
          return "DAU";
        case 6:
          return "DHU";
        case 7:
          return "N3U";
        case 8:
          return "CLIENT_SUBNET";
        case 9:
          return "EXPIRE";
        case 10:
          return "COOKIE";
        case 11:
          return "TCP_KEEPALIVE";
        case 12:
          return "PADDING";
        case 13:
          return "CHAIN";
        case 14:
          return "KEY_TAG";
        case 26946:
          return "DEVICEID";
      }
      if (type < 0) {
        return null;
      }
      return `OPTION_${type}`;
    };
    exports.toCode = function(name) {
      if (typeof name === "number") {
        return name;
      }
      if (!name) {
        return -1;
      }
      switch (name.toUpperCase()) {
        case "OPTION_0":
          return 0;
        case "LLQ":
          return 1;
        case "UL":
          return 2;
        case "NSID":
          return 3;
        case "OPTION_4":
          return 4;
        case "DAU":
          return 5;
        case "DHU":
          return 6;
        case "N3U":
          return 7;
        case "CLIENT_SUBNET":
          return 8;
        case "EXPIRE":
          return 9;
        case "COOKIE":
          return 10;
        case "TCP_KEEPALIVE":
          return 11;
        case "PADDING":
          return 12;
        case "CHAIN":
          return 13;
        case "KEY_TAG":
          return 14;
        case "DEVICEID":
          return 26946;
        case "OPTION_65535":
          return 65535;
      }
      const m = name.match(/_(\d+)$/);
      if (m) {
        return parseInt(m[1], 10);
      }
      return -1;
    };
  }
});

// node_modules/@leichtgewicht/ip-codec/index.cjs
var require_ip_codec = __commonJS({
  "node_modules/@leichtgewicht/ip-codec/index.cjs"(exports, module) {
    var ipCodec = (function(exports2) {
      "use strict";
      Object.defineProperty(exports2, "__esModule", {
        value: true
      });
      exports2.decode = decode;
      exports2.encode = encode;
      exports2.familyOf = familyOf;
      exports2.name = void 0;
      exports2.sizeOf = sizeOf;
      exports2.v6 = exports2.v4 = void 0;
      const v4Regex = /^(\d{1,3}\.){3,3}\d{1,3}$/;
      const v4Size = 4;
      const v6Regex = /^(::)?(((\d{1,3}\.){3}(\d{1,3}){1})?([0-9a-f]){0,4}:{0,2}){1,8}(::)?$/i;
      const v6Size = 16;
      const v4 = {
        name: "v4",
        size: v4Size,
        isFormat: (ip) => v4Regex.test(ip),
        encode(ip, buff, offset) {
          offset = ~~offset;
          buff = buff || new Uint8Array(offset + v4Size);
          const max = ip.length;
          let n = 0;
          for (let i = 0; i < max; ) {
            const c = ip.charCodeAt(i++);
            if (c === 46) {
              buff[offset++] = n;
              n = 0;
            } else {
              n = n * 10 + (c - 48);
            }
          }
          buff[offset] = n;
          return buff;
        },
        decode(buff, offset) {
          offset = ~~offset;
          return `${buff[offset++]}.${buff[offset++]}.${buff[offset++]}.${buff[offset]}`;
        }
      };
      exports2.v4 = v4;
      const v6 = {
        name: "v6",
        size: v6Size,
        isFormat: (ip) => ip.length > 0 && v6Regex.test(ip),
        encode(ip, buff, offset) {
          offset = ~~offset;
          let end = offset + v6Size;
          let fill = -1;
          let hexN = 0;
          let decN = 0;
          let prevColon = true;
          let useDec = false;
          buff = buff || new Uint8Array(offset + v6Size);
          for (let i = 0; i < ip.length; i++) {
            let c = ip.charCodeAt(i);
            if (c === 58) {
              if (prevColon) {
                if (fill !== -1) {
                  if (offset < end) buff[offset] = 0;
                  if (offset < end - 1) buff[offset + 1] = 0;
                  offset += 2;
                } else if (offset < end) {
                  fill = offset;
                }
              } else {
                if (useDec === true) {
                  if (offset < end) buff[offset] = decN;
                  offset++;
                } else {
                  if (offset < end) buff[offset] = hexN >> 8;
                  if (offset < end - 1) buff[offset + 1] = hexN & 255;
                  offset += 2;
                }
                hexN = 0;
                decN = 0;
              }
              prevColon = true;
              useDec = false;
            } else if (c === 46) {
              if (offset < end) buff[offset] = decN;
              offset++;
              decN = 0;
              hexN = 0;
              prevColon = false;
              useDec = true;
            } else {
              prevColon = false;
              if (c >= 97) {
                c -= 87;
              } else if (c >= 65) {
                c -= 55;
              } else {
                c -= 48;
                decN = decN * 10 + c;
              }
              hexN = (hexN << 4) + c;
            }
          }
          if (prevColon === false) {
            if (useDec === true) {
              if (offset < end) buff[offset] = decN;
              offset++;
            } else {
              if (offset < end) buff[offset] = hexN >> 8;
              if (offset < end - 1) buff[offset + 1] = hexN & 255;
              offset += 2;
            }
          } else if (fill === 0) {
            if (offset < end) buff[offset] = 0;
            if (offset < end - 1) buff[offset + 1] = 0;
            offset += 2;
          } else if (fill !== -1) {
            offset += 2;
            for (let i = Math.min(offset - 1, end - 1); i >= fill + 2; i--) {
              buff[i] = buff[i - 2];
            }
            buff[fill] = 0;
            buff[fill + 1] = 0;
            fill = offset;
          }
          if (fill !== offset && fill !== -1) {
            if (offset > end - 2) {
              offset = end - 2;
            }
            while (end > fill) {
              buff[--end] = offset < end && offset > fill ? buff[--offset] : 0;
            }
          } else {
            while (offset < end) {
              buff[offset++] = 0;
            }
          }
          return buff;
        },
        decode(buff, offset) {
          offset = ~~offset;
          let result2 = "";
          for (let i = 0; i < v6Size; i += 2) {
            if (i !== 0) {
              result2 += ":";
            }
            result2 += (buff[offset + i] << 8 | buff[offset + i + 1]).toString(16);
          }
          return result2.replace(/(^|:)0(:0)*:0(:|$)/, "$1::$3").replace(/:{3,4}/, "::");
        }
      };
      exports2.v6 = v6;
      const name = "ip";
      exports2.name = name;
      function sizeOf(ip) {
        if (v4.isFormat(ip)) return v4.size;
        if (v6.isFormat(ip)) return v6.size;
        throw Error(`Invalid ip address: ${ip}`);
      }
      function familyOf(string) {
        return sizeOf(string) === v4.size ? 1 : 2;
      }
      function encode(ip, buff, offset) {
        offset = ~~offset;
        const size = sizeOf(ip);
        if (typeof buff === "function") {
          buff = buff(offset + size);
        }
        if (size === v4.size) {
          return v4.encode(ip, buff, offset);
        }
        return v6.encode(ip, buff, offset);
      }
      function decode(buff, offset, length) {
        offset = ~~offset;
        length = length || buff.length - offset;
        if (length === v4.size) {
          return v4.decode(buff, offset, length);
        }
        if (length === v6.size) {
          return v6.decode(buff, offset, length);
        }
        throw Error(`Invalid buffer size needs to be ${v4.size} for v4 or ${v6.size} for v6.`);
      }
      return "default" in exports2 ? exports2.default : exports2;
    })({});
    if (typeof define === "function" && define.amd) define([], function() {
      return ipCodec;
    });
    else if (typeof module === "object" && typeof exports === "object") module.exports = ipCodec;
  }
});

// node_modules/dns-packet/index.js
var require_dns_packet = __commonJS({
  "node_modules/dns-packet/index.js"(exports) {
    "use strict";
    var Buffer2 = __require("buffer").Buffer;
    var types = require_types();
    var rcodes = require_rcodes();
    var opcodes = require_opcodes();
    var classes = require_classes();
    var optioncodes = require_optioncodes();
    var ip = require_ip_codec();
    var QUERY_FLAG = 0;
    var RESPONSE_FLAG = 1 << 15;
    var FLUSH_MASK = 1 << 15;
    var NOT_FLUSH_MASK = ~FLUSH_MASK;
    var QU_MASK = 1 << 15;
    var NOT_QU_MASK = ~QU_MASK;
    var name = exports.name = {};
    name.encode = function(str, buf, offset, { mail = false } = {}) {
      if (!buf) buf = Buffer2.alloc(name.encodingLength(str));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const n = str.replace(/^\.|\.$/gm, "");
      if (n.length) {
        let list = [];
        if (mail) {
          let localPart = "";
          n.split(".").forEach((label2) => {
            if (label2.endsWith("\\")) {
              localPart += (localPart.length ? "." : "") + label2.slice(0, -1);
            } else {
              if (list.length === 0 && localPart.length) {
                list.push(localPart + "." + label2);
              } else {
                list.push(label2);
              }
            }
          });
        } else {
          list = n.split(".");
        }
        for (let i = 0; i < list.length; i++) {
          const len = buf.write(list[i], offset + 1);
          buf[offset] = len;
          offset += len + 1;
        }
      }
      buf[offset++] = 0;
      name.encode.bytes = offset - oldOffset;
      return buf;
    };
    name.encode.bytes = 0;
    name.decode = function(buf, offset, { mail = false } = {}) {
      if (!offset) offset = 0;
      const list = [];
      let oldOffset = offset;
      let totalLength = 0;
      let consumedBytes = 0;
      let jumped = false;
      while (true) {
        if (offset >= buf.length) {
          throw new Error("Cannot decode name (buffer overflow)");
        }
        const len = buf[offset++];
        consumedBytes += jumped ? 0 : 1;
        if (len === 0) {
          break;
        } else if ((len & 192) === 0) {
          if (offset + len > buf.length) {
            throw new Error("Cannot decode name (buffer overflow)");
          }
          totalLength += len + 1;
          if (totalLength > 254) {
            throw new Error("Cannot decode name (name too long)");
          }
          let label2 = buf.toString("utf-8", offset, offset + len);
          if (mail) {
            label2 = label2.replace(/\./g, "\\.");
          }
          list.push(label2);
          offset += len;
          consumedBytes += jumped ? 0 : len;
        } else if ((len & 192) === 192) {
          if (offset + 1 > buf.length) {
            throw new Error("Cannot decode name (buffer overflow)");
          }
          const jumpOffset = buf.readUInt16BE(offset - 1) - 49152;
          if (jumpOffset >= oldOffset) {
            throw new Error("Cannot decode name (bad pointer)");
          }
          offset = jumpOffset;
          oldOffset = jumpOffset;
          consumedBytes += jumped ? 0 : 1;
          jumped = true;
        } else {
          throw new Error("Cannot decode name (bad label)");
        }
      }
      name.decode.bytes = consumedBytes;
      return list.length === 0 ? "." : list.join(".");
    };
    name.decode.bytes = 0;
    name.encodingLength = function(n) {
      if (n === "." || n === "..") return 1;
      return Buffer2.byteLength(n.replace(/^\.|\.$/gm, "")) + 2;
    };
    var string = {};
    string.encode = function(s, buf, offset) {
      if (!buf) buf = Buffer2.alloc(string.encodingLength(s));
      if (!offset) offset = 0;
      const len = buf.write(s, offset + 1);
      buf[offset] = len;
      string.encode.bytes = len + 1;
      return buf;
    };
    string.encode.bytes = 0;
    string.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf[offset];
      const s = buf.toString("utf-8", offset + 1, offset + 1 + len);
      string.decode.bytes = len + 1;
      return s;
    };
    string.decode.bytes = 0;
    string.encodingLength = function(s) {
      return Buffer2.byteLength(s) + 1;
    };
    var header = {};
    header.encode = function(h, buf, offset) {
      if (!buf) buf = header.encodingLength(h);
      if (!offset) offset = 0;
      const flags = (h.flags || 0) & 32767;
      const type = h.type === "response" ? RESPONSE_FLAG : QUERY_FLAG;
      buf.writeUInt16BE(h.id || 0, offset);
      buf.writeUInt16BE(flags | type, offset + 2);
      buf.writeUInt16BE(h.questions.length, offset + 4);
      buf.writeUInt16BE(h.answers.length, offset + 6);
      buf.writeUInt16BE(h.authorities.length, offset + 8);
      buf.writeUInt16BE(h.additionals.length, offset + 10);
      return buf;
    };
    header.encode.bytes = 12;
    header.decode = function(buf, offset) {
      if (!offset) offset = 0;
      if (buf.length < 12) throw new Error("Header must be 12 bytes");
      const flags = buf.readUInt16BE(offset + 2);
      return {
        id: buf.readUInt16BE(offset),
        type: flags & RESPONSE_FLAG ? "response" : "query",
        flags: flags & 32767,
        flag_qr: (flags >> 15 & 1) === 1,
        opcode: opcodes.toString(flags >> 11 & 15),
        flag_aa: (flags >> 10 & 1) === 1,
        flag_tc: (flags >> 9 & 1) === 1,
        flag_rd: (flags >> 8 & 1) === 1,
        flag_ra: (flags >> 7 & 1) === 1,
        flag_z: (flags >> 6 & 1) === 1,
        flag_ad: (flags >> 5 & 1) === 1,
        flag_cd: (flags >> 4 & 1) === 1,
        rcode: rcodes.toString(flags & 15),
        questions: new Array(buf.readUInt16BE(offset + 4)),
        answers: new Array(buf.readUInt16BE(offset + 6)),
        authorities: new Array(buf.readUInt16BE(offset + 8)),
        additionals: new Array(buf.readUInt16BE(offset + 10))
      };
    };
    header.decode.bytes = 12;
    header.encodingLength = function() {
      return 12;
    };
    var runknown = exports.unknown = {};
    runknown.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(runknown.encodingLength(data));
      if (!offset) offset = 0;
      buf.writeUInt16BE(data.length, offset);
      data.copy(buf, offset + 2);
      runknown.encode.bytes = data.length + 2;
      return buf;
    };
    runknown.encode.bytes = 0;
    runknown.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      const data = buf.slice(offset + 2, offset + 2 + len);
      runknown.decode.bytes = len + 2;
      return data;
    };
    runknown.decode.bytes = 0;
    runknown.encodingLength = function(data) {
      return data.length + 2;
    };
    var rns = exports.ns = {};
    rns.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rns.encodingLength(data));
      if (!offset) offset = 0;
      name.encode(data, buf, offset + 2);
      buf.writeUInt16BE(name.encode.bytes, offset);
      rns.encode.bytes = name.encode.bytes + 2;
      return buf;
    };
    rns.encode.bytes = 0;
    rns.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      const dd = name.decode(buf, offset + 2);
      rns.decode.bytes = len + 2;
      return dd;
    };
    rns.decode.bytes = 0;
    rns.encodingLength = function(data) {
      return name.encodingLength(data) + 2;
    };
    var rsoa = exports.soa = {};
    rsoa.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rsoa.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      name.encode(data.mname, buf, offset);
      offset += name.encode.bytes;
      name.encode(data.rname, buf, offset, { mail: true });
      offset += name.encode.bytes;
      buf.writeUInt32BE(data.serial || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.refresh || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.retry || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.expire || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.minimum || 0, offset);
      offset += 4;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rsoa.encode.bytes = offset - oldOffset;
      return buf;
    };
    rsoa.encode.bytes = 0;
    rsoa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.mname = name.decode(buf, offset);
      offset += name.decode.bytes;
      data.rname = name.decode(buf, offset, { mail: true });
      offset += name.decode.bytes;
      data.serial = buf.readUInt32BE(offset);
      offset += 4;
      data.refresh = buf.readUInt32BE(offset);
      offset += 4;
      data.retry = buf.readUInt32BE(offset);
      offset += 4;
      data.expire = buf.readUInt32BE(offset);
      offset += 4;
      data.minimum = buf.readUInt32BE(offset);
      offset += 4;
      rsoa.decode.bytes = offset - oldOffset;
      return data;
    };
    rsoa.decode.bytes = 0;
    rsoa.encodingLength = function(data) {
      return 22 + name.encodingLength(data.mname) + name.encodingLength(data.rname);
    };
    var rtxt = exports.txt = {};
    rtxt.encode = function(data, buf, offset) {
      if (!Array.isArray(data)) data = [data];
      for (let i = 0; i < data.length; i++) {
        if (typeof data[i] === "string") {
          data[i] = Buffer2.from(data[i]);
        }
        if (!Buffer2.isBuffer(data[i])) {
          throw new Error("Must be a Buffer");
        }
      }
      if (!buf) buf = Buffer2.alloc(rtxt.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      data.forEach(function(d) {
        buf[offset++] = d.length;
        d.copy(buf, offset, 0, d.length);
        offset += d.length;
      });
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rtxt.encode.bytes = offset - oldOffset;
      return buf;
    };
    rtxt.encode.bytes = 0;
    rtxt.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      let remaining = buf.readUInt16BE(offset);
      offset += 2;
      let data = [];
      while (remaining > 0) {
        const len = buf[offset++];
        --remaining;
        if (remaining < len) {
          throw new Error("Buffer overflow");
        }
        data.push(buf.slice(offset, offset + len));
        offset += len;
        remaining -= len;
      }
      rtxt.decode.bytes = offset - oldOffset;
      return data;
    };
    rtxt.decode.bytes = 0;
    rtxt.encodingLength = function(data) {
      if (!Array.isArray(data)) data = [data];
      let length = 2;
      data.forEach(function(buf) {
        if (typeof buf === "string") {
          length += Buffer2.byteLength(buf) + 1;
        } else {
          length += buf.length + 1;
        }
      });
      return length;
    };
    var rnull = exports.null = {};
    rnull.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnull.encodingLength(data));
      if (!offset) offset = 0;
      if (typeof data === "string") data = Buffer2.from(data);
      if (!data) data = Buffer2.alloc(0);
      const oldOffset = offset;
      offset += 2;
      const len = data.length;
      data.copy(buf, offset, 0, len);
      offset += len;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rnull.encode.bytes = offset - oldOffset;
      return buf;
    };
    rnull.encode.bytes = 0;
    rnull.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const len = buf.readUInt16BE(offset);
      offset += 2;
      const data = buf.slice(offset, offset + len);
      offset += len;
      rnull.decode.bytes = offset - oldOffset;
      return data;
    };
    rnull.decode.bytes = 0;
    rnull.encodingLength = function(data) {
      if (!data) return 2;
      return (Buffer2.isBuffer(data) ? data.length : Buffer2.byteLength(data)) + 2;
    };
    var rhinfo = exports.hinfo = {};
    rhinfo.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rhinfo.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      string.encode(data.cpu, buf, offset);
      offset += string.encode.bytes;
      string.encode(data.os, buf, offset);
      offset += string.encode.bytes;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rhinfo.encode.bytes = offset - oldOffset;
      return buf;
    };
    rhinfo.encode.bytes = 0;
    rhinfo.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.cpu = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.os = string.decode(buf, offset);
      offset += string.decode.bytes;
      rhinfo.decode.bytes = offset - oldOffset;
      return data;
    };
    rhinfo.decode.bytes = 0;
    rhinfo.encodingLength = function(data) {
      return string.encodingLength(data.cpu) + string.encodingLength(data.os) + 2;
    };
    var rptr = exports.ptr = {};
    var rcname = exports.cname = rptr;
    var rdname = exports.dname = rptr;
    rptr.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rptr.encodingLength(data));
      if (!offset) offset = 0;
      name.encode(data, buf, offset + 2);
      buf.writeUInt16BE(name.encode.bytes, offset);
      rptr.encode.bytes = name.encode.bytes + 2;
      return buf;
    };
    rptr.encode.bytes = 0;
    rptr.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const data = name.decode(buf, offset + 2);
      rptr.decode.bytes = name.decode.bytes + 2;
      return data;
    };
    rptr.decode.bytes = 0;
    rptr.encodingLength = function(data) {
      return name.encodingLength(data) + 2;
    };
    var rsrv = exports.srv = {};
    rsrv.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rsrv.encodingLength(data));
      if (!offset) offset = 0;
      buf.writeUInt16BE(data.priority || 0, offset + 2);
      buf.writeUInt16BE(data.weight || 0, offset + 4);
      buf.writeUInt16BE(data.port || 0, offset + 6);
      name.encode(data.target, buf, offset + 8);
      const len = name.encode.bytes + 6;
      buf.writeUInt16BE(len, offset);
      rsrv.encode.bytes = len + 2;
      return buf;
    };
    rsrv.encode.bytes = 0;
    rsrv.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      const data = {};
      data.priority = buf.readUInt16BE(offset + 2);
      data.weight = buf.readUInt16BE(offset + 4);
      data.port = buf.readUInt16BE(offset + 6);
      data.target = name.decode(buf, offset + 8);
      rsrv.decode.bytes = len + 2;
      return data;
    };
    rsrv.decode.bytes = 0;
    rsrv.encodingLength = function(data) {
      return 8 + name.encodingLength(data.target);
    };
    var rcaa = exports.caa = {};
    rcaa.ISSUER_CRITICAL = 1 << 7;
    rcaa.encode = function(data, buf, offset) {
      const len = rcaa.encodingLength(data);
      if (!buf) buf = Buffer2.alloc(rcaa.encodingLength(data));
      if (!offset) offset = 0;
      if (data.issuerCritical) {
        data.flags = rcaa.ISSUER_CRITICAL;
      }
      buf.writeUInt16BE(len - 2, offset);
      offset += 2;
      buf.writeUInt8(data.flags || 0, offset);
      offset += 1;
      string.encode(data.tag, buf, offset);
      offset += string.encode.bytes;
      buf.write(data.value, offset);
      offset += Buffer2.byteLength(data.value);
      rcaa.encode.bytes = len;
      return buf;
    };
    rcaa.encode.bytes = 0;
    rcaa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      offset += 2;
      const oldOffset = offset;
      const data = {};
      data.flags = buf.readUInt8(offset);
      offset += 1;
      data.tag = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.value = buf.toString("utf-8", offset, oldOffset + len);
      data.issuerCritical = !!(data.flags & rcaa.ISSUER_CRITICAL);
      rcaa.decode.bytes = len + 2;
      return data;
    };
    rcaa.decode.bytes = 0;
    rcaa.encodingLength = function(data) {
      return string.encodingLength(data.tag) + string.encodingLength(data.value) + 2;
    };
    var rmx = exports.mx = {};
    rmx.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rmx.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      buf.writeUInt16BE(data.preference || 0, offset);
      offset += 2;
      name.encode(data.exchange, buf, offset);
      offset += name.encode.bytes;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rmx.encode.bytes = offset - oldOffset;
      return buf;
    };
    rmx.encode.bytes = 0;
    rmx.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.preference = buf.readUInt16BE(offset);
      offset += 2;
      data.exchange = name.decode(buf, offset);
      offset += name.decode.bytes;
      rmx.decode.bytes = offset - oldOffset;
      return data;
    };
    rmx.encodingLength = function(data) {
      return 4 + name.encodingLength(data.exchange);
    };
    var ra = exports.a = {};
    ra.encode = function(host, buf, offset) {
      if (!buf) buf = Buffer2.alloc(ra.encodingLength(host));
      if (!offset) offset = 0;
      buf.writeUInt16BE(4, offset);
      offset += 2;
      ip.v4.encode(host, buf, offset);
      ra.encode.bytes = 6;
      return buf;
    };
    ra.encode.bytes = 0;
    ra.decode = function(buf, offset) {
      if (!offset) offset = 0;
      offset += 2;
      const host = ip.v4.decode(buf, offset);
      ra.decode.bytes = 6;
      return host;
    };
    ra.decode.bytes = 0;
    ra.encodingLength = function() {
      return 6;
    };
    var raaaa = exports.aaaa = {};
    raaaa.encode = function(host, buf, offset) {
      if (!buf) buf = Buffer2.alloc(raaaa.encodingLength(host));
      if (!offset) offset = 0;
      buf.writeUInt16BE(16, offset);
      offset += 2;
      ip.v6.encode(host, buf, offset);
      raaaa.encode.bytes = 18;
      return buf;
    };
    raaaa.encode.bytes = 0;
    raaaa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      offset += 2;
      const host = ip.v6.decode(buf, offset);
      raaaa.decode.bytes = 18;
      return host;
    };
    raaaa.decode.bytes = 0;
    raaaa.encodingLength = function() {
      return 18;
    };
    var roption = exports.option = {};
    roption.encode = function(option, buf, offset) {
      if (!buf) buf = Buffer2.alloc(roption.encodingLength(option));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const code = optioncodes.toCode(option.code);
      buf.writeUInt16BE(code, offset);
      offset += 2;
      if (option.data) {
        buf.writeUInt16BE(option.data.length, offset);
        offset += 2;
        option.data.copy(buf, offset);
        offset += option.data.length;
      } else {
        switch (code) {
          // case 3: NSID.  No encode makes sense.
          // case 5,6,7: Not implementable
          case 8:
            const spl = option.sourcePrefixLength || 0;
            const fam = option.family || ip.familyOf(option.ip);
            const ipBuf = ip.encode(option.ip, Buffer2.alloc);
            const ipLen = Math.ceil(spl / 8);
            buf.writeUInt16BE(ipLen + 4, offset);
            offset += 2;
            buf.writeUInt16BE(fam, offset);
            offset += 2;
            buf.writeUInt8(spl, offset++);
            buf.writeUInt8(option.scopePrefixLength || 0, offset++);
            ipBuf.copy(buf, offset, 0, ipLen);
            offset += ipLen;
            break;
          // case 9: EXPIRE (experimental)
          // case 10: COOKIE.  No encode makes sense.
          case 11:
            if (option.timeout) {
              buf.writeUInt16BE(2, offset);
              offset += 2;
              buf.writeUInt16BE(option.timeout, offset);
              offset += 2;
            } else {
              buf.writeUInt16BE(0, offset);
              offset += 2;
            }
            break;
          case 12:
            const len = option.length || 0;
            buf.writeUInt16BE(len, offset);
            offset += 2;
            buf.fill(0, offset, offset + len);
            offset += len;
            break;
          // case 13:  CHAIN.  Experimental.
          case 14:
            const tagsLen = option.tags.length * 2;
            buf.writeUInt16BE(tagsLen, offset);
            offset += 2;
            for (const tag of option.tags) {
              buf.writeUInt16BE(tag, offset);
              offset += 2;
            }
            break;
          default:
            throw new Error(`Unknown roption code: ${option.code}`);
        }
      }
      roption.encode.bytes = offset - oldOffset;
      return buf;
    };
    roption.encode.bytes = 0;
    roption.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const option = {};
      option.code = buf.readUInt16BE(offset);
      option.type = optioncodes.toString(option.code);
      offset += 2;
      const len = buf.readUInt16BE(offset);
      offset += 2;
      option.data = buf.slice(offset, offset + len);
      switch (option.code) {
        // case 3: NSID.  No decode makes sense.
        case 8:
          option.family = buf.readUInt16BE(offset);
          offset += 2;
          option.sourcePrefixLength = buf.readUInt8(offset++);
          option.scopePrefixLength = buf.readUInt8(offset++);
          const padded = Buffer2.alloc(option.family === 1 ? 4 : 16);
          buf.copy(padded, 0, offset, offset + len - 4);
          option.ip = ip.decode(padded);
          break;
        // case 12: Padding.  No decode makes sense.
        case 11:
          if (len > 0) {
            option.timeout = buf.readUInt16BE(offset);
            offset += 2;
          }
          break;
        case 14:
          option.tags = [];
          for (let i = 0; i < len; i += 2) {
            option.tags.push(buf.readUInt16BE(offset));
            offset += 2;
          }
      }
      roption.decode.bytes = len + 4;
      return option;
    };
    roption.decode.bytes = 0;
    roption.encodingLength = function(option) {
      if (option.data) {
        return option.data.length + 4;
      }
      const code = optioncodes.toCode(option.code);
      switch (code) {
        case 8:
          const spl = option.sourcePrefixLength || 0;
          return Math.ceil(spl / 8) + 8;
        case 11:
          return typeof option.timeout === "number" ? 6 : 4;
        case 12:
          return option.length + 4;
        case 14:
          return 4 + option.tags.length * 2;
      }
      throw new Error(`Unknown roption code: ${option.code}`);
    };
    var ropt = exports.opt = {};
    ropt.encode = function(options, buf, offset) {
      if (!buf) buf = Buffer2.alloc(ropt.encodingLength(options));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const rdlen = encodingLengthList(options, roption);
      buf.writeUInt16BE(rdlen, offset);
      offset = encodeList(options, roption, buf, offset + 2);
      ropt.encode.bytes = offset - oldOffset;
      return buf;
    };
    ropt.encode.bytes = 0;
    ropt.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const options = [];
      let rdlen = buf.readUInt16BE(offset);
      offset += 2;
      let o = 0;
      while (rdlen > 0) {
        options[o++] = roption.decode(buf, offset);
        offset += roption.decode.bytes;
        rdlen -= roption.decode.bytes;
      }
      ropt.decode.bytes = offset - oldOffset;
      return options;
    };
    ropt.decode.bytes = 0;
    ropt.encodingLength = function(options) {
      return 2 + encodingLengthList(options || [], roption);
    };
    var rdnskey = exports.dnskey = {};
    rdnskey.PROTOCOL_DNSSEC = 3;
    rdnskey.ZONE_KEY = 128;
    rdnskey.SECURE_ENTRYPOINT = 32768;
    rdnskey.encode = function(key, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rdnskey.encodingLength(key));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const keydata = key.key;
      if (!Buffer2.isBuffer(keydata)) {
        throw new Error("Key must be a Buffer");
      }
      offset += 2;
      buf.writeUInt16BE(key.flags, offset);
      offset += 2;
      buf.writeUInt8(rdnskey.PROTOCOL_DNSSEC, offset);
      offset += 1;
      buf.writeUInt8(key.algorithm, offset);
      offset += 1;
      keydata.copy(buf, offset, 0, keydata.length);
      offset += keydata.length;
      rdnskey.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rdnskey.encode.bytes - 2, oldOffset);
      return buf;
    };
    rdnskey.encode.bytes = 0;
    rdnskey.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var key = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      key.flags = buf.readUInt16BE(offset);
      offset += 2;
      if (buf.readUInt8(offset) !== rdnskey.PROTOCOL_DNSSEC) {
        throw new Error("Protocol must be 3");
      }
      offset += 1;
      key.algorithm = buf.readUInt8(offset);
      offset += 1;
      key.key = buf.slice(offset, oldOffset + length + 2);
      offset += key.key.length;
      rdnskey.decode.bytes = offset - oldOffset;
      return key;
    };
    rdnskey.decode.bytes = 0;
    rdnskey.encodingLength = function(key) {
      return 6 + Buffer2.byteLength(key.key);
    };
    var rrrsig = exports.rrsig = {};
    rrrsig.encode = function(sig, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rrrsig.encodingLength(sig));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const signature = sig.signature;
      if (!Buffer2.isBuffer(signature)) {
        throw new Error("Signature must be a Buffer");
      }
      offset += 2;
      buf.writeUInt16BE(types.toType(sig.typeCovered), offset);
      offset += 2;
      buf.writeUInt8(sig.algorithm, offset);
      offset += 1;
      buf.writeUInt8(sig.labels, offset);
      offset += 1;
      buf.writeUInt32BE(sig.originalTTL, offset);
      offset += 4;
      buf.writeUInt32BE(sig.expiration, offset);
      offset += 4;
      buf.writeUInt32BE(sig.inception, offset);
      offset += 4;
      buf.writeUInt16BE(sig.keyTag, offset);
      offset += 2;
      name.encode(sig.signersName, buf, offset);
      offset += name.encode.bytes;
      signature.copy(buf, offset, 0, signature.length);
      offset += signature.length;
      rrrsig.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rrrsig.encode.bytes - 2, oldOffset);
      return buf;
    };
    rrrsig.encode.bytes = 0;
    rrrsig.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var sig = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      sig.typeCovered = types.toString(buf.readUInt16BE(offset));
      offset += 2;
      sig.algorithm = buf.readUInt8(offset);
      offset += 1;
      sig.labels = buf.readUInt8(offset);
      offset += 1;
      sig.originalTTL = buf.readUInt32BE(offset);
      offset += 4;
      sig.expiration = buf.readUInt32BE(offset);
      offset += 4;
      sig.inception = buf.readUInt32BE(offset);
      offset += 4;
      sig.keyTag = buf.readUInt16BE(offset);
      offset += 2;
      sig.signersName = name.decode(buf, offset);
      offset += name.decode.bytes;
      sig.signature = buf.slice(offset, oldOffset + length + 2);
      offset += sig.signature.length;
      rrrsig.decode.bytes = offset - oldOffset;
      return sig;
    };
    rrrsig.decode.bytes = 0;
    rrrsig.encodingLength = function(sig) {
      return 20 + name.encodingLength(sig.signersName) + Buffer2.byteLength(sig.signature);
    };
    var rrp = exports.rp = {};
    rrp.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rrp.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      name.encode(data.mbox || ".", buf, offset, { mail: true });
      offset += name.encode.bytes;
      name.encode(data.txt || ".", buf, offset);
      offset += name.encode.bytes;
      rrp.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rrp.encode.bytes - 2, oldOffset);
      return buf;
    };
    rrp.encode.bytes = 0;
    rrp.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.mbox = name.decode(buf, offset, { mail: true }) || ".";
      offset += name.decode.bytes;
      data.txt = name.decode(buf, offset) || ".";
      offset += name.decode.bytes;
      rrp.decode.bytes = offset - oldOffset;
      return data;
    };
    rrp.decode.bytes = 0;
    rrp.encodingLength = function(data) {
      return 2 + name.encodingLength(data.mbox || ".") + name.encodingLength(data.txt || ".");
    };
    var typebitmap = {};
    typebitmap.encode = function(typelist, buf, offset) {
      if (!buf) buf = Buffer2.alloc(typebitmap.encodingLength(typelist));
      if (!offset) offset = 0;
      const oldOffset = offset;
      var typesByWindow = [];
      for (var i = 0; i < typelist.length; i++) {
        var typeid = types.toType(typelist[i]);
        if (typesByWindow[typeid >> 8] === void 0) {
          typesByWindow[typeid >> 8] = [];
        }
        typesByWindow[typeid >> 8][typeid >> 3 & 31] |= 1 << 7 - (typeid & 7);
      }
      for (i = 0; i < typesByWindow.length; i++) {
        if (typesByWindow[i] !== void 0) {
          var windowBuf = Buffer2.from(typesByWindow[i]);
          buf.writeUInt8(i, offset);
          offset += 1;
          buf.writeUInt8(windowBuf.length, offset);
          offset += 1;
          windowBuf.copy(buf, offset);
          offset += windowBuf.length;
        }
      }
      typebitmap.encode.bytes = offset - oldOffset;
      return buf;
    };
    typebitmap.encode.bytes = 0;
    typebitmap.decode = function(buf, offset, length) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var typelist = [];
      while (offset - oldOffset < length) {
        var window = buf.readUInt8(offset);
        offset += 1;
        var windowLength = buf.readUInt8(offset);
        offset += 1;
        for (var i = 0; i < windowLength; i++) {
          var b = buf.readUInt8(offset + i);
          for (var j = 0; j < 8; j++) {
            if (b & 1 << 7 - j) {
              var typeid = types.toString(window << 8 | i << 3 | j);
              typelist.push(typeid);
            }
          }
        }
        offset += windowLength;
      }
      typebitmap.decode.bytes = offset - oldOffset;
      return typelist;
    };
    typebitmap.decode.bytes = 0;
    typebitmap.encodingLength = function(typelist) {
      var extents = [];
      for (var i = 0; i < typelist.length; i++) {
        var typeid = types.toType(typelist[i]);
        extents[typeid >> 8] = Math.max(extents[typeid >> 8] || 0, typeid & 255);
      }
      var len = 0;
      for (i = 0; i < extents.length; i++) {
        if (extents[i] !== void 0) {
          len += 2 + Math.ceil((extents[i] + 1) / 8);
        }
      }
      return len;
    };
    var rnsec = exports.nsec = {};
    rnsec.encode = function(record, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnsec.encodingLength(record));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      name.encode(record.nextDomain, buf, offset);
      offset += name.encode.bytes;
      typebitmap.encode(record.rrtypes, buf, offset);
      offset += typebitmap.encode.bytes;
      rnsec.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rnsec.encode.bytes - 2, oldOffset);
      return buf;
    };
    rnsec.encode.bytes = 0;
    rnsec.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var record = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      record.nextDomain = name.decode(buf, offset);
      offset += name.decode.bytes;
      record.rrtypes = typebitmap.decode(buf, offset, length - (offset - oldOffset));
      offset += typebitmap.decode.bytes;
      rnsec.decode.bytes = offset - oldOffset;
      return record;
    };
    rnsec.decode.bytes = 0;
    rnsec.encodingLength = function(record) {
      return 2 + name.encodingLength(record.nextDomain) + typebitmap.encodingLength(record.rrtypes);
    };
    var rnsec3 = exports.nsec3 = {};
    rnsec3.encode = function(record, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnsec3.encodingLength(record));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const salt = record.salt;
      if (!Buffer2.isBuffer(salt)) {
        throw new Error("salt must be a Buffer");
      }
      const nextDomain = record.nextDomain;
      if (!Buffer2.isBuffer(nextDomain)) {
        throw new Error("nextDomain must be a Buffer");
      }
      offset += 2;
      buf.writeUInt8(record.algorithm, offset);
      offset += 1;
      buf.writeUInt8(record.flags, offset);
      offset += 1;
      buf.writeUInt16BE(record.iterations, offset);
      offset += 2;
      buf.writeUInt8(salt.length, offset);
      offset += 1;
      salt.copy(buf, offset, 0, salt.length);
      offset += salt.length;
      buf.writeUInt8(nextDomain.length, offset);
      offset += 1;
      nextDomain.copy(buf, offset, 0, nextDomain.length);
      offset += nextDomain.length;
      typebitmap.encode(record.rrtypes, buf, offset);
      offset += typebitmap.encode.bytes;
      rnsec3.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rnsec3.encode.bytes - 2, oldOffset);
      return buf;
    };
    rnsec3.encode.bytes = 0;
    rnsec3.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var record = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      record.algorithm = buf.readUInt8(offset);
      offset += 1;
      record.flags = buf.readUInt8(offset);
      offset += 1;
      record.iterations = buf.readUInt16BE(offset);
      offset += 2;
      const saltLength = buf.readUInt8(offset);
      offset += 1;
      record.salt = buf.slice(offset, offset + saltLength);
      offset += saltLength;
      const hashLength = buf.readUInt8(offset);
      offset += 1;
      record.nextDomain = buf.slice(offset, offset + hashLength);
      offset += hashLength;
      record.rrtypes = typebitmap.decode(buf, offset, length - (offset - oldOffset));
      offset += typebitmap.decode.bytes;
      rnsec3.decode.bytes = offset - oldOffset;
      return record;
    };
    rnsec3.decode.bytes = 0;
    rnsec3.encodingLength = function(record) {
      return 8 + record.salt.length + record.nextDomain.length + typebitmap.encodingLength(record.rrtypes);
    };
    var rds = exports.ds = {};
    rds.encode = function(digest, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rds.encodingLength(digest));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const digestdata = digest.digest;
      if (!Buffer2.isBuffer(digestdata)) {
        throw new Error("Digest must be a Buffer");
      }
      offset += 2;
      buf.writeUInt16BE(digest.keyTag, offset);
      offset += 2;
      buf.writeUInt8(digest.algorithm, offset);
      offset += 1;
      buf.writeUInt8(digest.digestType, offset);
      offset += 1;
      digestdata.copy(buf, offset, 0, digestdata.length);
      offset += digestdata.length;
      rds.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rds.encode.bytes - 2, oldOffset);
      return buf;
    };
    rds.encode.bytes = 0;
    rds.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var digest = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      digest.keyTag = buf.readUInt16BE(offset);
      offset += 2;
      digest.algorithm = buf.readUInt8(offset);
      offset += 1;
      digest.digestType = buf.readUInt8(offset);
      offset += 1;
      digest.digest = buf.slice(offset, oldOffset + length + 2);
      offset += digest.digest.length;
      rds.decode.bytes = offset - oldOffset;
      return digest;
    };
    rds.decode.bytes = 0;
    rds.encodingLength = function(digest) {
      return 6 + Buffer2.byteLength(digest.digest);
    };
    var rsshfp = exports.sshfp = {};
    rsshfp.getFingerprintLengthForHashType = function getFingerprintLengthForHashType(hashType) {
      switch (hashType) {
        case 1:
          return 20;
        case 2:
          return 32;
      }
    };
    rsshfp.encode = function encode(record, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rsshfp.encodingLength(record));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      buf[offset] = record.algorithm;
      offset += 1;
      buf[offset] = record.hash;
      offset += 1;
      const fingerprintBuf = Buffer2.from(record.fingerprint.toUpperCase(), "hex");
      if (fingerprintBuf.length !== rsshfp.getFingerprintLengthForHashType(record.hash)) {
        throw new Error("Invalid fingerprint length");
      }
      fingerprintBuf.copy(buf, offset);
      offset += fingerprintBuf.byteLength;
      rsshfp.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rsshfp.encode.bytes - 2, oldOffset);
      return buf;
    };
    rsshfp.encode.bytes = 0;
    rsshfp.decode = function decode(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const record = {};
      offset += 2;
      record.algorithm = buf[offset];
      offset += 1;
      record.hash = buf[offset];
      offset += 1;
      const fingerprintLength = rsshfp.getFingerprintLengthForHashType(record.hash);
      record.fingerprint = buf.slice(offset, offset + fingerprintLength).toString("hex").toUpperCase();
      offset += fingerprintLength;
      rsshfp.decode.bytes = offset - oldOffset;
      return record;
    };
    rsshfp.decode.bytes = 0;
    rsshfp.encodingLength = function(record) {
      return 4 + Buffer2.from(record.fingerprint, "hex").byteLength;
    };
    var rnaptr = exports.naptr = {};
    rnaptr.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnaptr.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      buf.writeUInt16BE(data.order || 0, offset);
      offset += 2;
      buf.writeUInt16BE(data.preference || 0, offset);
      offset += 2;
      string.encode(data.flags, buf, offset);
      offset += string.encode.bytes;
      string.encode(data.services, buf, offset);
      offset += string.encode.bytes;
      string.encode(data.regexp, buf, offset);
      offset += string.encode.bytes;
      name.encode(data.replacement, buf, offset);
      offset += name.encode.bytes;
      rnaptr.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rnaptr.encode.bytes - 2, oldOffset);
      return buf;
    };
    rnaptr.encode.bytes = 0;
    rnaptr.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.order = buf.readUInt16BE(offset);
      offset += 2;
      data.preference = buf.readUInt16BE(offset);
      offset += 2;
      data.flags = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.services = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.regexp = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.replacement = name.decode(buf, offset);
      offset += name.decode.bytes;
      rnaptr.decode.bytes = offset - oldOffset;
      return data;
    };
    rnaptr.decode.bytes = 0;
    rnaptr.encodingLength = function(data) {
      return string.encodingLength(data.flags) + string.encodingLength(data.services) + string.encodingLength(data.regexp) + name.encodingLength(data.replacement) + 6;
    };
    var rtlsa = exports.tlsa = {};
    rtlsa.encode = function(cert, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rtlsa.encodingLength(cert));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const certdata = cert.certificate;
      if (!Buffer2.isBuffer(certdata)) {
        throw new Error("Certificate must be a Buffer");
      }
      offset += 2;
      buf.writeUInt8(cert.usage, offset);
      offset += 1;
      buf.writeUInt8(cert.selector, offset);
      offset += 1;
      buf.writeUInt8(cert.matchingType, offset);
      offset += 1;
      certdata.copy(buf, offset, 0, certdata.length);
      offset += certdata.length;
      rtlsa.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rtlsa.encode.bytes - 2, oldOffset);
      return buf;
    };
    rtlsa.encode.bytes = 0;
    rtlsa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const cert = {};
      const length = buf.readUInt16BE(offset);
      offset += 2;
      cert.usage = buf.readUInt8(offset);
      offset += 1;
      cert.selector = buf.readUInt8(offset);
      offset += 1;
      cert.matchingType = buf.readUInt8(offset);
      offset += 1;
      cert.certificate = buf.slice(offset, oldOffset + length + 2);
      offset += cert.certificate.length;
      rtlsa.decode.bytes = offset - oldOffset;
      return cert;
    };
    rtlsa.decode.bytes = 0;
    rtlsa.encodingLength = function(cert) {
      return 5 + Buffer2.byteLength(cert.certificate);
    };
    var renc = exports.record = function(type) {
      switch (type.toUpperCase()) {
        case "A":
          return ra;
        case "PTR":
          return rptr;
        case "CNAME":
          return rcname;
        case "DNAME":
          return rdname;
        case "TXT":
          return rtxt;
        case "NULL":
          return rnull;
        case "AAAA":
          return raaaa;
        case "SRV":
          return rsrv;
        case "HINFO":
          return rhinfo;
        case "CAA":
          return rcaa;
        case "NS":
          return rns;
        case "SOA":
          return rsoa;
        case "MX":
          return rmx;
        case "OPT":
          return ropt;
        case "DNSKEY":
          return rdnskey;
        case "RRSIG":
          return rrrsig;
        case "RP":
          return rrp;
        case "NSEC":
          return rnsec;
        case "NSEC3":
          return rnsec3;
        case "SSHFP":
          return rsshfp;
        case "DS":
          return rds;
        case "NAPTR":
          return rnaptr;
        case "TLSA":
          return rtlsa;
      }
      return runknown;
    };
    var answer = exports.answer = {};
    answer.encode = function(a, buf, offset) {
      if (!buf) buf = Buffer2.alloc(answer.encodingLength(a));
      if (!offset) offset = 0;
      const oldOffset = offset;
      name.encode(a.name, buf, offset);
      offset += name.encode.bytes;
      buf.writeUInt16BE(types.toType(a.type), offset);
      if (a.type.toUpperCase() === "OPT") {
        if (a.name !== ".") {
          throw new Error("OPT name must be root.");
        }
        buf.writeUInt16BE(a.udpPayloadSize || 4096, offset + 2);
        buf.writeUInt8(a.extendedRcode || 0, offset + 4);
        buf.writeUInt8(a.ednsVersion || 0, offset + 5);
        buf.writeUInt16BE(a.flags || 0, offset + 6);
        offset += 8;
        ropt.encode(a.options || [], buf, offset);
        offset += ropt.encode.bytes;
      } else {
        let klass = classes.toClass(a.class === void 0 ? "IN" : a.class);
        if (a.flush) klass |= FLUSH_MASK;
        buf.writeUInt16BE(klass, offset + 2);
        buf.writeUInt32BE(a.ttl || 0, offset + 4);
        offset += 8;
        const enc = renc(a.type);
        enc.encode(a.data, buf, offset);
        offset += enc.encode.bytes;
      }
      answer.encode.bytes = offset - oldOffset;
      return buf;
    };
    answer.encode.bytes = 0;
    answer.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const a = {};
      const oldOffset = offset;
      a.name = name.decode(buf, offset);
      offset += name.decode.bytes;
      a.type = types.toString(buf.readUInt16BE(offset));
      if (a.type === "OPT") {
        a.udpPayloadSize = buf.readUInt16BE(offset + 2);
        a.extendedRcode = buf.readUInt8(offset + 4);
        a.ednsVersion = buf.readUInt8(offset + 5);
        a.flags = buf.readUInt16BE(offset + 6);
        a.flag_do = (a.flags >> 15 & 1) === 1;
        a.options = ropt.decode(buf, offset + 8);
        offset += 8 + ropt.decode.bytes;
      } else {
        const klass = buf.readUInt16BE(offset + 2);
        a.ttl = buf.readUInt32BE(offset + 4);
        a.class = classes.toString(klass & NOT_FLUSH_MASK);
        a.flush = !!(klass & FLUSH_MASK);
        const enc = renc(a.type);
        a.data = enc.decode(buf, offset + 8);
        offset += 8 + enc.decode.bytes;
      }
      answer.decode.bytes = offset - oldOffset;
      return a;
    };
    answer.decode.bytes = 0;
    answer.encodingLength = function(a) {
      const data = a.data !== null && a.data !== void 0 ? a.data : a.options;
      return name.encodingLength(a.name) + 8 + renc(a.type).encodingLength(data);
    };
    var question = exports.question = {};
    question.encode = function(q, buf, offset) {
      if (!buf) buf = Buffer2.alloc(question.encodingLength(q));
      if (!offset) offset = 0;
      const oldOffset = offset;
      name.encode(q.name, buf, offset);
      offset += name.encode.bytes;
      buf.writeUInt16BE(types.toType(q.type), offset);
      offset += 2;
      buf.writeUInt16BE(classes.toClass(q.class === void 0 ? "IN" : q.class), offset);
      offset += 2;
      question.encode.bytes = offset - oldOffset;
      return q;
    };
    question.encode.bytes = 0;
    question.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const q = {};
      q.name = name.decode(buf, offset);
      offset += name.decode.bytes;
      q.type = types.toString(buf.readUInt16BE(offset));
      offset += 2;
      q.class = classes.toString(buf.readUInt16BE(offset));
      offset += 2;
      const qu = !!(q.class & QU_MASK);
      if (qu) q.class &= NOT_QU_MASK;
      question.decode.bytes = offset - oldOffset;
      return q;
    };
    question.decode.bytes = 0;
    question.encodingLength = function(q) {
      return name.encodingLength(q.name) + 4;
    };
    exports.AUTHORITATIVE_ANSWER = 1 << 10;
    exports.TRUNCATED_RESPONSE = 1 << 9;
    exports.RECURSION_DESIRED = 1 << 8;
    exports.RECURSION_AVAILABLE = 1 << 7;
    exports.AUTHENTIC_DATA = 1 << 5;
    exports.CHECKING_DISABLED = 1 << 4;
    exports.DNSSEC_OK = 1 << 15;
    exports.encode = function(result2, buf, offset) {
      const allocing = !buf;
      if (allocing) buf = Buffer2.alloc(exports.encodingLength(result2));
      if (!offset) offset = 0;
      const oldOffset = offset;
      if (!result2.questions) result2.questions = [];
      if (!result2.answers) result2.answers = [];
      if (!result2.authorities) result2.authorities = [];
      if (!result2.additionals) result2.additionals = [];
      header.encode(result2, buf, offset);
      offset += header.encode.bytes;
      offset = encodeList(result2.questions, question, buf, offset);
      offset = encodeList(result2.answers, answer, buf, offset);
      offset = encodeList(result2.authorities, answer, buf, offset);
      offset = encodeList(result2.additionals, answer, buf, offset);
      exports.encode.bytes = offset - oldOffset;
      if (allocing && exports.encode.bytes !== buf.length) {
        return buf.slice(0, exports.encode.bytes);
      }
      return buf;
    };
    exports.encode.bytes = 0;
    exports.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const result2 = header.decode(buf, offset);
      offset += header.decode.bytes;
      offset = decodeList(result2.questions, question, buf, offset);
      offset = decodeList(result2.answers, answer, buf, offset);
      offset = decodeList(result2.authorities, answer, buf, offset);
      offset = decodeList(result2.additionals, answer, buf, offset);
      exports.decode.bytes = offset - oldOffset;
      return result2;
    };
    exports.decode.bytes = 0;
    exports.encodingLength = function(result2) {
      return header.encodingLength(result2) + encodingLengthList(result2.questions || [], question) + encodingLengthList(result2.answers || [], answer) + encodingLengthList(result2.authorities || [], answer) + encodingLengthList(result2.additionals || [], answer);
    };
    exports.streamEncode = function(result2) {
      const buf = exports.encode(result2);
      const sbuf = Buffer2.alloc(2);
      sbuf.writeUInt16BE(buf.byteLength);
      const combine = Buffer2.concat([sbuf, buf]);
      exports.streamEncode.bytes = combine.byteLength;
      return combine;
    };
    exports.streamEncode.bytes = 0;
    exports.streamDecode = function(sbuf) {
      const len = sbuf.readUInt16BE(0);
      if (sbuf.byteLength < len + 2) {
        return null;
      }
      const result2 = exports.decode(sbuf.slice(2));
      exports.streamDecode.bytes = exports.decode.bytes;
      return result2;
    };
    exports.streamDecode.bytes = 0;
    function encodingLengthList(list, enc) {
      let len = 0;
      for (let i = 0; i < list.length; i++) len += enc.encodingLength(list[i]);
      return len;
    }
    function encodeList(list, enc, buf, offset) {
      for (let i = 0; i < list.length; i++) {
        enc.encode(list[i], buf, offset);
        offset += enc.encode.bytes;
      }
      return offset;
    }
    function decodeList(list, enc, buf, offset) {
      for (let i = 0; i < list.length; i++) {
        list[i] = enc.decode(buf, offset);
        offset += enc.decode.bytes;
      }
      return offset;
    }
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        const label2 = this.label ? ` ${this.label}` : "";
        return `break${label2};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants2) {
        this.code = optimizeExpr(this.code, names, constants2);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants2) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants2))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants2) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        if (!(super.optimizeNames(names, constants2) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants2) {
        var _a, _b;
        super.optimizeNames(names, constants2);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label2) {
        return this._leafNode(new Label(label2));
      }
      // `break` statement
      break(label2) {
        return this._leafNode(new Break(label2));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants2) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants2[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants2[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES2.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result2) {
      if (result2 === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result2 == "function" ? { ref: result2 } : { ref: result2, code: (0, codegen_1.stringify)(result2) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES: RULES2 } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES2))) {
        gen.block(() => keywordCode(it, "$ref", RULES2.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES2.rules)
          groupKeywords(group);
        groupKeywords(RULES2.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv42 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone2) {
      if (zone2.length === 0) return false;
      for (let i = 0; i < zone2.length; i++) {
        if (isZoneCharacter(zone2[i])) continue;
        if (zone2[i] === "%" && i + 2 < zone2.length && isHexPair(zone2.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv42(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path6) {
      let input = path6;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path6) {
      if (path6 === "" || path6[0] === "/") {
        return removeDotSegments(path6);
      }
      const segments = path6.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP2) {
      const re = isIP2 ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery2(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv42(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery: encodeQuery2,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4: isIPv42,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path6 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path6 && path6 !== "/" ? path6 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery: encodeQuery2, encodeFragment, reescapeHostDelimiters, isIPv4: isIPv42, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv42(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative = parse2(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery2(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP2) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP2)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP2 === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP2) {
      return Boolean(
        parsed.host && isIP2 === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP2 = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv42(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP2 = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP2 ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP2 = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP2);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP2 ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP2) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP2 || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP2) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES: RULES2 } = this;
        delete RULES2.keywords[keyword];
        delete RULES2.all[keyword];
        for (const group of RULES2.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES: RULES2 } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES2.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES: RULES2 } = this;
      let ruleGroup = post ? RULES2.post : RULES2.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES2.rules.push(ruleGroup);
      }
      RULES2.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES2.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData2 = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData2}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types2();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf: oneOf2 } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf2)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf2.length; i++) {
            let sch = oneOf2[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema4 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema4();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv2, sch) {
        return $data ? ajv2.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/cli.ts
import { writeFile as writeFile2 } from "node:fs/promises";

// src/cli-arguments.ts
import { parseArgs } from "node:util";

// src/policy/problem.ts
var ConfigurationError = class extends Error {
  problems;
  constructor(message, problems = []) {
    super(message);
    this.name = "ConfigurationError";
    this.problems = problems;
  }
};

// src/json-stream.ts
import { createWriteStream } from "node:fs";
import { once } from "node:events";
var WHOLE_BELOW_CHARS = 64 * 1024;
var CHUNK_CHARS = 256 * 1024;
function* pieces(value, indent, repeated) {
  if (value === null || typeof value !== "object" || typeof value.toJSON === "function") {
    yield JSON.stringify(value) ?? "null";
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return void (yield "[]");
    yield "[\n";
    for (let index = 0; index < value.length; index++) {
      yield inner;
      const item = value[index] === void 0 || typeof value[index] === "function" ? null : value[index];
      yield* small(item, inner, repeated);
      yield index < value.length - 1 ? ",\n" : "\n";
    }
    yield `${indent}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== void 0 && typeof item !== "function");
  if (entries.length === 0) return void (yield "{}");
  yield "{\n";
  for (let index = 0; index < entries.length; index++) {
    const [key, item] = entries[index];
    yield `${inner}${JSON.stringify(key)}: `;
    yield* small(item, inner, repeated);
    yield index < entries.length - 1 ? ",\n" : "\n";
  }
  yield `${indent}}`;
}
var RepeatedPieces = class {
  seen = /* @__PURE__ */ new WeakSet();
  texts = /* @__PURE__ */ new WeakMap();
  known(value, indent) {
    return this.texts.get(value)?.get(indent);
  }
  /** Keeps the text of a piece met before; a piece met for the first time is only marked. */
  made(value, indent, text) {
    if (!this.seen.has(value)) this.seen.add(value);
    else this.texts.set(value, (this.texts.get(value) ?? /* @__PURE__ */ new Map()).set(indent, text));
    return text;
  }
};
function* small(value, indent, repeated) {
  if (value === null || typeof value !== "object") return yield JSON.stringify(value) ?? "null";
  const shared = Object.isFrozen(value);
  const known = shared ? repeated.known(value, indent) : void 0;
  if (known !== void 0) return yield known;
  if (!shared && holdsSharedPiece(value)) return yield* pieces(value, indent, repeated);
  if (!fitsIn(value, WHOLE_BELOW_CHARS)) return yield* pieces(value, indent, repeated);
  const json = JSON.stringify(value, null, 2) ?? "null";
  const text = indent === "" ? json : json.replaceAll("\n", `
${indent}`);
  yield shared ? repeated.made(value, indent, text) : text;
}
function holdsSharedPiece(value) {
  for (const child2 of Array.isArray(value) ? value : Object.values(value)) {
    if (child2 !== null && typeof child2 === "object" && Object.isFrozen(child2)) return true;
  }
  return false;
}
function fitsIn(value, budget) {
  let left = budget;
  const visit2 = (item) => {
    if (item === null || typeof item !== "object") {
      left -= typeof item === "string" ? item.length + 2 : 8;
      return left > 0;
    }
    for (const [key, child2] of Array.isArray(item) ? item.entries() : Object.entries(item)) {
      left -= typeof key === "string" ? key.length + 8 : 4;
      if (left <= 0 || !visit2(child2)) return false;
    }
    return left > 0;
  };
  return visit2(value);
}
async function writeJsonFile(file, value) {
  const stream = createWriteStream(file);
  let buffered = "";
  try {
    for (const piece of pieces(value, "", new RepeatedPieces())) {
      buffered += piece;
      if (buffered.length >= CHUNK_CHARS) {
        if (!stream.write(buffered)) await once(stream, "drain");
        buffered = "";
      }
    }
    stream.end(`${buffered}
`);
    await once(stream, "finish");
  } finally {
    stream.destroy();
  }
}

// src/report/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}
async function writeJsonReport(file, report) {
  await writeJsonFile(file, report);
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";

// src/checks/rules.ts
var SEVERITIES = ["error", "warning", "notice"];
var RULES = {
  "policy/invalid": {
    defaultSeverity: "error",
    summary: "The policy fails the schema or a semantic check.",
    help: "Fix the policy entry at the reported line and column; policy.schema.json gives editor help."
  },
  "ns/delegation-mismatch": {
    defaultSeverity: "error",
    summary: "The parent's delegation NS set differs from `nameservers`.",
    help: "Update the delegation at the registrar (or parent zone), or the policy if the change is intended."
  },
  "ns/zone-mismatch": {
    defaultSeverity: "error",
    summary: "A server's NS RRset for the zone differs from `nameservers`.",
    help: "Correct the zone's apex NS records on every authoritative server, or the policy."
  },
  "ns/undeclared-server": {
    defaultSeverity: "error",
    summary: "An authoritative server was found that the policy does not list.",
    help: "Remove the server from the delegation and NS records, or declare it if the messaging team controls it."
  },
  "ns/inconsistent": {
    defaultSeverity: "error",
    summary: "Authoritative servers return different NS RRsets.",
    help: "Make every authoritative server serve the same zone contents (check zone transfers and notifies)."
  },
  "ns/cname-target": {
    defaultSeverity: "error",
    summary: "A name in the zone's NS RRset or delegation is an alias (CNAME).",
    help: "Name the canonical host in the NS records and the delegation; an NS target must not be a CNAME (RFC 2181 \xA710.3)."
  },
  "ns/lame": {
    defaultSeverity: "error",
    summary: "A server listed for the zone does not answer it authoritatively.",
    help: "Configure the zone on that server, or remove the server from the delegation and NS records."
  },
  "dns/unchecked": {
    defaultSeverity: "error",
    summary: "A policy name could not be checked: its zone was not found, or none of its servers answered with authority.",
    help: "Check the runner's DNS egress (UDP and TCP port 53) and the zone's delegation; the finding gives the reason. A name that was not checked never passes."
  },
  "dns/no-edns": {
    defaultSeverity: "notice",
    summary: "A server rejects or ignores queries with EDNS (RFC 6891 \xA77): it was asked without, and its answers count.",
    help: "Upgrade or reconfigure the server (or the firewall in front of it) to accept EDNS: without it, DNSSEC and large answers fail."
  },
  "dns/question-unanswered": {
    defaultSeverity: "notice",
    summary: "A server that answers the zone left a question unanswered (silence, or a truncated answer whose TCP retry failed): its word on it is not checked.",
    help: "Make the server answer every type (RFC 4074) and over TCP (RFC 7766); until then its view of those records is unknown."
  },
  "soa/serial-inconsistent": {
    defaultSeverity: "warning",
    summary: "Servers return different SOA serials.",
    help: "A secondary is not receiving updates: check NOTIFY, zone transfer access and the serial arithmetic."
  },
  "zone/drift": {
    defaultSeverity: "error",
    summary: "A live authoritative server serves an MX or NS RRset that differs from the repository's zone data.",
    help: "Deploy the repository\u2019s zone data, or bring the change made outside the repository into it (and review it)."
  },
  "zone/transfer-open": {
    defaultSeverity: "warning",
    summary: "A server allowed a full zone transfer to us.",
    help: "Restrict AXFR to the secondaries (allow-transfer / provide-xfr / acl)."
  },
  "mx/unexpected": {
    defaultSeverity: "error",
    summary: "An MX host is published that the policy does not list (any server).",
    help: "Remove the MX record from every server, or declare the host in the policy if it is managed."
  },
  "mx/missing": {
    defaultSeverity: "error",
    summary: "A policy MX host is not published (any server).",
    help: "Publish the MX record on every authoritative server, or remove it from the policy."
  },
  "mx/preference-mismatch": {
    defaultSeverity: "error",
    summary: "The MX host is published with another preference.",
    help: "Publish the MX record with the preference the policy declares."
  },
  "mx/inconsistent": {
    defaultSeverity: "error",
    summary: "Authoritative servers return different MX RRsets.",
    help: "Make every authoritative server serve the same MX RRset (check zone transfers and notifies)."
  },
  "mx/cname-target": {
    defaultSeverity: "error",
    summary: "An MX target is an alias (RFC 2181 \xA710.3).",
    help: "Point the MX record at the canonical name, which has the A/AAAA records itself."
  },
  "mx/target-unresolvable": {
    defaultSeverity: "error",
    summary: "An MX target has no A/AAAA.",
    help: "Publish A/AAAA records for the MX target, or remove the MX record."
  },
  "mx/target-address": {
    defaultSeverity: "error",
    summary: "An MX target resolves to an address not listed under `mail-servers`.",
    help: "Correct the A/AAAA records of the MX target, or list the address under mail-servers if it is managed."
  },
  "mx/implicit": {
    defaultSeverity: "error",
    summary: "No MX, but A/AAAA exist, so mail is delivered to them (RFC 5321 \xA75.1).",
    help: 'Publish the intended MX records, or a null MX ("0 .", RFC 7505) if the name must not receive mail.'
  },
  "mx/null-expected": {
    defaultSeverity: "error",
    summary: "The policy says `mx: none`, but no null MX is published.",
    help: 'Publish a null MX ("MX 0 .", RFC 7505) and no other MX at this name.'
  },
  "mx/undeclared-name": {
    defaultSeverity: "error",
    summary: "A name found in the zone publishes MX but is not in the policy.",
    help: "Add the name to the policy with its expected MX, or remove its MX records."
  },
  "zone-data/ignored-record": {
    defaultSeverity: "notice",
    summary: "A zone-data file marks an RRset as managed elsewhere (octoDNS `octodns: {ignored: true}`): it is judged neither as published nor as missing.",
    help: "Nothing to fix in the file; the live check judges what the servers serve for that RRset."
  },
  "zone-data/out-of-zone": {
    defaultSeverity: "warning",
    summary: "A zone file holds a record whose owner is not at or below the zone's origin: it is ignored, as BIND ignores out-of-zone data.",
    help: "Move the record to the file of the zone it belongs to, or fix its owner name (a missing final dot makes a name relative to the origin)."
  },
  "zone-data/ttl-too-large": {
    defaultSeverity: "warning",
    summary: "A zone file gives a TTL above 2^31 - 1: BIND and every resolver read it as 0 (RFC 2181 \xA78), so the record is never cached.",
    help: "Write the TTL you mean, at most 2147483647 seconds (a day, 86400, is usual)."
  },
  "smtp/unexpected-listener": {
    defaultSeverity: "error",
    summary: "An address:port in the scanned ranges greets with SMTP and is not approved.",
    help: "Shut the listener down or firewall it, or add it to mail-servers or scan.allow if it is managed."
  },
  "smtp/unexpected-open-port": {
    defaultSeverity: "warning",
    summary: "A scanned port accepts connections but does not greet with SMTP.",
    help: "Check what listens there; close it or add it to scan.allow."
  },
  "smtp/approved-unreachable": {
    defaultSeverity: "warning",
    summary: "A mail server's address in range does not accept SMTP on port 25.",
    help: "Check that the mail server is running and reachable, or correct its addresses in mail-servers."
  },
  "smtp/no-starttls": {
    defaultSeverity: "warning",
    summary: "An MX address offers no STARTTLS (SMTP probe).",
    help: "Enable STARTTLS on the server, with a certificate for its MX name."
  },
  "smtp/certificate-invalid": {
    defaultSeverity: "warning",
    summary: "An MX address shows a certificate that is expired, not yet valid, untrusted or not for its MX name (SMTP probe).",
    help: "Install a certificate from a trusted CA that names the MX host, and renew it before it expires."
  },
  "smtp/accepts-unknown-recipient": {
    defaultSeverity: "error",
    summary: "An MX address accepts mail for a recipient that cannot exist (SMTP probe).",
    help: "Verify recipients at RCPT time (recipient maps, address verification) so that spam is refused instead of bounced later (backscatter)."
  },
  "smtp/open-relay": {
    defaultSeverity: "error",
    summary: "An MX address accepts mail for a foreign domain (SMTP probe).",
    help: "Relay only for your own domains and authenticated clients (Postfix: reject_unauth_destination)."
  },
  "smtp/starttls-unusable": {
    defaultSeverity: "warning",
    summary: "An MX offers STARTTLS but it cannot be used: the command is refused or the TLS handshake fails (SMTP probe).",
    help: "Fix the TLS configuration (key and certificate files, protocol versions): senders fall back to clear text, or do not deliver at all."
  },
  "smtp/probe-undecided": {
    defaultSeverity: "notice",
    summary: "A probe check could not decide (a temporary reply, a refused sender, a reply out of its place, a conversation cut short): the reply is quoted (SMTP probe).",
    help: "Read the quoted reply: the protection is neither proven nor disproven. Set smtp-probe.from or foreign-recipient, or let the runner through greylisting, and run again."
  },
  "smtp/probe-unreachable": {
    defaultSeverity: "warning",
    summary: "An MX address could not be probed: its protections are not known (SMTP probe).",
    help: "Check that the MX answers SMTP from the runner (self-hosted runners; cloud runners block port 25)."
  },
  "mx/weaker-than-primary": {
    defaultSeverity: "error",
    summary: "An MX of a name lacks a protection that the name's most-preferred MX has (SMTP probe).",
    help: "Give every MX the protections of the primary (recipient verification, relay denial, STARTTLS with a valid certificate), or remove it: spammers deliver to the weakest MX."
  },
  "scan/egress-blocked": {
    defaultSeverity: "warning",
    summary: "Not even the approved servers could be reached: the runner's outbound traffic is blocked, so the scan proves nothing.",
    help: "Run the scan on a self-hosted runner whose outbound port 25 is open."
  }
};
var RULE_IDS = Object.keys(RULES);
function isRuleId(text) {
  return Object.hasOwn(RULES, text);
}

// src/group.ts
function appendTo(groups, key, item) {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}
function groupBy(items, keyOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) appendTo(groups, keyOf(item), item);
  return groups;
}

// src/certificate-name.ts
function nameCovers(pattern, host) {
  const wanted = host.toLowerCase().replace(/\.$/, "");
  const name = pattern.toLowerCase().replace(/\.$/, "");
  if (!name.startsWith("*.")) return name === wanted;
  const dot = wanted.indexOf(".");
  return dot > 0 && wanted.slice(dot + 1) === name.slice(2) && name.slice(2).includes(".");
}

// src/observations/model.ts
var OBSERVATIONS_FORMAT_VERSION = 1;
function serverLabel(server) {
  if (server.address === "") return server.name;
  return `${server.name === "" ? "." : server.name}/${server.address}`;
}

// src/ip-address.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
import { isIP } from "node:net";

// src/compare-text.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/ip-address.ts
function parseIpAddress(text) {
  const trimmed = text.trim();
  if (trimmed.includes("%")) return void 0;
  switch (isIP(trimmed)) {
    case 4:
      return trimmed.split(".").map(Number).join(".");
    case 6:
      return import_ipaddr.default.parse(trimmed).toString();
    default:
      return void 0;
  }
}
function isIpv6(address) {
  return address.includes(":");
}
function formatEndpoint(address, port) {
  return isIpv6(address) ? `[${address}]:${port}` : `${address}:${port}`;
}
function compareAddresses(a, b) {
  const bytesA = addressBytes(a);
  const bytesB = addressBytes(b);
  if (bytesA.length !== bytesB.length) return bytesA.length - bytesB.length;
  for (let i = 0; i < bytesA.length; i++) {
    const diff = (bytesA[i] ?? 0) - (bytesB[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return compareText(a, b);
}
function addressBytes(address) {
  switch (isIP(address)) {
    case 4:
      return address.split(".").map(Number);
    case 6:
      return import_ipaddr.default.parse(address).toByteArray();
    default:
      return [];
  }
}

// src/checks/evidence.ts
function labels(servers) {
  const unique = /* @__PURE__ */ new Map();
  for (const server of servers) unique.set(serverLabel(server), server);
  return [...unique.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : compareAddresses(a.address, b.address)).map(serverLabel);
}
function listForSentence(items) {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
function serversForSentence(servers) {
  return listForSentence(labels(servers));
}
var FAILURE_TEXT = {
  timeout: "did not answer",
  refused: "answered REFUSED",
  servfail: "answered SERVFAIL",
  rcode: "answered with an error",
  "not-authoritative": "answered without the AA bit (not authoritative)",
  referral: "answered with a referral (it does not serve the zone)",
  malformed: "sent only malformed answers",
  unreachable: "could not be reached",
  "port-unreachable": "has nothing listening for DNS (port unreachable)"
};
function describeFailure(reply2) {
  switch (reply2.status) {
    case "failed":
      return FAILURE_TEXT[reply2.failure] + (reply2.detail ? ` (${reply2.detail})` : "");
    case "nxdomain":
      return "answered NXDOMAIN";
    case "not-checked":
      return `was not checked (${reply2.reason})`;
    case "answer":
      return "answered";
  }
}
function recordsOf(reply2) {
  if (reply2.status === "answer") return reply2.records;
  if (reply2.status === "nxdomain") return [];
  return void 0;
}

// src/checks/probe.ts
var PROTECTION = {
  starttls: { has: (conversation) => usableStartTls(conversation), lacks: "offers no usable STARTTLS" },
  certificate: {
    has: (conversation) => conversation.certificate === void 0 ? void 0 : certificateValid(conversation),
    lacks: "shows no valid certificate for its name"
  },
  "unknown-recipient": {
    has: (conversation) => recipientVerdict(conversation.unknownRecipient, "unknown").refuses,
    lacks: "accepts unknown recipients"
  },
  relay: { has: (conversation) => recipientVerdict(conversation.foreignRecipient, "foreign").refuses, lacks: "relays for anyone" }
};
function usableStartTls(conversation) {
  if (conversation.startTlsOffered === void 0) return void 0;
  if (!conversation.startTlsOffered) return false;
  if (conversation.tlsFailure !== void 0) return false;
  if (conversation.startTls === void 0) return void 0;
  return conversation.startTls.code === 220;
}
function certificateValid(conversation) {
  const certificate = conversation.certificate;
  const nameMatches = certificate.names ? certificate.names.some((name) => nameCovers(name, conversation.host)) : certificate.nameMatches;
  return certificate.trusted && nameMatches;
}
function enhancedStatus(reply2) {
  const match = /^\d{3}[ -]([245])\.(\d{1,3})\.(\d{1,3})\b/.exec(reply2.text) ?? /\(#([245])\.(\d{1,3})\.(\d{1,3})\)/.exec(reply2.text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : void 0;
}
function recipientVerdict(reply2, kind) {
  const undecided = (why) => ({ refuses: void 0, undecided: why });
  if (reply2 === void 0) return undecided("not reached");
  const first = reply2.text.split("\n")[0];
  if (reply2.undecided !== void 0) return undecided(`${reply2.undecided}; reply "${first}"`);
  if (reply2.code >= 200 && reply2.code < 300) return { refuses: false, undecided: void 0 };
  if (reply2.code >= 400 && reply2.code < 500) return undecided(`temporary reply "${first}"`);
  if (reply2.code < 500 || reply2.code >= 600) return undecided(`reply "${first}" does not answer RCPT TO`);
  const status = enhancedStatus(reply2);
  if (status && status[1] === 1 && (status[2] === 7 || status[2] === 8) || /sender address rejected/i.test(first)) {
    return undecided(`the sender was refused: "${first}"`);
  }
  if (kind === "unknown" && status && status[1] === 7) return undecided(`refused by policy, not for the recipient: "${first}"`);
  if (kind === "foreign" && status && status[1] === 1)
    return undecided(`the foreign recipient's address was refused, not the relaying: "${first}"`);
  if (status && status[1] === 5) return undecided(`a protocol error: "${first}"`);
  return { refuses: true, undecided: void 0 };
}
function trustProblem(certificate) {
  const code = certificate.problem.split("; ")[0] || "not trusted";
  switch (code) {
    case "CERT_HAS_EXPIRED":
      return `it expired on ${certificate.validTo}`;
    case "CERT_NOT_YET_VALID":
      return `it is not valid before ${certificate.validFrom}`;
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
      return "it is self-signed";
    case "SELF_SIGNED_CERT_IN_CHAIN":
      return "its chain ends in a self-signed certificate that no authority vouches for";
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
      return `its issuer "${certificate.issuer}" is not a trusted authority, or the server does not send the intermediate certificate that leads to one`;
    case "UNABLE_TO_GET_ISSUER_CERT_LOCALLY":
      return "its chain leads to no trusted authority";
    default:
      return `not trusted (${code})`;
  }
}
function label(conversation) {
  return `${conversation.host}/${conversation.address}`;
}
function checkProbe(policy, probe) {
  const section = policy.smtpProbe?.location ?? policy.location;
  const domains = new Map(policy.domains.map((domain) => [domain.name, domain]));
  const findings = [];
  const checks = new Set(probe.checks);
  for (const conversation of probe.conversations) {
    const where = label(conversation);
    const domain = domains.get(conversation.name);
    if (conversation.failure !== void 0) {
      findings.push({
        rule: "smtp/probe-unreachable",
        name: conversation.address,
        subject: `${conversation.address}:${conversation.port}`,
        servers: [],
        message: `MX ${conversation.host} at ${conversation.address}:${conversation.port} could not be probed (${conversation.failure}): its protections are not known.`,
        location: section
      });
      continue;
    }
    if (checks.has("starttls") && conversation.startTlsOffered === false) {
      findings.push({
        rule: "smtp/no-starttls",
        name: conversation.host,
        subject: where,
        servers: [],
        message: `MX ${conversation.host} at ${conversation.address} offers no STARTTLS${conversation.helo ? " (it refuses EHLO, so it can offer no extension)" : ""}: mail to it travels in clear text.`,
        location: section
      });
    }
    const unusable = conversation.tlsFailure !== void 0 ? `the TLS handshake fails (${conversation.tlsFailure})` : conversation.startTls !== void 0 && conversation.startTls.code !== 220 ? `STARTTLS is answered "${conversation.startTls.text.split("\n")[0]}"` : void 0;
    if ((checks.has("starttls") || checks.has("certificate")) && unusable !== void 0) {
      findings.push({
        rule: "smtp/starttls-unusable",
        name: conversation.host,
        subject: where,
        servers: [],
        message: `MX ${conversation.host} at ${conversation.address} offers STARTTLS but ${unusable}: senders fall back to clear text.`,
        location: section
      });
    }
    const certificate = conversation.certificate;
    if (checks.has("certificate") && certificate !== void 0 && !certificateValid(conversation)) {
      const names = certificate.names ?? [];
      const problem = [
        certificate.trusted ? void 0 : trustProblem(certificate),
        certificate.names === void 0 || names.some((name) => nameCovers(name, conversation.host)) ? void 0 : names.length === 0 ? "it names no host in subjectAltName (a name only in the subject CN does not count, RFC 9525)" : `${conversation.host} is not among its names (${names.join(", ")})`
      ].filter(Boolean);
      findings.push({
        rule: "smtp/certificate-invalid",
        name: conversation.host,
        subject: where,
        servers: [],
        message: `MX ${conversation.host} at ${conversation.address} shows a certificate for "${certificate.subject}" issued by "${certificate.issuer}" that is not valid for it: ${problem.length > 0 ? problem.join("; ") : certificate.problem}.`,
        location: section
      });
    }
    const unknown = recipientVerdict(conversation.unknownRecipient, "unknown");
    if (checks.has("unknown-recipient") && unknown.refuses === false) {
      findings.push({
        rule: "smtp/accepts-unknown-recipient",
        name: conversation.name,
        subject: where,
        servers: [],
        message: `MX ${conversation.host} at ${conversation.address} accepts mail for a recipient of ${conversation.name} that cannot exist ("${conversation.unknownRecipient.text.split("\n")[0]}"): it will take spam and bounce it (backscatter).`,
        location: domain ? mxLocation(domain) : section
      });
    }
    const relay = recipientVerdict(conversation.foreignRecipient, "foreign");
    if (checks.has("relay") && relay.refuses === false) {
      findings.push({
        rule: "smtp/open-relay",
        name: conversation.host,
        subject: where,
        servers: [],
        message: `MX ${conversation.host} at ${conversation.address} accepts mail for a foreign domain ("${conversation.foreignRecipient.text.split("\n")[0]}"): it is an open relay.`,
        location: section
      });
    }
    const undecided = [
      ...checks.has("unknown-recipient") && unknown.undecided !== void 0 ? [`unknown recipients: ${unknown.undecided}`] : [],
      ...checks.has("relay") && relay.undecided !== void 0 ? [`relaying: ${relay.undecided}`] : []
    ];
    if (undecided.length > 0) {
      findings.push({
        rule: "smtp/probe-undecided",
        name: conversation.host,
        subject: where,
        servers: [],
        message: `MX ${conversation.host} at ${conversation.address}: ${conversation.interrupted ? `the conversation broke off (${conversation.interrupted}); ` : ""}${conversation.retriedAfter ? `held twice (the first time answered ${conversation.retriedAfter}); ` : ""}not decided: ${undecided.join("; ")}.`,
        location: section
      });
    }
  }
  findings.push(...weakerThanPrimary(probe, domains, checks));
  return findings;
}
function mxLocation(domain) {
  return domain.mx?.location ?? domain.location;
}
function weakerThanPrimary(probe, domains, checks) {
  const byName = /* @__PURE__ */ new Map();
  for (const conversation of probe.conversations) {
    if (conversation.failure !== void 0) continue;
    appendTo(byName, conversation.name, conversation);
  }
  const findings = [];
  for (const [name, conversations] of byName) {
    const primaryPreference = Math.min(...conversations.map((conversation) => conversation.preference));
    const primary = conversations.filter((conversation) => conversation.preference === primaryPreference);
    const primaryHosts = [...new Set(primary.map((conversation) => conversation.host))].sort();
    const primaryHas = (check) => {
      const decided = primary.map((conversation) => PROTECTION[check].has(conversation)).filter((value) => value !== void 0);
      return decided.length > 0 && decided.every(Boolean);
    };
    const others = /* @__PURE__ */ new Map();
    for (const conversation of conversations) {
      if (conversation.preference === primaryPreference) continue;
      appendTo(others, conversation.host, conversation);
    }
    for (const [host, hostConversations] of others) {
      const lacking = [...checks].filter(
        (check) => primaryHas(check) && hostConversations.some((conversation) => PROTECTION[check].has(conversation) === false)
      );
      if (lacking.length === 0) continue;
      const weakAt = hostConversations.filter((conversation) => lacking.some((check) => PROTECTION[check].has(conversation) === false));
      const domain = domains.get(name);
      findings.push({
        rule: "mx/weaker-than-primary",
        name,
        subject: host,
        servers: [],
        message: `${host} ${listForSentence(lacking.map((check) => PROTECTION[check].lacks))} (at ${listForSentence(weakAt.map((conversation) => conversation.address))}), ${listForSentence(primaryHosts)} ${primaryHosts.length === 1 ? "does" : "do"} not: spammers will deliver to ${host}, the least protected way into ${name}.`,
        location: domain ? mxLocation(domain) : void 0
      });
    }
  }
  return findings;
}

// src/dns-name.ts
import { domainToASCII } from "node:url";
var ROOT_NAME = "";
var MAX_CNAME_CHAIN = 8;
function parseHostName(text) {
  const trimmed = text.trim().replace(/\.$/, "");
  if (trimmed === "" || trimmed.length > 253) return void 0;
  const ascii = /^[\x21-\x7e]+$/.test(trimmed) ? trimmed.toLowerCase() : domainToASCII(trimmed);
  if (ascii === "") return void 0;
  const labels2 = ascii.split(".");
  const labelPattern = /^(?:\*|[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)$/;
  if (!labels2.every((label2) => labelPattern.test(label2))) return void 0;
  return ascii;
}
function wireName(name) {
  const withoutDot = name.endsWith(".") ? name.slice(0, -1) : name;
  let out = "";
  for (const char of withoutDot.toLowerCase()) {
    const code = char.codePointAt(0) ?? 0;
    out += code > 32 && code < 127 && code !== 92 ? char : `\\${String(code).padStart(3, "0")}`;
  }
  return out;
}
function parentName(name) {
  if (name === ROOT_NAME) return void 0;
  const dot = name.indexOf(".");
  return dot === -1 ? ROOT_NAME : name.slice(dot + 1);
}
function isSubdomain(name, ancestor) {
  return ancestor === ROOT_NAME || name === ancestor || name.endsWith(`.${ancestor}`);
}
function displayName(name) {
  return name === ROOT_NAME ? "." : name;
}

// src/report/run-report.ts
var REPORT_FORMAT_VERSION = 1;
function countBySeverity(findings, names) {
  const count = (severity) => findings.filter((finding) => finding.severity === severity && finding.change !== "fixed").length;
  return { errors: count("error"), warnings: count("warning"), notices: count("notice"), ...names ? { names } : {} };
}
function verdictLine(report, failed2) {
  const shard = report.observations?.shard;
  if (shard !== void 0)
    return `SHARD ${shard.index}/${shard.count}: observed, not judged (merge every shard to judge the run) (policy ${report.policy})`;
  const { errors, warnings, notices } = report.summary;
  const counts = `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${notices} notice${notices === 1 ? "" : "s"}`;
  const names = report.summary.names;
  const checked = names ? `; ${names.checked} of ${names.total} name${names.total === 1 ? "" : "s"} checked` : "";
  const introduced = report.findings.filter((finding) => finding.change === "introduced").length;
  const fixed = report.findings.filter((finding) => finding.change === "fixed").length;
  const change = report.findings.some((finding) => finding.change !== void 0) ? `; this change introduces ${introduced} and fixes ${fixed}` : "";
  return `${failed2 ? "FAIL" : "PASS"}: ${counts}${checked}${change} (policy ${report.policy})`;
}

// src/untrusted-text.ts
function printable(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    const code = char.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// src/report/summary.ts
var SUMMARY_BUDGET_BYTES = 900 * 1024;
var MAX_FINDING_ROWS = 1e3;

// src/report/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/mail-perimeter/mail-perimeter";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var MAX_SARIF_RESULTS = 25e3;
var README_RULES = `${INFORMATION_URI}#rules`;
var SEED_THREATS = /* @__PURE__ */ new Set([
  "mx/unexpected",
  "mx/target-address",
  "ns/undeclared-server",
  "smtp/unexpected-listener",
  "zone/drift",
  "mx/implicit"
]);
var SECURITY_SEVERITY = { error: "7.5", warning: "5.0", notice: "3.0" };
function sarifCategory(report) {
  const observations = report.observations;
  const phases = [
    observations?.zoneData && "zone-data",
    observations?.dns && "dns",
    observations?.probe && "probe",
    observations?.scan && "scan"
  ].filter(Boolean);
  const policy = path.isAbsolute(report.policy) ? path.basename(report.policy) : repositoryRelative(report.policy);
  return `mail-perimeter/${policy}:${phases.length > 0 ? phases.join("+") : "policy"}`;
}
function renderSarif(report, category = sarifCategory(report)) {
  const current = report.findings.filter((finding) => finding.change !== "fixed");
  const kept = current.slice(0, current.length > MAX_SARIF_RESULTS ? MAX_SARIF_RESULTS - 1 : MAX_SARIF_RESULTS);
  const leftOut = current.length - kept.length;
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: [
              ...RULE_IDS.map((id) => ({
                id,
                name: id.replace(/[/-](\w)/g, (_, letter) => letter.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
                shortDescription: { text: RULES[id].summary },
                fullDescription: { text: `${RULES[id].summary} ${RULES[id].help}` },
                help: {
                  text: RULES[id].help,
                  markdown: `**${id}** (${RULES[id].defaultSeverity} by default): ${RULES[id].summary}

${RULES[id].help}

See [the rule table](${README_RULES}) for what each rule does when a server is lame or a name was not checked.`
                },
                helpUri: README_RULES,
                defaultConfiguration: { level: LEVEL[RULES[id].defaultSeverity] },
                properties: {
                  "security-severity": SEED_THREATS.has(id) ? "8.5" : SECURITY_SEVERITY[RULES[id].defaultSeverity],
                  tags: ["security", "email", "dns"]
                }
              })),
              ...leftOut > 0 ? [leftOutRule] : []
            ]
          }
        },
        automationDetails: { id: `${category}/` },
        results: [
          ...kept.map((finding) => result(finding, report.policy)),
          ...leftOut > 0 ? [leftOutResult(leftOut, report.policy, RULE_IDS.length)] : []
        ]
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}
function result(finding, policyFile) {
  const location = finding.location;
  return {
    ruleId: finding.rule,
    ruleIndex: RULE_IDS.indexOf(finding.rule),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: repositoryRelative(location?.file ?? policyFile) },
          region: { startLine: location?.line ?? 1, startColumn: location?.column ?? 1 }
        }
      }
    ],
    // Code scanning tracks an alert across runs by this; line numbers move when a file is edited.
    // The file is part of it: the same problem in the zone data and on the live servers is two alerts.
    partialFingerprints: {
      "mailPerimeterFinding/v1": createHash("sha256").update(
        `${finding.rule}\0${finding.name}\0${finding.subject}${finding.policyLocation ? `\0${location?.file ?? ""}` : ""}`
      ).digest("hex")
    },
    properties: { name: finding.name, subject: finding.subject, servers: finding.servers }
  };
}
function repositoryRelative(file) {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.replaceAll("\\", "/").replace(/^\.\//, "");
}
var LEFT_OUT_RULE = "sarif/results-left-out";
var leftOutRule = {
  id: LEFT_OUT_RULE,
  name: "ResultsLeftOut",
  shortDescription: { text: "More findings than code scanning accepts in one run." },
  fullDescription: {
    text: `Code scanning takes at most ${MAX_SARIF_RESULTS} results per run; the rest are in the JSON report, and counted per rule in the job summary.`
  },
  help: {
    text: "Read the JSON report or the job summary for every finding.",
    markdown: "Read the JSON report or the job summary for every finding."
  },
  defaultConfiguration: { level: "note" }
};
function leftOutResult(count, policyFile, ruleIndex) {
  return {
    ruleId: LEFT_OUT_RULE,
    ruleIndex,
    level: "note",
    message: {
      text: `${count} more findings are not in this SARIF file (code scanning takes at most ${MAX_SARIF_RESULTS} results per run): the JSON report lists them all; the job summary counts them per rule and its table shows at most ${MAX_FINDING_ROWS}, every rule represented.`
    },
    locations: [
      { physicalLocation: { artifactLocation: { uri: repositoryRelative(policyFile) }, region: { startLine: 1, startColumn: 1 } } }
    ],
    partialFingerprints: { "mailPerimeterFinding/v1": LEFT_OUT_RULE }
  };
}

// src/report/text.ts
function compareGroups(a, b) {
  const aIsAddress = parseIpAddress(a) !== void 0;
  const bIsAddress = parseIpAddress(b) !== void 0;
  if (aIsAddress !== bIsAddress) return aIsAddress ? 1 : -1;
  if (aIsAddress) return compareAddresses(a, b);
  return compareText(a, b);
}
function renderText(report, failed2) {
  const lines = [];
  const byName = groupBy(report.findings, (finding) => finding.name);
  for (const [name, findings] of [...byName].sort(([a], [b]) => compareGroups(a, b))) {
    lines.push(printable(name));
    for (const finding of findings) {
      const where = finding.location ? `${finding.location.file}:${finding.location.line}:${finding.location.column}` : "";
      const change = finding.change ? ` [${finding.change}]` : "";
      lines.push(`  ${finding.severity.padEnd(7)} ${finding.rule}${change}  ${printable(finding.subject)}${where ? `  (${where})` : ""}`);
      lines.push(`          ${printable(finding.message)}`);
      if (finding.servers.length > 0) lines.push(`          servers: ${finding.servers.map(printable).join(", ")}`);
    }
    lines.push("");
  }
  const stats = report.observations?.dns?.stats;
  if (stats) {
    lines.push(
      `DNS: ${stats.queriesSent} queries, ${stats.answersAccepted} answers accepted, ${stats.answersDropped} dropped as invalid, ${stats.timeouts} timeouts`
    );
  }
  const scan = report.observations?.scan;
  if (scan) {
    const { counts } = scan;
    lines.push(
      `Scan: ${counts.smtp} SMTP, ${counts.open} open, ${counts.closed} closed, ${counts.filtered} filtered, ${counts["not-probed"]} not probed`
    );
  }
  lines.push(`${verdictLine(report, failed2)} in ${(report.durationMs / 1e3).toFixed(1)} s`);
  return `${lines.join("\n")}
`;
}

// src/report/render.ts
var OUTPUT_FORMATS = ["text", "json", "sarif"];
function render(report, format, failed2, sarifCategory2) {
  switch (format) {
    case "text":
      return renderText(report, failed2);
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report, sarifCategory2);
  }
}

// src/settings.ts
import { existsSync } from "node:fs";
import path2 from "node:path";

// src/shard.ts
import { createHash as createHash2 } from "node:crypto";
var MAX_SHARDS = 256;
function parseShard(flag, text) {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new ConfigurationError(`${flag} must be i/n with 1 \u2264 i \u2264 n \u2264 ${MAX_SHARDS}; got "${text}"`);
  }
  return { index, count };
}
function policyDigest(text) {
  return createHash2("sha256").update(text).digest("hex").slice(0, 16);
}
function policyForShard(policy, shard) {
  const apexes = new Set(policy.domains.filter((domain) => domain.nameservers !== void 0).map((domain) => domain.name));
  const group = (name) => {
    for (let ancestor = name; ancestor !== void 0 && ancestor !== ROOT_NAME; ancestor = parentName(ancestor)) {
      if (apexes.has(ancestor)) return ancestor;
    }
    return name.split(".").slice(-2).join(".");
  };
  return {
    ...policy,
    domains: policy.domains.filter((domain) => bucket(group(domain.name), shard.count) === shard.index),
    allDomains: policy.domains,
    zoneData: shard.index === 1 ? policy.zoneData : []
  };
}
function bucket(key, count) {
  let hash = 2166136261;
  for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), 16777619) >>> 0;
  return Math.floor(hash / 4294967296 * count) + 1;
}
function scanTargetInShard(position, shard) {
  return shard === void 0 || position % shard.count === shard.index - 1;
}
function mergeShards(files, digest) {
  if (files.length === 0) throw new ConfigurationError("merge needs the observation files of every shard");
  const marks = files.map(({ file, observations }) => {
    const mark = observations.shard;
    if (mark === void 0) throw new ConfigurationError(`${file} holds the observations of a whole run, not of a shard`);
    if (mark.policy !== digest)
      throw new ConfigurationError(`${file} is a shard of another version of the policy (${mark.policy}, not ${digest})`);
    return { file, mark };
  });
  const count = marks[0].mark.count;
  const seen = /* @__PURE__ */ new Map();
  for (const { file, mark } of marks) {
    if (mark.count !== count)
      throw new ConfigurationError(`${file} is shard ${mark.index}/${mark.count}, but ${marks[0].file} is one of ${count}`);
    const twice = seen.get(mark.index);
    if (twice !== void 0) throw new ConfigurationError(`shard ${mark.index}/${count} is given twice: ${twice} and ${file}`);
    seen.set(mark.index, file);
  }
  const missing = Array.from({ length: count }, (_, index) => index + 1).filter((index) => !seen.has(index));
  if (missing.length > 0)
    throw new ConfigurationError(
      `shard ${missing.map((index) => `${index}/${count}`).join(", ")} ${missing.length === 1 ? "is" : "are"} missing`
    );
  const all = files.map(({ observations }) => observations);
  const zoneData = all.find((observations) => observations.zoneData)?.zoneData;
  const probe = mergeProbe(all.flatMap((observations) => observations.probe ? [observations.probe] : []));
  return {
    version: all[0].version,
    startedAt: all.map((observations) => observations.startedAt).sort()[0],
    durationMs: Math.max(...all.map((observations) => observations.durationMs)),
    ...zoneData ? { zoneData } : {},
    dns: mergeDns(all.flatMap((observations) => observations.dns ? [observations.dns] : [])),
    ...probe ? { probe } : {},
    scan: mergeScan(all.flatMap((observations) => observations.scan ? [observations.scan] : []))
  };
}
function byKey(items, key) {
  return [...new Map(items.map((item) => [key(item), item])).values()].sort((a, b) => compareText(key(a), key(b)));
}
var IPV6_STATUS_PRECEDENCE = ["reachable", "unreachable", "disabled"];
function mergeDns(parts) {
  if (parts.length === 0) return void 0;
  const statuses = parts.map((part) => part.ipv6);
  const sum = (field) => parts.reduce((total, part) => total + part.stats[field], 0);
  return {
    ipv6: IPV6_STATUS_PRECEDENCE.find((status) => statuses.includes(status)) ?? "unused",
    zones: byKey(
      parts.flatMap((part) => part.zones),
      (zone2) => zone2.zone
    ),
    names: byKey(
      parts.flatMap((part) => part.names),
      (name) => name.name
    ),
    mxTargets: mergeTargets(parts.flatMap((part) => part.mxTargets)),
    stats: {
      queriesSent: sum("queriesSent"),
      answersAccepted: sum("answersAccepted"),
      answersDropped: sum("answersDropped"),
      timeouts: sum("timeouts"),
      tcpFallbacks: sum("tcpFallbacks")
    }
  };
}
function mergeTargets(targets2) {
  const byHost = groupBy(targets2, (target) => target.host);
  return [...byHost.values()].map((versions) => {
    const addresses = [...new Set(versions.flatMap((version) => version.addresses))].sort(compareAddresses);
    const first = versions[0];
    return {
      ...first,
      status: addresses.length > 0 ? "resolved" : first.status,
      addresses,
      cnameChain: versions.find((version) => version.cnameChain.length > 0)?.cnameChain ?? [],
      answeredBy: byKey(
        versions.flatMap((version) => version.answeredBy),
        serverLabel
      ),
      byServer: byKey(
        versions.flatMap((version) => version.byServer),
        (entry) => serverLabel(entry.server)
      ),
      detail: [...new Set(versions.map((version) => version.detail).filter((detail) => detail !== ""))].join("; ")
    };
  }).sort((a, b) => compareText(a.host, b.host));
}
function mergeProbe(parts) {
  if (parts.length === 0) return void 0;
  return {
    checks: parts[0].checks,
    conversations: byKey(
      parts.flatMap((part) => part.conversations),
      (c) => `${c.name}|${c.host}|${c.address}`
    )
  };
}
function mergeScan(parts) {
  if (parts.length === 0) return void 0;
  const counts = { closed: 0, filtered: 0, open: 0, smtp: 0, "not-probed": 0 };
  for (const part of parts) for (const state of Object.keys(counts)) counts[state] += part.counts[state];
  return {
    ranges: parts[0].ranges,
    ports: [...new Set(parts.flatMap((part) => part.ports))].sort((a, b) => a - b),
    smtpPort: parts[0].smtpPort,
    probes: byKey(
      parts.flatMap((part) => part.probes),
      (probe) => `${probe.address}|${String(probe.port).padStart(5, "0")}`
    ),
    counts,
    durationMs: Math.max(...parts.map((part) => part.durationMs))
  };
}

// src/settings.ts
var DEFAULT_SETTINGS = {
  failOn: "error",
  only: "all",
  dnsPort: 53,
  smtpPort: 25,
  timeoutMs: 2e3,
  greetingTimeoutMs: 1e4,
  probeGreetingTimeoutMs: 6e4,
  retries: 2,
  concurrency: 64,
  ipVersion: "auto",
  // Well under GitHub's 6-hour job limit, so the report is still written and uploaded.
  deadlineMinutes: 240
};
function locatePolicy(policyFile, workspace) {
  const absolute = path2.resolve(policyFile);
  let root = workspace === void 0 ? void 0 : path2.resolve(workspace);
  for (let directory = path2.dirname(absolute); root === void 0; directory = path2.dirname(directory)) {
    if (existsSync(path2.join(directory, ".git"))) root = directory;
    else if (path2.dirname(directory) === directory) root = path2.dirname(absolute);
  }
  return { repositoryRoot: root, policyInRepository: path2.relative(root, absolute).split(path2.sep).join("/") };
}
function readRunOptions(option, label2) {
  const rootHints = option("root-hints");
  return {
    failOn: oneOf(label2("fail-on"), option("fail-on") ?? DEFAULT_SETTINGS.failOn, [...SEVERITIES, "never"]),
    only: parsePhases(label2("only"), option("only") ?? DEFAULT_SETTINGS.only),
    rootHints: rootHints === void 0 ? void 0 : parseAddressList(label2("root-hints"), rootHints),
    dnsPort: integer(label2("dns-port"), option("dns-port"), DEFAULT_SETTINGS.dnsPort, 1, 65535),
    smtpPort: integer(label2("smtp-port"), option("smtp-port"), DEFAULT_SETTINGS.smtpPort, 1, 65535),
    timeoutMs: integer(label2("timeout-ms"), option("timeout-ms"), DEFAULT_SETTINGS.timeoutMs, 10, 6e5),
    greetingTimeoutMs: integer(
      label2("greeting-timeout-ms"),
      option("greeting-timeout-ms"),
      DEFAULT_SETTINGS.greetingTimeoutMs,
      10,
      6e5
    ),
    probeGreetingTimeoutMs: integer(
      label2("probe-greeting-timeout-ms"),
      option("probe-greeting-timeout-ms"),
      DEFAULT_SETTINGS.probeGreetingTimeoutMs,
      10,
      6e5
    ),
    retries: integer(label2("retries"), option("retries"), DEFAULT_SETTINGS.retries, 0, 10),
    concurrency: integer(label2("concurrency"), option("concurrency"), DEFAULT_SETTINGS.concurrency, 1, 4096),
    ipVersion: oneOf(label2("ip-version"), option("ip-version") ?? DEFAULT_SETTINGS.ipVersion, ["auto", "4", "6"]),
    failOnUnchanged: oneOf(label2("fail-on-unchanged"), option("fail-on-unchanged") ?? "true", ["true", "false"]) === "true",
    shard: option("shard") === void 0 ? void 0 : parseShard(label2("shard"), option("shard")),
    deadlineMinutes: integer(label2("deadline-minutes"), option("deadline-minutes"), DEFAULT_SETTINGS.deadlineMinutes, 1, 24 * 60)
  };
}
var PHASES = ["zone-data", "dns", "probe", "scan"];
function parsePhases(flag, value) {
  if (value.trim() === "all") return "all";
  const phases = value.split(",").map((part) => part.trim());
  for (const phase of phases) {
    oneOf(flag, phase, [...PHASES, "all"]);
  }
  return phases.includes("all") ? "all" : new Set(phases);
}
function runsPhase(settings, phase, configured) {
  return configured && (settings.only === "all" || settings.only.has(phase));
}
function oneOf(flag, value, allowed) {
  if (allowed.includes(value)) return value;
  throw new ConfigurationError(`${flag} must be one of ${allowed.join(", ")}; got "${value}"`);
}
function integer(flag, value, fallback, min, max) {
  if (value === void 0) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < min || number > max) {
    throw new ConfigurationError(`${flag} must be a whole number from ${min} to ${max}; got "${value}"`);
  }
  return number;
}
function parseAddressList(flag, value) {
  const addresses = value.split(",").map((part) => part.trim()).filter((part) => part !== "").map((part) => {
    const address = parseIpAddress(part);
    if (address === void 0) throw new ConfigurationError(`${flag}: "${part}" is not an IP address`);
    return address;
  });
  if (addresses.length === 0) throw new ConfigurationError(`${flag} needs at least one address`);
  return addresses;
}

// src/zone-data/read.ts
import { execFileSync } from "node:child_process";
import { lstatSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import path4 from "node:path";

// src/zone-data/error.ts
var ZoneDataError = class extends Error {
  constructor(file, line, detail) {
    super(`${file}:${line}: ${detail}`);
    this.file = file;
    this.line = line;
    this.detail = detail;
  }
  file;
  line;
  detail;
};

// src/zone-data/rfc1035.ts
import path3 from "node:path";
var MAX_INCLUDE_DEPTH = 8;
var MAX_RECORDS = 2e6;
var UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
function readZoneFile(source, options) {
  const records = [];
  const state = { origin: options.origin, defaultTtl: void 0, lastTtl: void 0 };
  readInto(source, options, state, records, 0, void 0);
  const seen = /* @__PURE__ */ new Set();
  return records.filter((record) => {
    const key = `${record.name} ${JSON.stringify(record.value)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function readInto(source, options, state, records, depth, startOwner) {
  let owner = startOwner;
  const outerOrigin = state.origin;
  for (const logical of logicalLines(source)) {
    const fail = (message) => {
      throw new ZoneDataError(source.file, logical.line, message);
    };
    const tokens = logical.tokens;
    const first = tokens[0];
    if (!logical.ownerOmitted && !first.quoted && first.text.startsWith("$")) {
      const directive = first.text.toUpperCase();
      if (directive === "$ORIGIN") {
        if (tokens.length !== 2) fail("$ORIGIN takes one name");
        state.origin = parseName(tokens[1].text, state.origin, fail);
      } else if (directive === "$TTL") {
        if (tokens.length !== 2) fail("$TTL takes one TTL");
        state.defaultTtl = parseTtl(tokens[1].text) ?? fail(`"${tokens[1].text}" is not a TTL`);
        if (state.defaultTtl === 0 && Number(tokens[1].text) > 0)
          options.ttlReadAsZero?.({ file: source.file, line: logical.line, text: tokens[1].text });
      } else if (directive === "$INCLUDE") {
        if (tokens.length < 2 || tokens.length > 3) fail("$INCLUDE takes a file and, optionally, an origin");
        if (depth >= MAX_INCLUDE_DEPTH) fail(`$INCLUDE nested deeper than ${MAX_INCLUDE_DEPTH}`);
        const target = path3.posix.normalize(path3.posix.join(path3.posix.dirname(source.file), unquote(tokens[1])));
        if (target.startsWith("../") || path3.posix.isAbsolute(target)) fail(`$INCLUDE ${tokens[1].text} leaves the repository`);
        let text;
        try {
          text = options.include(target);
        } catch (error) {
          return fail(`cannot read $INCLUDE ${target}: ${error.message}`);
        }
        const savedOrigin = state.origin;
        if (tokens[2] !== void 0) state.origin = parseName(tokens[2].text, state.origin, fail);
        readInto({ file: target, text }, options, state, records, depth + 1, owner);
        state.origin = savedOrigin;
      } else if (directive === "$GENERATE") {
        generate(tokens, (generated, fields) => addRecord(generated, fields, logical.line, fail), state.origin, fail);
      } else {
        fail(`unknown directive ${first.text}`);
      }
      continue;
    }
    let index = 0;
    if (!logical.ownerOmitted) {
      owner = parseName(first.text, state.origin, fail);
      index = 1;
    }
    if (owner === void 0) fail("the first record has no owner name");
    addRecord(owner, tokens.slice(index), logical.line, fail);
  }
  state.origin = outerOrigin;
  function addRecord(owner2, fields, line, fail) {
    let ttl;
    let recordClass;
    let index = 0;
    for (; index < fields.length; index++) {
      const text = fields[index].text;
      const asTtl = ttl === void 0 ? parseTtl(text) : void 0;
      if (asTtl !== void 0) {
        ttl = asTtl;
        if (asTtl === 0 && /^\d+$/.test(text) && Number(text) > 0) options.ttlReadAsZero?.({ file: source.file, line, text });
      } else if (recordClass === void 0 && /^(IN|CH|HS|CS|CLASS\d+)$/i.test(text)) recordClass = className(text);
      else break;
    }
    const typeToken = fields[index];
    if (typeToken === void 0 || typeToken.quoted || !/^[A-Za-z][A-Za-z0-9-]*$/.test(typeToken.text)) fail("a record needs a type");
    if (recordClass !== void 0 && recordClass !== "IN") fail(`class ${recordClass} is not supported (only IN)`);
    const type = typeName(typeToken.text);
    const rdata = fields.slice(index + 1);
    const value = rdata[0]?.text === "\\#" ? parseGeneric(type, rdata, fail) : parseValue(type, rdata, state.origin, fail);
    const effectiveTtl = ttl ?? state.defaultTtl ?? state.lastTtl ?? (value.type === "SOA" ? value.minimum : void 0) ?? fail("no TTL: add $TTL");
    if (ttl !== void 0) state.lastTtl = ttl;
    if (value.type === "SOA" && state.defaultTtl === void 0 && ttl === void 0) state.lastTtl = value.minimum;
    if (records.length >= MAX_RECORDS) fail(`more than ${MAX_RECORDS} records`);
    records.push({ name: owner2, ttl: effectiveTtl, value: stripMinimum(value), file: source.file, line });
  }
}
var TYPE_MNEMONICS = { 1: "A", 2: "NS", 5: "CNAME", 6: "SOA", 15: "MX", 16: "TXT", 28: "AAAA" };
var CLASS_MNEMONICS = { 1: "IN", 3: "CH", 4: "HS" };
function typeName(text) {
  const generic = /^TYPE(\d+)$/i.exec(text);
  return generic ? TYPE_MNEMONICS[Number(generic[1])] ?? `TYPE${Number(generic[1])}` : text.toUpperCase();
}
function className(text) {
  const generic = /^CLASS(\d+)$/i.exec(text);
  return generic ? CLASS_MNEMONICS[Number(generic[1])] ?? `CLASS${Number(generic[1])}` : text.toUpperCase();
}
function parseGeneric(type, rdata, fail) {
  const length = rdata[1]?.text;
  if (length === void 0 || !/^\d+$/.test(length)) fail("generic data (\\#) needs a length");
  const hex = rdata.slice(2).map((token) => token.text).join("");
  if (!/^([0-9a-f]{2})*$/i.test(hex) || hex.length / 2 !== Number(length)) fail(`generic data (\\#) is not ${length} octets of hex`);
  const octets = Buffer.from(hex, "hex");
  const name = (offset) => {
    const labels2 = [];
    let at = offset;
    for (; ; ) {
      const size = octets[at];
      if (size === void 0 || size > 63) fail("generic data (\\#) holds no valid name");
      if (size === 0) return { name: labels2.join("."), end: at + 1 };
      if (at + 1 + size > octets.length) fail("generic data (\\#) holds no valid name");
      labels2.push(canonicalLabel([...octets.subarray(at + 1, at + 1 + size)]));
      at += 1 + size;
    }
  };
  switch (type) {
    case "A":
    case "AAAA": {
      const size = type === "A" ? 4 : 16;
      if (octets.length !== size) fail(`${type} generic data must be ${size} octets`);
      const address = type === "A" ? [...octets].join(".") : (octets.toString("hex").match(/.{4}/g) ?? []).join(":");
      return { type, address: parseIpAddress(address) };
    }
    case "NS":
    case "CNAME": {
      const { name: target, end } = name(0);
      if (end !== octets.length) fail(`${type} generic data has octets after the name`);
      return { type, target };
    }
    case "MX": {
      if (octets.length < 3) fail("MX generic data is too short");
      const { name: host, end } = name(2);
      if (end !== octets.length) fail("MX generic data has octets after the name");
      return { type, preference: octets.readUInt16BE(0), host };
    }
    case "SOA":
      return fail("SOA in generic data (\\#) is not read: write it in its own form");
    default:
      return { type: "other", typeName: type, text: rdata.map((token) => token.text).join(" ") };
  }
}
function stripMinimum(value) {
  if (value.type !== "SOA") return value;
  return { type: "SOA", serial: value.serial, primary: value.primary };
}
function parseValue(type, rdata, origin, fail) {
  const count = (expected) => {
    if (rdata.length !== expected) fail(`${type} takes ${expected} field${expected === 1 ? "" : "s"}, got ${rdata.length}`);
  };
  switch (type) {
    case "A":
    case "AAAA": {
      count(1);
      const address = parseIpAddress(rdata[0].text);
      if (address === void 0 || type === "A" !== !address.includes(":"))
        fail(`"${rdata[0].text}" is not an ${type === "A" ? "IPv4" : "IPv6"} address`);
      return { type, address };
    }
    case "NS":
    case "CNAME":
      count(1);
      return { type, target: parseName(rdata[0].text, origin, fail) };
    case "MX": {
      count(2);
      return { type, preference: parseUint16(rdata[0].text, "MX preference", fail), host: parseName(rdata[1].text, origin, fail) };
    }
    case "SOA": {
      count(7);
      const numbers = rdata.slice(2).map((token) => parseTtl(token.text));
      const serialText = rdata[2].text;
      if (!/^\d+$/.test(serialText) || Number(serialText) > 4294967295) fail(`SOA serial "${serialText}" is not a 32-bit number`);
      if (numbers.some((number) => number === void 0)) fail("SOA timers must be numbers or TTLs");
      parseName(rdata[1].text, origin, fail);
      return { type, serial: Number(serialText), primary: parseName(rdata[0].text, origin, fail), minimum: numbers[4] };
    }
    default:
      return { type: "other", typeName: type, text: rdata.map((token) => token.text).join(" ") };
  }
}
function parseUint16(text, what, fail) {
  if (!/^\d+$/.test(text) || Number(text) > 65535) fail(`${what} "${text}" is not a number from 0 to 65535`);
  return Number(text);
}
function parseTtl(text) {
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return seconds <= 2147483647 ? seconds : seconds <= 4294967295 ? 0 : void 0;
  }
  if (!/^(\d+[smhdw])+$/i.test(text)) return void 0;
  let total = 0;
  for (const [, amount, unit] of text.toLowerCase().matchAll(/(\d+)([smhdw])/g)) total += Number(amount) * UNIT_SECONDS[unit];
  return total <= 2147483647 ? total : void 0;
}
function parseName(text, origin, fail) {
  if (text === "@") return origin;
  if (text === ".") return "";
  const labels2 = [];
  let label2 = [];
  let absolute = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "\\") {
      const digits = /^\d{3}/.exec(text.slice(index + 1))?.[0];
      if (digits !== void 0) {
        if (Number(digits) > 255) fail(`"\\${digits}" in "${text}" is not an octet`);
        label2.push(Number(digits));
        index += 3;
      } else if (index + 1 < text.length) {
        label2.push(...Buffer.from(text[++index], "utf8"));
      } else {
        fail(`"${text}" ends with a backslash`);
      }
    } else if (char === ".") {
      if (label2.length === 0) fail(`"${text}" has an empty label`);
      labels2.push(label2);
      label2 = [];
      if (index === text.length - 1) absolute = true;
    } else {
      const code = char.codePointAt(0);
      if (code > 65535) index++;
      label2.push(...Buffer.from(String.fromCodePoint(code), "utf8"));
    }
  }
  if (label2.length > 0) labels2.push(label2);
  if (labels2.some((part) => part.length > 63)) fail(`"${text}" has a label longer than 63 octets`);
  const canonical = labels2.map(canonicalLabel).join(".");
  const name = absolute ? canonical : origin === "" ? canonical : `${canonical}.${origin}`;
  if (name.length > 1024) fail(`"${text}" is too long`);
  return name;
}
function canonicalLabel(octets) {
  let out = "";
  for (const octet of octets) {
    const folded = octet >= 65 && octet <= 90 ? octet + 32 : octet;
    out += folded > 32 && folded < 127 && folded !== 46 && folded !== 92 ? String.fromCharCode(folded) : `\\${String(folded).padStart(3, "0")}`;
  }
  return out;
}
function unquote(token) {
  return token.quoted ? token.text.slice(1, -1) : token.text;
}
function* logicalLines(source) {
  const text = source.text;
  let line = 1;
  let tokens = [];
  let startLine = 1;
  let ownerOmitted = false;
  let depth = 0;
  let openedAt = 1;
  let atLineStart = true;
  let index = 0;
  const fail = (message) => {
    throw new ZoneDataError(source.file, line, message);
  };
  const flush = function* () {
    if (tokens.length > 0) yield { line: startLine, tokens, ownerOmitted };
    tokens = [];
  };
  while (index < text.length) {
    const char = text[index];
    if (char === "\n") {
      line++;
      index++;
      if (depth === 0) {
        yield* flush();
        atLineStart = true;
      }
      continue;
    }
    if (char === " " || char === "	" || char === "\r") {
      if (atLineStart && depth === 0 && tokens.length === 0) ownerOmitted = true;
      atLineStart = false;
      index++;
      continue;
    }
    if (atLineStart) {
      ownerOmitted = false;
      atLineStart = false;
    }
    if (tokens.length === 0 && depth === 0) startLine = line;
    if (char === ";") {
      while (index < text.length && text[index] !== "\n") index++;
      continue;
    }
    if (char === "(") {
      if (depth === 0) openedAt = line;
      depth++;
      index++;
      continue;
    }
    if (char === ")") {
      if (depth === 0) fail('")" without "("');
      depth--;
      index++;
      continue;
    }
    if (char === '"') {
      let end2 = index + 1;
      while (end2 < text.length && text[end2] !== '"') {
        if (text[end2] === "\\") end2++;
        if (text[end2] === "\n") line++;
        end2++;
      }
      if (end2 >= text.length) fail("a quoted string is not closed");
      tokens.push({ text: text.slice(index, end2 + 1), quoted: true });
      index = end2 + 1;
      continue;
    }
    let end = index;
    while (end < text.length && !/[\s;()"]/.test(text[end])) end += text[end] === "\\" ? 2 : 1;
    tokens.push({ text: text.slice(index, end), quoted: false });
    index = end;
  }
  if (depth > 0) throw new ZoneDataError(source.file, openedAt, '"(" is not closed');
  yield* flush();
}
var MAX_GENERATE_ITERATIONS = 65536;
function generate(tokens, add, origin, fail) {
  const range = /^(\d+)-(\d+)(?:\/(\d+))?$/.exec(tokens[1]?.text ?? "");
  if (range === null) fail("$GENERATE needs a range start-stop[/step]");
  const [start, stop, step] = [Number(range[1]), Number(range[2]), Number(range[3] ?? 1)];
  if (start > stop || step < 1) fail(`$GENERATE range ${tokens[1].text} is empty or its step is 0`);
  if ((stop - start) / step >= MAX_GENERATE_ITERATIONS)
    fail(`$GENERATE range ${tokens[1].text} makes more than ${MAX_GENERATE_ITERATIONS} records`);
  const lhs = tokens[2];
  if (lhs === void 0 || tokens.length < 5) fail("$GENERATE takes a range, an owner, a type and RDATA");
  const rest = tokens.slice(3);
  for (let value = start; value <= stop; value += step) {
    const fields = rest.flatMap((token) => {
      const text = substitute(token.quoted ? token.text.slice(1, -1) : token.text, value, fail);
      return token.quoted ? text.split(/\s+/).filter(Boolean).map((part) => ({ text: part, quoted: false })) : [{ text, quoted: false }];
    });
    add(parseName(substitute(lhs.text, value, fail), origin, fail), fields);
  }
}
function substitute(template, value, fail) {
  return template.replace(/\\\$|\$(?:\{([^}]*)\})?/g, (match, modifier) => {
    if (match === "\\$") return "$";
    const [offsetText = "0", widthText = "0", base = "d"] = modifier === void 0 ? [] : modifier.split(",");
    if (!/^[+-]?\d+$/.test(offsetText) || !/^\d+$/.test(widthText) || !/^[doxXnN]$/.test(base))
      fail(`"\${${modifier}}" is not a $GENERATE modifier`);
    const shifted = value + Number(offsetText);
    if (shifted < 0) fail(`$GENERATE offset ${offsetText} makes ${value} negative`);
    const width = Number(widthText);
    if (base === "n" || base === "N") {
      const digits = [...shifted.toString(16)].reverse();
      const length = Math.max(width, digits.length * 2 - 1);
      let nibbles = "";
      for (let index = 0; nibbles.length < length; index++) nibbles += `${digits[index] ?? "0"}.`;
      nibbles = nibbles.slice(0, length);
      return base === "N" ? nibbles.toUpperCase() : nibbles;
    }
    const text = base === "d" ? String(shifted) : base === "o" ? shifted.toString(8) : shifted.toString(16);
    return (base === "X" ? text.toUpperCase() : text).padStart(width, "0");
  });
}

// src/zone-data/structured.ts
var import_yaml = __toESM(require_dist(), 1);
var DEFAULT_TTL_SECONDS = 3600;
var DNSCONTROL_DEFAULT_TTL_SECONDS = 300;
function parse(source, version = "1.2") {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(source.text, { lineCounter, prettyErrors: false, uniqueKeys: false, version });
  const lineOf = (node) => lineCounter.linePos(node?.range?.[0] ?? 0).line;
  const error = doc.errors[0];
  if (error) throw new ZoneDataError(source.file, lineCounter.linePos(error.pos[0]).line, error.message.split("\n")[0]);
  return { root: doc.contents, lineOf };
}
function refuseAlias(source, node, lineOf) {
  if (node && (0, import_yaml.isAlias)(node)) throw new ZoneDataError(source.file, lineOf(node), "YAML aliases are not accepted in zone data");
}
function child(node, key) {
  return (0, import_yaml.isMap)(node) ? node.get(key, true) : void 0;
}
function scalar(node) {
  return (0, import_yaml.isScalar)(node) ? node.value : void 0;
}
function valueOf(type, fields, origin, fail) {
  const name = (value, what) => typeof value === "string" && value !== "" ? parseName(value, origin, fail) : fail(`${type} record without ${what}`);
  switch (type) {
    case "A":
    case "AAAA": {
      const address = typeof fields.address === "string" ? parseIpAddress(fields.address) : void 0;
      if (address === void 0 || type === "A" === address.includes(":")) fail(`"${String(fields.address)}" is not an ${type} address`);
      return { type, address };
    }
    case "NS":
    case "CNAME":
      return { type, target: name(fields.target, "a target") };
    case "MX": {
      const preference = typeof fields.preference === "string" && /^\d+$/.test(fields.preference) ? Number(fields.preference) : fields.preference;
      if (typeof preference !== "number" || !Number.isInteger(preference) || preference < 0 || preference > 65535) {
        fail(`MX preference ${String(preference)} is not a number from 0 to 65535`);
      }
      return { type, preference, host: name(fields.target, "an exchange") };
    }
    default:
      return { type: "other", typeName: type, text: JSON.stringify(fields.target ?? fields.address ?? "") };
  }
}
function readOctodns(source, zone2) {
  const { root, lineOf } = parse(source, "1.1");
  const ignored = [];
  if (root === null || (0, import_yaml.isScalar)(root) && root.value === null) return { records: [], ignored };
  if (!(0, import_yaml.isMap)(root)) throw new ZoneDataError(source.file, lineOf(root), "an octoDNS zone file is a map of names to records");
  const records = [];
  for (const pair of root.items) {
    refuseAlias(source, pair.key, lineOf);
    const fail = (message, node = pair.key) => {
      throw new ZoneDataError(source.file, lineOf(node), message);
    };
    const rawKey = scalar(pair.key);
    const key = typeof rawKey === "number" && (0, import_yaml.isScalar)(pair.key) && pair.key.source === String(rawKey) ? String(rawKey) : rawKey;
    if (typeof key !== "string") {
      fail(
        `the key ${JSON.stringify((0, import_yaml.isScalar)(pair.key) ? pair.key.source ?? String(key) : key)} is read by octoDNS (YAML 1.1) as ${key === null ? "null" : typeof key}, not as a name: quote it (the apex is '')`
      );
    }
    const label2 = key;
    const owner = label2 === "" ? zone2 : parseName(label2, zone2, fail);
    refuseAlias(source, pair.value, lineOf);
    const entries = (0, import_yaml.isSeq)(pair.value) ? pair.value.items : [pair.value];
    for (const entry of entries) {
      refuseAlias(source, entry, lineOf);
      if (!(0, import_yaml.isMap)(entry)) fail(`records of "${label2}" must be maps with a type`, entry);
      const type = String(scalar(child(entry, "type")) ?? "").toUpperCase();
      if (type === "") fail(`a record of "${label2}" has no type`, entry);
      if (scalar(child(child(entry, "octodns"), "ignored")) === true) {
        ignored.push({ name: owner, type, line: lineOf(entry) });
        continue;
      }
      const ttlValue = scalar(child(entry, "ttl"));
      const ttl = typeof ttlValue === "number" ? ttlValue : DEFAULT_TTL_SECONDS;
      const valuesNode = child(entry, "values") ?? child(entry, "value");
      refuseAlias(source, valuesNode, lineOf);
      const values = (0, import_yaml.isSeq)(valuesNode) ? valuesNode.items : valuesNode === void 0 ? [] : [valuesNode];
      for (const valueNode of values) {
        refuseAlias(source, valueNode, lineOf);
        const failHere = (message) => fail(message, valueNode);
        const fields = (0, import_yaml.isMap)(valueNode) ? {
          target: scalar(child(valueNode, "exchange")) ?? scalar(child(valueNode, "value")),
          preference: scalar(child(valueNode, "preference")) ?? scalar(child(valueNode, "priority"))
        } : { target: scalar(valueNode), address: scalar(valueNode) };
        records.push({ name: owner, ttl, value: valueOf(type, fields, zone2, failHere), file: source.file, line: lineOf(valueNode) });
      }
    }
  }
  return { records, ignored };
}
function readDnscontrol(source) {
  const { root, lineOf } = parse(source);
  const domains = child(root, "domains");
  if (!(0, import_yaml.isSeq)(domains)) throw new ZoneDataError(source.file, lineOf(root), 'no "domains" list: is this the output of dnscontrol print-ir?');
  return domains.items.map((domain) => {
    refuseAlias(source, domain, lineOf);
    const fail = (message, node = domain) => {
      throw new ZoneDataError(source.file, lineOf(node), message);
    };
    const nameText = scalar(child(domain, "name"));
    if (typeof nameText !== "string") fail("a domain without a name");
    const zone2 = parseName(`${nameText.replace(/\.$/, "")}.`, "", fail);
    const tag = scalar(child(domain, "tag")) ?? scalar(child(child(domain, "meta"), "dnscontrol_tag"));
    const view = typeof tag === "string" && tag !== "" ? tag : void 0;
    const records = [];
    const recordNodes = child(domain, "records");
    for (const record of (0, import_yaml.isSeq)(recordNodes) ? recordNodes.items : []) {
      refuseAlias(source, record, lineOf);
      const failHere = (message) => fail(message, record);
      const type = String(scalar(child(record, "type")) ?? "").toUpperCase();
      const label2 = String(scalar(child(record, "name")) ?? "@");
      const owner = label2 === "@" || label2 === "" ? zone2 : parseName(label2, zone2, failHere);
      const target = scalar(child(record, "target"));
      const ttlValue = scalar(child(record, "ttl"));
      const value = valueOf(
        type,
        { target, address: target, preference: scalar(child(record, "mxpreference")) ?? (type === "MX" ? 0 : void 0) },
        zone2,
        failHere
      );
      records.push({
        name: owner,
        ttl: typeof ttlValue === "number" ? ttlValue : DNSCONTROL_DEFAULT_TTL_SECONDS,
        value,
        file: source.file,
        line: lineOf(record)
      });
    }
    if (!records.some((record) => record.name === zone2 && record.value.type === "NS")) {
      const nameservers = child(domain, "nameservers");
      for (const server of (0, import_yaml.isSeq)(nameservers) ? nameservers.items : []) {
        const serverName = scalar(child(server, "name")) ?? scalar(server);
        if (typeof serverName !== "string") continue;
        const target = parseName(serverName.endsWith(".") ? serverName : `${serverName}.`, zone2, fail);
        records.push({
          name: zone2,
          ttl: DNSCONTROL_DEFAULT_TTL_SECONDS,
          value: { type: "NS", target },
          file: source.file,
          line: lineOf(server)
        });
      }
    }
    return { zone: zone2, view, records };
  });
}

// src/zone-data/read.ts
var MAX_FILE_BYTES = 64 * 1024 * 1024;
var MAX_DIRECTORY_ENTRIES = 1e5;
var MAX_NOTES_KEPT = 100;
function checkoutFiles(repositoryRoot) {
  const root = realpathSync(repositoryRoot);
  const inside = (file) => {
    const absolute = realpathSync(path4.join(root, file));
    if (absolute !== root && !absolute.startsWith(`${root}${path4.sep}`)) throw new Error("it leaves the repository");
    return absolute;
  };
  return {
    read(file) {
      const absolute = inside(file);
      const stats = lstatSync(absolute);
      if (!stats.isFile()) throw new Error("not a regular file");
      if (stats.size > MAX_FILE_BYTES) throw new Error(`larger than ${MAX_FILE_BYTES} bytes`);
      return readFileSync(absolute, "utf8");
    },
    list(directory) {
      let absolute;
      try {
        absolute = inside(directory);
      } catch {
        return void 0;
      }
      if (!lstatSync(absolute).isDirectory()) return void 0;
      const entries = readdirSync(absolute, { withFileTypes: true });
      if (entries.length > MAX_DIRECTORY_ENTRIES) throw new Error(`${directory} has more than ${MAX_DIRECTORY_ENTRIES} entries`);
      return entries.filter((entry) => entry.isFile() || entry.isSymbolicLink()).map((entry) => entry.name).sort();
    }
  };
}
function commitFiles(repositoryRoot, commit) {
  let available = false;
  const git = (args) => execFileSync("git", args, { cwd: repositoryRoot, encoding: "utf8", maxBuffer: MAX_FILE_BYTES, stdio: ["ignore", "pipe", "ignore"] });
  const ensure = () => {
    if (available) return;
    try {
      git(["cat-file", "-e", `${commit}^{commit}`]);
    } catch {
      git(["fetch", "--no-tags", "--depth=1", "origin", commit]);
    }
    available = true;
  };
  return {
    read(file) {
      ensure();
      return git(["show", `${commit}:${file}`]);
    },
    list(directory) {
      ensure();
      try {
        if (git(["cat-file", "-t", `${commit}:${directory}`]).trim() !== "tree") return void 0;
      } catch {
        return void 0;
      }
      return git(["ls-tree", "--name-only", `${commit}:${directory}`]).split("\n").filter((name) => name !== "").sort();
    }
  };
}
function readZoneData(sources, policyFile, files) {
  const zones = [];
  const policyDirectory = path4.posix.dirname(policyFile.split(path4.sep).join("/"));
  for (const source of sources) {
    const target = path4.posix.normalize(path4.posix.join(policyDirectory, source.path));
    const where = `${source.location.file}:${source.location.line}`;
    if (target === ".." || target.startsWith("../") || path4.posix.isAbsolute(target)) {
      throw new ZoneDataError(source.location.file, source.location.line, `zone-data path ${source.path} leaves the repository`);
    }
    const read = (file) => {
      try {
        return files.read(file);
      } catch (error) {
        throw new ZoneDataError(source.location.file, source.location.line, `cannot read ${file}: ${error.message}`);
      }
    };
    const entries = files.list(target);
    if (source.format === "dnscontrol") {
      if (entries !== void 0)
        throw new ZoneDataError(source.location.file, source.location.line, `${target} is a directory; dnscontrol data is one file`);
      for (const domain of readDnscontrol({ file: target, text: read(target) })) {
        zones.push({
          zone: domain.zone,
          format: "dnscontrol",
          file: target,
          records: domain.records,
          ...domain.view === void 0 ? {} : { view: domain.view }
        });
      }
      continue;
    }
    const candidates = [];
    if (entries === void 0) {
      const zone2 = source.zone ?? zoneFromFileName(path4.posix.basename(target), source.format);
      if (zone2 === void 0) {
        throw new ZoneDataError(source.location.file, source.location.line, `cannot tell the zone of ${target} from its name: add zone:`);
      }
      candidates.push({ file: target, zone: zone2 });
    } else {
      if (source.zone !== void 0)
        throw new ZoneDataError(source.location.file, source.location.line, `zone: applies to a single file, and ${target} is a directory`);
      for (const entry of entries) {
        const zone2 = zoneFromFileName(entry, source.format);
        if (zone2 !== void 0) candidates.push({ file: path4.posix.join(target, entry), zone: zone2 });
      }
    }
    for (const { file, zone: zone2 } of candidates) {
      const text = read(file);
      if (source.format === "octodns") {
        const { records: records2, ignored } = readOctodns({ file, text }, zone2);
        zones.push({ zone: zone2, format: "octodns", file, records: records2, ...ignored.length > 0 ? { ignored } : {} });
        continue;
      }
      if (entries !== void 0 && !/\.zone$|^db\./.test(path4.posix.basename(file)) && !/\bSOA\b/i.test(text)) continue;
      const ttlsReadAsZero2 = [];
      const records = readZoneFile(
        { file, text },
        { origin: zone2, include: read, ttlReadAsZero: (where2) => ttlsReadAsZero2.length < MAX_NOTES_KEPT && ttlsReadAsZero2.push(where2) }
      );
      if (!records.some((record) => record.name === zone2 && record.value.type === "SOA")) {
        if (entries !== void 0 && !/\.zone$|^db\./.test(path4.posix.basename(file))) continue;
        throw new ZoneDataError(file, 1, `no SOA record at ${zone2} (${where})`);
      }
      const outOfZone2 = records.filter((record) => !isSubdomain(record.name, zone2));
      zones.push({
        zone: zone2,
        format: "rfc1035",
        file,
        records: outOfZone2.length === 0 ? records : records.filter((record) => isSubdomain(record.name, zone2)),
        ...ttlsReadAsZero2.length === 0 ? {} : { ttlsReadAsZero: ttlsReadAsZero2 },
        ...outOfZone2.length === 0 ? {} : {
          outOfZone: outOfZone2.slice(0, MAX_NOTES_KEPT).map((record) => ({
            name: record.name,
            type: record.value.type === "other" ? record.value.typeName : record.value.type,
            file: record.file,
            line: record.line
          }))
        }
      });
    }
  }
  return { zones: zones.sort((a, b) => compareText(a.zone, b.zone) || compareText(a.view ?? "", b.view ?? "")) };
}
function zoneFromFileName(fileName, format) {
  if (fileName.startsWith(".")) return void 0;
  const bare = format === "octodns" ? /^(.+?)\.?\.ya?ml$/.exec(fileName)?.[1] : /^db\.(.+)$/.exec(fileName)?.[1] ?? /^(.+)\.zone$/.exec(fileName)?.[1] ?? (/\.(md|txt|json|ya?ml|conf|include|inc|sh|bak|orig|swp)$/i.test(fileName) ? void 0 : fileName);
  return bare === void 0 ? void 0 : parseHostName(bare);
}

// src/cli-arguments.ts
var USAGE = `Usage:
  mail-perimeter check --policy FILE [options]      observe live DNS and SMTP, judge against the policy
  mail-perimeter evaluate --policy FILE --observations FILE [options]
                                                   judge a saved run offline
  mail-perimeter check --policy FILE --shard i/n --save-observations FILE
                                                   observe one part of the run (an Actions matrix)
  mail-perimeter merge --policy FILE OBS...         judge every shard's observations as one run
  mail-perimeter demo [--format F] [--output FILE] the whole check against a built-in loopback world
  mail-perimeter demo --serve                      only serve that world, until Ctrl-C
  mail-perimeter demo --planted                    list, as JSON, the findings the demo world must yield
  mail-perimeter --version

Options:
  --format text|json|sarif     output format (default text)
  --output FILE                write the output there instead of standard output
  --category NAME              SARIF code-scanning category (default: from the policy and the phases that ran)
  --fail-on error|warning|notice|never   (default error)
  --root-hints ADDR[,ADDR...]  root servers to start from (default: the IANA root servers)
  --dns-port N                 send every DNS query to this port (default 53)
  --smtp-port N                the port approved mail servers must answer on (default 25)
  --timeout-ms N               per DNS query attempt and TCP connect (default ${DEFAULT_SETTINGS.timeoutMs})
  --greeting-timeout-ms N      how long a scanned listener may take to greet (default ${DEFAULT_SETTINGS.greetingTimeoutMs})
  --probe-greeting-timeout-ms N    how long the SMTP probe waits for an MX's greeting (default ${DEFAULT_SETTINGS.probeGreetingTimeoutMs})
  --retries N                  DNS retries after the first attempt (default ${DEFAULT_SETTINGS.retries})
  --concurrency N              queries and probes in flight (default ${DEFAULT_SETTINGS.concurrency})
  --ip-version auto|4|6        which servers to ask (default auto)
  --base-ref REF               mark zone-data findings introduced, fixed or unchanged against this git ref
  --fail-on-unchanged true|false   whether findings already on --base-ref fail the run (default true)
  --deadline-minutes N         end observing after N minutes; the rest is reported unchecked (default ${DEFAULT_SETTINGS.deadlineMinutes})
  --only PHASES                zone-data, dns, probe, scan (comma-separated) or all (default: what the policy configures)
  --save-observations FILE     keep what was observed, to evaluate later
  --verbose                    debug output on standard error

Exit codes: 0 nothing at or above --fail-on, 1 policy violated, 2 the run could not be done.`;
function parseCli(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: "string" },
        observations: { type: "string" },
        format: { type: "string", default: "text" },
        output: { type: "string" },
        category: { type: "string" },
        "fail-on": { type: "string" },
        "root-hints": { type: "string" },
        "dns-port": { type: "string" },
        "smtp-port": { type: "string" },
        "timeout-ms": { type: "string" },
        "greeting-timeout-ms": { type: "string" },
        "probe-greeting-timeout-ms": { type: "string" },
        retries: { type: "string" },
        concurrency: { type: "string" },
        "ip-version": { type: "string" },
        "deadline-minutes": { type: "string" },
        deadline: { type: "string" },
        "base-ref": { type: "string" },
        "fail-on-unchanged": { type: "string" },
        shard: { type: "string" },
        only: { type: "string" },
        "save-observations": { type: "string" },
        verbose: { type: "boolean", default: false },
        serve: { type: "boolean", default: false },
        planted: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "V", default: false }
      }
    });
  } catch (error) {
    const mistake = error.message.split(/\. |\.$/)[0].replace(/^Unknown option/, "unknown option");
    throw new ConfigurationError(`${mistake}; see mail-perimeter --help`);
  }
  const { values, positionals } = parsed;
  const command = values.version ? "version" : values.help ? "help" : positionals[0];
  if (command !== "check" && command !== "evaluate" && command !== "merge" && command !== "demo" && command !== "help" && command !== "version") {
    throw new ConfigurationError(
      `${command === void 0 ? "no command given" : `unknown command "${command}"`}; see mail-perimeter --help`
    );
  }
  if (positionals.length > 1 && command !== "merge") throw new ConfigurationError(`unexpected argument "${positionals[1]}"`);
  if (command === "merge" && positionals.length < 2) throw new ConfigurationError("merge needs the observation files of every shard");
  if ((command === "check" || command === "evaluate" || command === "merge") && values.policy === void 0) {
    throw new ConfigurationError(`${command} needs --policy FILE`);
  }
  if (command === "evaluate" && values.observations === void 0) throw new ConfigurationError("evaluate needs --observations FILE");
  if (command !== "evaluate" && values.observations !== void 0) throw new ConfigurationError("--observations is for evaluate");
  const format = oneOf("--format", values.format, OUTPUT_FORMATS);
  const given = (name) => {
    const options = values;
    const value = name === "deadline-minutes" ? options[name] ?? options["deadline"] : options[name];
    return typeof value === "string" && value.trim() !== "" ? value : void 0;
  };
  const settings = {
    ...readRunOptions(given, (name) => `--${name}`),
    policyFile: values.policy ?? "",
    ...locatePolicy(values.policy ?? "."),
    observationsFile: values.observations,
    saveObservationsFile: values["save-observations"],
    scanPolicySource: void 0,
    mergeFiles: command === "merge" ? positionals.slice(1) : void 0,
    zoneDataBase: values["base-ref"] === void 0 ? void 0 : commitFiles(locatePolicy(values.policy ?? ".").repositoryRoot, values["base-ref"])
  };
  if (values.serve && command !== "demo") throw new ConfigurationError("--serve is for demo");
  if (values.planted && command !== "demo") throw new ConfigurationError("--planted is for demo");
  return {
    command,
    settings,
    format,
    output: values.output,
    category: values.category,
    verbose: values.verbose ?? false,
    serve: values.serve ?? false,
    planted: values.planted ?? false
  };
}

// src/lab/demo.ts
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path5 from "node:path";

// src/run.ts
import { constants } from "node:fs";
import { open as open2 } from "node:fs/promises";

// package.json
var package_default = {
  name: "mail-perimeter",
  version: "0.1.0",
  description: "Checks that every server able to receive mail for your domains is one you manage: every authoritative name server, every MX, every SMTP listener in your address space.",
  type: "module",
  license: "MIT",
  repository: {
    type: "git",
    url: "git+https://github.com/mail-perimeter/mail-perimeter.git"
  },
  homepage: "https://github.com/mail-perimeter/mail-perimeter#readme",
  bugs: {
    url: "https://github.com/mail-perimeter/mail-perimeter/issues"
  },
  keywords: [
    "dns",
    "mx",
    "smtp",
    "email-security",
    "github-action",
    "dns-as-code"
  ],
  engines: {
    node: ">=20.19"
  },
  bin: {
    "mail-perimeter": "dist/cli.js"
  },
  files: [
    "dist",
    "action.yml",
    "policy.schema.json",
    "docs/observations.schema.json",
    "report.schema.json",
    "LICENSE"
  ],
  scripts: {
    format: "prettier --write .",
    "format:check": "prettier --check .",
    lint: "oxlint --deny-warnings src __tests__ bench scripts",
    typecheck: "tsc --noEmit",
    bundle: "node scripts/bundle.mjs",
    test: "scripts/setup.sh test && vitest run",
    demo: "node dist/cli.js demo",
    bench: "scripts/setup.sh bench && node bench/run.mjs",
    all: "npm run format && npm run lint && npm run typecheck && npm run bundle && npm test",
    fuzz: "node scripts/fuzz.mjs"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@octokit/openapi": "^23.0.2",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@types/dns-packet": "^5.6.5",
    "@types/node": "^24.19.4",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "dns-packet": "^5.6.1",
    esbuild: "^0.28.2",
    "ipaddr.js": "^2.5.0",
    marked: "^16.4.2",
    oxlint: "^1.94.0",
    prettier: "^3.10.1",
    typescript: "^7.0.2",
    vite: "^8.3.8",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  }
};

// src/checks/finding.ts
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function compareFindings(a, b) {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareText(a.name, b.name) || compareText(a.rule, b.rule) || compareText(a.subject, b.subject) || compareText(a.message, b.message);
}
function meetsThreshold(severity, threshold) {
  return threshold !== "never" && SEVERITY_ORDER[severity] <= SEVERITY_ORDER[threshold];
}

// src/checks/zones.ts
function authoritativeServers(zone2) {
  return new Set(
    zone2.servers.filter(({ soa: soa2 }) => soa2.status === "answer" && soa2.records.length > 0).map(({ server }) => serverLabel(server))
  );
}
function isBelieved(authoritative, server) {
  return authoritative.has(serverLabel(server));
}
function zonesWithPolicy(policy, dns) {
  const observedByName = new Map(dns.names.map((observed) => [observed.name, observed]));
  const zonesByName = new Map(dns.zones.map((zone2) => [zone2.zone, zone2]));
  const byZone = /* @__PURE__ */ new Map();
  for (const domain of policy.domains) {
    const observed = observedByName.get(domain.name);
    if (observed?.zone === void 0) continue;
    const entry = byZone.get(observed.zone) ?? { policyNames: [], observedNames: [] };
    entry.policyNames.push(domain);
    entry.observedNames.push(observed);
    byZone.set(observed.zone, entry);
  }
  const result2 = [];
  for (const [zoneName, { policyNames, observedNames }] of byZone) {
    const zone2 = zonesByName.get(zoneName);
    if (zone2 === void 0) continue;
    const apex = policyNames.find((domain) => domain.name === zoneName);
    const declaring = apex?.nameservers !== void 0 ? apex : policyNames.find((domain) => domain.nameservers !== void 0);
    const located = declaring ?? apex ?? policyNames[0];
    result2.push({ zone: zone2, declaring, location: located.location, policyNames, observedNames, authoritative: authoritativeServers(zone2) });
  }
  return result2;
}
function mailPath(observed) {
  if (observed.alias === void 0) return { observation: observed, via: "" };
  return { observation: observed.alias.target, via: ` (via the alias ${[observed.name, ...observed.alias.chain].join(" \u2192 ")})` };
}

// src/checks/coverage.ts
var MAX_REASONS_QUOTED = 6;
function uncheckedNames(policy, dns) {
  const observedByName = new Map(dns.names.map((observed) => [observed.name, observed]));
  const zonesByName = new Map(dns.zones.map((zone2) => [zone2.zone, zone2]));
  const unchecked = [];
  for (const domain of policy.domains) {
    const named = observedByName.get(domain.name);
    if (named === void 0) {
      unchecked.push({ domain, reason: "it was not observed in this run", servers: [] });
      continue;
    }
    const { observation: observed } = mailPath(named);
    if (observed === void 0) {
      unchecked.push({ domain, reason: `it is an alias whose chain could not be followed (${named.alias?.error ?? ""})`, servers: [] });
      continue;
    }
    if (observed.zone === void 0) {
      unchecked.push({ domain, reason: observed.error ?? "no zone was found for it", servers: [] });
      continue;
    }
    const zone2 = zonesByName.get(observed.zone);
    if (zone2 === void 0) {
      unchecked.push({ domain, reason: `its zone ${observed.zone} was not walked`, servers: [] });
      continue;
    }
    const authoritative = authoritativeServers(zone2);
    if (authoritative.size === 0) {
      const reasons = [
        ...zone2.servers.map(({ server, soa: soa2 }) => `${serverLabel(server)} ${describeFailure(soa2)}`),
        ...zone2.unresolvedServers.map((unresolved) => `${unresolved.name} has no address (${unresolved.detail})`)
      ];
      const what = reasons.length === 0 ? `no server of ${zone2.zone} was found` : `no server of ${zone2.zone} answered with authority`;
      unchecked.push({ domain, reason: withReasons(what, reasons), servers: zone2.servers.map(({ server }) => server) });
      continue;
    }
    const believed = observed.servers.filter(({ server }) => isBelieved(authoritative, server));
    if (!believed.some(({ mx }) => recordsOf(mx) !== void 0)) {
      const reasons = believed.map(({ server, mx }) => `${serverLabel(server)} ${describeFailure(mx)}`);
      unchecked.push({
        domain,
        reason: withReasons(`no server of ${zone2.zone} answered its MX question`, reasons),
        servers: believed.map(({ server }) => server)
      });
    }
  }
  return unchecked;
}
function withReasons(what, reasons) {
  if (reasons.length === 0) return what;
  const quoted = reasons.slice(0, MAX_REASONS_QUOTED);
  const more = reasons.length - quoted.length;
  return `${what}: ${listForSentence(more > 0 ? [...quoted, `${more} more`] : quoted)}`;
}
function checkCoverage(policy, dns) {
  return uncheckedNames(policy, dns).map(({ domain, reason, servers }) => ({
    rule: "dns/unchecked",
    name: domain.name,
    subject: domain.name,
    servers: labels(servers),
    message: `${domain.name} was not checked: ${reason}. It cannot pass until it is.`,
    location: domain.location
  }));
}

// src/checks/mx.ts
var NULL_MX_HOST = "";
function checkMx(policy, dns) {
  const managedAddresses = new Set(policy.mailServers.flatMap((server) => server.addresses.map((address) => address.value)));
  const findings = [];
  const observedByName = new Map(dns.names.map((observed) => [observed.name, observed]));
  const targetsByHost = new Map(dns.mxTargets.map((target) => [target.host, target]));
  const authoritativeByZone = new Map(dns.zones.map((zone2) => [zone2.zone, authoritativeServers(zone2)]));
  for (const domain of policy.domains) {
    const named = observedByName.get(domain.name);
    if (named === void 0) continue;
    const { observation: observed, via } = mailPath(named);
    if (observed?.zone === void 0) continue;
    const authoritative = authoritativeByZone.get(observed.zone) ?? /* @__PURE__ */ new Set();
    const believed = observed.servers.filter(({ server }) => isBelieved(authoritative, server));
    const answers = believed.flatMap(({ server, mx }) => {
      const records = recordsOf(mx);
      return records === void 0 ? [] : [{ server, records }];
    });
    const forName = [...inconsistentMx(domain, answers), ...implicitMx(domain, believed, answers)];
    if (domain.mx?.kind === "none") forName.push(...nullMxExpected(domain, answers));
    if (domain.mx?.kind === "hosts") forName.push(...againstDeclaredHosts(domain, domain.mx.hosts, answers));
    if (domain.mx?.kind === "none") forName.push(...againstDeclaredHosts(domain, [], answers));
    forName.push(...targets(domain, answers, targetsByHost, policy.mailServers.length > 0 ? managedAddresses : void 0));
    findings.push(
      ...via === "" ? forName : forName.map((finding) => ({ ...finding, message: finding.message.replace(/\.$/, `${via}.`) }))
    );
  }
  return findings;
}
function hostLocation(domain, host) {
  if (domain.mx?.kind === "hosts") {
    const entry = domain.mx.hosts.find((expected) => expected.host === host);
    if (entry) return entry.location;
  }
  return domain.mx?.location ?? domain.location;
}
function publishersOf(answers, host) {
  const publishing = answers.filter(({ records }) => records.some((record) => record.host === host)).map(({ server }) => server);
  const lacking = answers.filter(({ records }) => !records.some((record) => record.host === host)).map(({ server }) => server);
  return { publishing, lacking };
}
function publishedHosts(answers) {
  return [...new Set(answers.flatMap(({ records }) => records.map((record) => record.host)))].sort();
}
function againstDeclaredHosts(domain, declared, answers) {
  const findings = [];
  for (const host of publishedHosts(answers)) {
    if (host === NULL_MX_HOST || declared.some((expected) => expected.host === host)) continue;
    const { publishing } = publishersOf(answers, host);
    findings.push({
      rule: "mx/unexpected",
      name: domain.name,
      subject: host,
      servers: labels(publishing),
      message: `${domain.name} has MX ${host}, published by ${serversForSentence(publishing)}, which the policy does not list.`,
      location: domain.mx?.location ?? domain.location
    });
  }
  for (const expected of declared) {
    const { publishing, lacking } = publishersOf(answers, expected.host);
    if (lacking.length > 0) {
      findings.push({
        rule: "mx/missing",
        name: domain.name,
        subject: expected.host,
        servers: labels(lacking),
        message: `${domain.name} should have MX ${expected.host}, but ${serversForSentence(lacking)} ${lacking.length === 1 ? "does" : "do"} not publish it.`,
        location: hostLocation(domain, expected.host)
      });
    }
    if (expected.preference === void 0) continue;
    const wrong = answers.filter(
      ({ server, records }) => publishing.includes(server) && records.some((record) => record.host === expected.host && record.preference !== expected.preference)
    );
    if (wrong.length === 0) continue;
    const seen = [
      ...new Set(
        wrong.flatMap(({ records }) => records.filter((record) => record.host === expected.host).map((record) => record.preference))
      )
    ].sort((a, b) => a - b);
    findings.push({
      rule: "mx/preference-mismatch",
      name: domain.name,
      subject: expected.host,
      servers: labels(wrong.map(({ server }) => server)),
      message: `${domain.name} has MX ${expected.host} with preference ${listForSentence(seen.map(String))} on ${serversForSentence(wrong.map(({ server }) => server))}; the policy says ${expected.preference}.`,
      location: hostLocation(domain, expected.host)
    });
  }
  return findings;
}
function nullMxExpected(domain, answers) {
  const without = answers.filter(({ records }) => !records.some((record) => record.host === NULL_MX_HOST)).map(({ server }) => server);
  if (without.length === 0) return [];
  return [
    {
      rule: "mx/null-expected",
      name: domain.name,
      subject: domain.name,
      servers: labels(without),
      message: `${domain.name} must not receive mail, but ${serversForSentence(without)} ${without.length === 1 ? "publishes" : "publish"} no null MX ("0 .", RFC 7505).`,
      location: domain.mx?.location ?? domain.location
    }
  ];
}
function inconsistentMx(domain, answers) {
  const canonical = ({ records }) => records.map((record) => `${record.preference} ${record.host}`).sort().join(",");
  if (new Set(answers.map(canonical)).size <= 1) return [];
  const findings = [];
  for (const host of publishedHosts(answers)) {
    const versions = /* @__PURE__ */ new Map();
    for (const answer of answers) {
      const preferences = answer.records.filter((record) => record.host === host).map((record) => record.preference);
      const key = preferences.length === 0 ? "absent" : preferences.sort((a, b) => a - b).join("/");
      appendTo(versions, key, answer.server);
    }
    if (versions.size <= 1) continue;
    const described = [...versions].sort(([a], [b]) => compareText(a, b)).map(
      ([key, servers]) => key === "absent" ? `absent on ${serversForSentence(servers)}` : `preference ${key} on ${serversForSentence(servers)}`
    );
    const publishing = [...versions].filter(([key]) => key !== "absent").flatMap(([, servers]) => servers);
    findings.push({
      rule: "mx/inconsistent",
      name: domain.name,
      subject: host === NULL_MX_HOST ? "." : host,
      servers: labels(publishing),
      message: `Authoritative servers disagree on MX ${host === NULL_MX_HOST ? "." : host} for ${domain.name}: ${described.join("; ")}.`,
      location: domain.mx?.location ?? domain.location
    });
  }
  return findings;
}
function implicitMx(domain, believed, answers) {
  const withoutMx = new Set(answers.filter(({ records }) => records.length === 0).map(({ server }) => server));
  const delivering = believed.filter(
    ({ server, addresses: addresses2 }) => withoutMx.has(server) && addresses2.status === "answer" && addresses2.records.length > 0
  );
  if (delivering.length === 0) return [];
  const addresses = [...new Set(delivering.flatMap(({ addresses: reply2 }) => reply2.status === "answer" ? reply2.records : []))].sort();
  const servers = delivering.map(({ server }) => server);
  return [
    {
      rule: "mx/implicit",
      name: domain.name,
      subject: domain.name,
      servers: labels(servers),
      message: `${domain.name} has no MX on ${serversForSentence(servers)} but has address ${listForSentence(addresses)}, so mail is delivered there (RFC 5321 \xA75.1).`,
      location: domain.mx?.location ?? domain.location
    }
  ];
}
function targets(domain, answers, resolved, managedAddresses) {
  const findings = [];
  for (const host of publishedHosts(answers)) {
    if (host === NULL_MX_HOST) continue;
    const target = resolved.get(host);
    if (target === void 0) continue;
    const evidence = labels(target.answeredBy);
    const location = hostLocation(domain, host);
    if (target.cnameChain.length > 0) {
      findings.push({
        rule: "mx/cname-target",
        name: domain.name,
        subject: host,
        servers: evidence,
        message: `MX target ${host} of ${domain.name} is an alias (CNAME to ${target.cnameChain.at(-1)}); an MX must name the canonical host (RFC 2181 \xA710.3).`,
        location
      });
    }
    if (target.addresses.length === 0) {
      const why = target.status === "nxdomain" ? "does not exist (NXDOMAIN)" : target.status === "nodata" ? "has no A or AAAA record" : `could not be resolved (${target.detail})`;
      findings.push({
        rule: "mx/target-unresolvable",
        name: domain.name,
        subject: host,
        servers: evidence,
        message: `MX target ${host} of ${domain.name} ${why}, so mail for it cannot be delivered there.`,
        location
      });
      continue;
    }
    if (managedAddresses === void 0) continue;
    const unmanaged = target.addresses.filter((address) => !managedAddresses.has(address));
    if (unmanaged.length === 0) continue;
    const pointing = (target.byServer ?? []).filter((entry) => entry.addresses.some((address) => unmanaged.includes(address)));
    findings.push({
      rule: "mx/target-address",
      name: domain.name,
      subject: host,
      servers: pointing.length > 0 ? labels(pointing.map((entry) => entry.server)) : evidence,
      message: `MX target ${host} of ${domain.name} resolves to ${listForSentence(unmanaged)}${pointing.length > 0 && pointing.length < target.byServer.length ? ` on ${serversForSentence(pointing.map((entry) => entry.server))}` : ""}, not listed under mail-servers.`,
      location
    });
  }
  return findings;
}

// src/checks/ns.ts
function checkNameServers(policy, dns) {
  const findings = [];
  for (const { zone: zone2, declaring, location, observedNames, authoritative } of zonesWithPolicy(policy, dns)) {
    const nsAnswers = zone2.servers.flatMap(
      ({ server, ns }) => ns.status === "answer" && isBelieved(authoritative, server) ? [{ server, hosts: ns.records }] : []
    );
    findings.push(
      ...lameServers(zone2, observedNames, location),
      ...inconsistentNs(zone2, nsAnswers, location),
      ...aliasedServers(zone2, declaring, location)
    );
    if (declaring?.nameservers === void 0) continue;
    const declared = declaring.nameservers.hosts.map((host) => host.value);
    findings.push(
      ...delegationMismatch(zone2, declaring, declared),
      ...zoneMismatch(zone2, declaring, nsAnswers, declared),
      ...undeclaredServers(zone2, declaring, nsAnswers, declared)
    );
  }
  return findings;
}
function nameserverLocation(domain, host) {
  const entry = domain.nameservers?.hosts.find((candidate) => candidate.value === host);
  return entry?.location ?? domain.nameservers?.location ?? domain.location;
}
function setMismatch(rule, zone2, domain, sets, declared, describe) {
  const extra = /* @__PURE__ */ new Map();
  const missing = /* @__PURE__ */ new Map();
  for (const { server, hosts } of sets) {
    for (const host of hosts) if (!declared.includes(host)) appendTo(extra, host, server);
    for (const host of declared) if (!hosts.includes(host)) appendTo(missing, host, server);
  }
  const finding = (host, servers, difference) => ({
    rule,
    name: zone2.zone,
    subject: host,
    servers: labels(servers),
    message: describe(host, servers, difference),
    location: difference === "extra" ? domain.nameservers?.location ?? domain.location : nameserverLocation(domain, host)
  });
  return [
    ...[...extra].map(([host, servers]) => finding(host, servers, "extra")),
    ...[...missing].map(([host, servers]) => finding(host, servers, "missing"))
  ];
}
function delegationMismatch(zone2, domain, declared) {
  if (zone2.parent === void 0) return [];
  const parentZone = displayName(zone2.parent.zone);
  const sets = zone2.parent.delegations.flatMap(
    ({ server, reply: reply2 }) => reply2.status === "referral" || reply2.status === "authoritative" ? [{ server, hosts: reply2.ns }] : reply2.status === "nxdomain" ? [{ server, hosts: [] }] : []
  );
  return setMismatch(
    "ns/delegation-mismatch",
    zone2,
    domain,
    sets,
    declared,
    (host, servers, difference) => difference === "extra" ? `The ${parentZone} delegation of ${zone2.zone} names ${host}, which is not in the policy's nameservers (according to ${serversForSentence(servers)}).` : `The ${parentZone} delegation of ${zone2.zone} lacks ${host}, which the policy declares (according to ${serversForSentence(servers)}).`
  );
}
function zoneMismatch(zone2, domain, nsAnswers, declared) {
  return setMismatch(
    "ns/zone-mismatch",
    zone2,
    domain,
    nsAnswers,
    declared,
    (host, servers, difference) => difference === "extra" ? `The NS RRset of ${zone2.zone} served by ${serversForSentence(servers)} includes ${host}, which is not in the policy's nameservers.` : `The NS RRset of ${zone2.zone} served by ${serversForSentence(servers)} lacks ${host}, which the policy declares.`
  );
}
function undeclaredServers(zone2, domain, nsAnswers, declared) {
  const namedBy = /* @__PURE__ */ new Map();
  const note = (host, server) => appendTo(namedBy, host, server);
  for (const { server, reply: reply2 } of zone2.parent?.delegations ?? []) {
    if (reply2.status === "referral" || reply2.status === "authoritative") reply2.ns.forEach((host) => note(host, server));
  }
  for (const { server, hosts } of nsAnswers) hosts.forEach((host) => note(host, server));
  return [...namedBy].filter(([host]) => !declared.includes(host)).map(([host, servers]) => {
    const answered = zone2.servers.filter((observed) => observed.server.name === host && observed.soa.status === "answer");
    const role = answered.length > 0 ? "answers authoritatively for" : "is named as a server of";
    return {
      rule: "ns/undeclared-server",
      name: zone2.zone,
      subject: host,
      servers: labels(servers),
      message: `${host} ${role} ${zone2.zone} (named by ${serversForSentence(servers)}) but is not in the policy's nameservers.`,
      location: domain.nameservers?.location ?? domain.location
    };
  });
}
function inconsistentNs(zone2, answers, location) {
  const distinctSets = new Set(answers.map(({ hosts }) => [...hosts].sort().join(" ")));
  if (distinctSets.size <= 1) return [];
  const allHosts = [...new Set(answers.flatMap(({ hosts }) => hosts))].sort();
  return allHosts.flatMap((host) => {
    const publishing = answers.filter(({ hosts }) => hosts.includes(host)).map(({ server }) => server);
    const lacking = answers.filter(({ hosts }) => !hosts.includes(host)).map(({ server }) => server);
    if (lacking.length === 0) return [];
    return [
      {
        rule: "ns/inconsistent",
        name: zone2.zone,
        subject: host,
        servers: labels(publishing),
        message: `NS ${host} for ${zone2.zone} is served by ${serversForSentence(publishing)} but not by ${serversForSentence(lacking)}.`,
        location
      }
    ];
  });
}
function aliasedServers(zone2, declaring, location) {
  return zone2.aliasedServers.map((alias) => {
    const where = alias.publishedBy.length > 0 ? ` (according to ${serversForSentence(alias.publishedBy)})` : "";
    return {
      rule: "ns/cname-target",
      name: zone2.zone,
      subject: alias.name,
      servers: labels(alias.publishedBy),
      message: `${alias.name}, named as a server of ${zone2.zone}, is an alias (CNAME to ${alias.chain.at(-1) ?? "?"})${where}; NS records must name the canonical host (RFC 2181 \xA710.3).`,
      location: declaring ? nameserverLocation(declaring, alias.name) : location
    };
  });
}
function lameServers(zone2, namesInZone, location) {
  const findings = [];
  const byName = /* @__PURE__ */ new Map();
  const note = (server, why) => appendTo(byName, server.name, { server, why });
  for (const observed of zone2.servers) {
    const soaRecords = recordsOf(observed.soa);
    if (observed.soa.status === "not-checked") continue;
    if (observed.soa.status === "answer" && soaRecords && soaRecords.length > 0) {
      const failedNames = namesInZone.flatMap(({ name, servers }) => {
        const reply2 = servers.find(
          (entry) => entry.server.address === observed.server.address && entry.server.name === observed.server.name
        )?.mx;
        return reply2?.status === "failed" ? [`${describeFailure(reply2)} to MX ${name}`] : [];
      });
      if (failedNames.length > 0) note(observed.server, failedNames.join(", "));
      continue;
    }
    note(observed.server, observed.soa.status === "answer" ? "answered without an SOA record at the apex" : describeFailure(observed.soa));
  }
  for (const [name, failures] of byName) {
    const reasons = failures.map(({ server, why }) => `${server.address} ${why}`);
    findings.push({
      rule: "ns/lame",
      name: zone2.zone,
      subject: name,
      servers: labels(failures.map(({ server }) => server)),
      message: `${name} is listed for ${zone2.zone} but does not serve it: ${listForSentence(reasons)}.`,
      location
    });
  }
  for (const unresolved of zone2.unresolvedServers) {
    findings.push({
      rule: "ns/lame",
      name: zone2.zone,
      subject: unresolved.name,
      servers: [],
      message: `${unresolved.name} is listed for ${zone2.zone} but has no address to ask (${unresolved.detail}).`,
      location
    });
  }
  return findings;
}

// src/address-range.ts
var import_ipaddr2 = __toESM(require_ipaddr(), 1);
var NARROWEST_IPV6_PREFIX = 112;
function parseAddressRange(text) {
  const [addressText = "", prefixText, extra] = text.trim().split("/");
  if (extra !== void 0) return { ok: false, reason: `"${text}" is not an address or CIDR prefix` };
  const address = parseIpAddress(addressText);
  if (address === void 0) return { ok: false, reason: `"${addressText}" is not an IP address` };
  const family = address.includes(":") ? 6 : 4;
  const bits = family === 4 ? 32 : 128;
  let prefix = bits;
  if (prefixText !== void 0) {
    if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) {
      return { ok: false, reason: `"/${prefixText}" is not a valid IPv${family} prefix length (0-${bits})` };
    }
    prefix = Number(prefixText);
  }
  if (family === 6 && prefix < NARROWEST_IPV6_PREFIX) {
    return {
      ok: false,
      reason: `IPv6 prefix /${prefix} is wider than /${NARROWEST_IPV6_PREFIX}; scan narrower blocks where your servers live`
    };
  }
  const value = addressToBigInt(address);
  const hostBits = BigInt(bits - prefix);
  const first = value >> hostBits << hostBits;
  if (first !== value) {
    const network = bigIntToAddress(first, family);
    return { ok: false, reason: `"${text}" has host bits set; the network is ${network}/${prefix}` };
  }
  return { ok: true, range: { text: text.trim(), family, first, size: 1n << hostBits } };
}
function addressToBigInt(address) {
  let value = 0n;
  for (const byte of import_ipaddr2.default.parse(address).toByteArray()) value = value << 8n | BigInt(byte);
  return value;
}
function bigIntToAddress(value, family) {
  const byteCount = family === 4 ? 4 : 16;
  const bytes = [];
  for (let i = byteCount - 1; i >= 0; i--) bytes.push(Number(value >> BigInt(i * 8) & 0xffn));
  return import_ipaddr2.default.fromByteArray(bytes).toString();
}
function rangeContains(range, address) {
  if ((address.includes(":") ? 6 : 4) !== range.family) return false;
  const value = addressToBigInt(address);
  return value >= range.first && value < range.first + range.size;
}
function mergeRanges(ranges) {
  const sorted = [...ranges].sort((a, b) => a.family - b.family || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const merged = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    const end = range.first + range.size;
    if (last !== void 0 && last.family === range.family && range.first <= last.end) {
      if (end > last.end) merged[merged.length - 1] = { ...last, end };
    } else {
      merged.push({ family: range.family, first: range.first, end });
    }
  }
  return merged;
}
function distinctAddressCount(ranges) {
  return mergeRanges(ranges).reduce((total, interval) => total + (interval.end - interval.first), 0n);
}

// src/checks/smtp.ts
var GREETING_EXCERPT_CHARS = 120;
function checkScan(policy, scan) {
  const scanPolicy = policy.scan;
  if (scanPolicy === void 0) return [];
  const mailServerAddresses = /* @__PURE__ */ new Map();
  for (const server of policy.mailServers) {
    for (const address of server.addresses) mailServerAddresses.set(address.value, address.location);
  }
  const isApproved = (probe) => mailServerAddresses.has(probe.address) || scanPolicy.allow.some((allowed) => allowed.address === probe.address && (allowed.port === void 0 || allowed.port === probe.port));
  const findings = [];
  for (const probe of scan.probes) {
    if (isApproved(probe)) continue;
    const endpoint = formatEndpoint(probe.address, probe.port);
    if (probe.state === "smtp") {
      findings.push({
        rule: "smtp/unexpected-listener",
        name: probe.address,
        subject: endpoint,
        servers: [],
        message: `${endpoint} answers SMTP ("${excerpt(probe.greeting)}") but is neither a declared mail server nor in scan.allow.`,
        location: rangeLocation(scanPolicy, probe.address)
      });
    } else if (probe.state === "open") {
      const heard = probe.greeting ? `; it said "${excerpt(probe.greeting)}"` : " and stays silent";
      findings.push({
        rule: "smtp/unexpected-open-port",
        name: probe.address,
        subject: endpoint,
        servers: [],
        message: `${endpoint} accepts connections but does not greet with SMTP${heard}.`,
        location: rangeLocation(scanPolicy, probe.address)
      });
    }
  }
  findings.push(...approvedServers(scanPolicy, scan, mailServerAddresses));
  if (!scanPolicy.fromBase) return findings;
  return findings.map((finding) => ({
    ...finding,
    message: `${finding.message} (The scanned ranges are the base branch's: a pull request cannot change them.)`
  }));
}
function approvedServers(scanPolicy, scan, mailServerAddresses) {
  const inRange = [...mailServerAddresses].filter(([address]) => scanPolicy.ranges.some((range) => rangeContains(range.value, address)));
  if (inRange.length === 0) return [];
  const smtpProbes = scan.probes.filter((probe) => probe.port === scan.smtpPort);
  const stateOf = (address) => smtpProbes.find((probe) => probe.address === address)?.state ?? "not-probed";
  const anythingAnswered = smtpProbes.some((probe) => probe.state === "open" || probe.state === "smtp");
  const approvedStates = inRange.map(([address]) => stateOf(address));
  const noneReached = approvedStates.every((state) => state === "filtered" || state === "not-probed");
  if (!anythingAnswered && noneReached) {
    return [
      {
        rule: "scan/egress-blocked",
        name: scanPolicy.ranges.map((range) => range.value.text).join(", "),
        subject: `port ${scan.smtpPort}`,
        servers: [],
        message: `Not even the declared mail servers (${inRange.map(([address]) => address).join(", ")}) answered on port ${scan.smtpPort}: this runner's outbound traffic is blocked, so the scan proves nothing; run it on a self-hosted runner.`,
        location: scanPolicy.location
      }
    ];
  }
  return inRange.flatMap(([address, location]) => {
    const state = stateOf(address);
    if (state === "smtp") return [];
    const endpoint = formatEndpoint(address, scan.smtpPort);
    const why = {
      closed: "refuses connections",
      filtered: "does not answer connection attempts",
      open: "accepts connections but does not greet with SMTP",
      "not-probed": "could not be probed from this runner"
    }[state];
    return [
      {
        rule: "smtp/approved-unreachable",
        name: address,
        subject: endpoint,
        servers: [],
        message: `Declared mail server address ${endpoint} ${why}.`,
        location
      }
    ];
  });
}
function rangeLocation(scanPolicy, address) {
  return scanPolicy.ranges.find((range) => rangeContains(range.value, address))?.location ?? scanPolicy.location;
}
function excerpt(text) {
  return text.length > GREETING_EXCERPT_CHARS ? `${text.slice(0, GREETING_EXCERPT_CHARS)}\u2026` : text;
}

// src/checks/soa.ts
function checkSoaSerials(policy, dns) {
  const findings = [];
  for (const { zone: zone2, location } of zonesWithPolicy(policy, dns)) {
    const answers = zone2.servers.flatMap(({ server, soa: soa2 }) => {
      const serial = soa2.status === "answer" ? soa2.records[0]?.serial : void 0;
      return serial === void 0 ? [] : [{ server, serial }];
    });
    const serials = [...new Set(answers.map(({ serial }) => serial))];
    if (serials.length <= 1) continue;
    const newest = serials.reduce(newerSerial);
    const current = [...new Set(answers.filter(({ serial }) => serial === newest).map(({ server }) => server.name))].sort();
    const behind = /* @__PURE__ */ new Map();
    for (const { server, serial } of answers) {
      if (serial === newest) continue;
      const key = `${server.name} ${serial}`;
      const entry = behind.get(key) ?? { serial, servers: [] };
      entry.servers.push(server);
      behind.set(key, entry);
    }
    for (const { serial, servers } of behind.values()) {
      const name = servers[0].name;
      findings.push({
        rule: "soa/serial-inconsistent",
        name: zone2.zone,
        subject: name,
        servers: labels(servers),
        message: `${name} serves ${zone2.zone} with SOA serial ${serial}, behind serial ${newest} served by ${listForSentence(current)}.`,
        location
      });
    }
  }
  return findings;
}
function newerSerial(a, b) {
  const difference = (b - a + 2 ** 32) % 2 ** 32;
  return difference !== 0 && difference < 2 ** 31 ? b : a;
}

// src/checks/transfer.ts
function checkZoneTransfers(policy, dns) {
  const findings = [];
  const policyNames = new Set(policy.domains.map((domain) => domain.name));
  for (const { zone: zone2, location, policyNames: namesInZone } of zonesWithPolicy(policy, dns)) {
    const openByName = /* @__PURE__ */ new Map();
    for (const transfer of zone2.transfers) {
      if (transfer.status !== "transferred") continue;
      appendTo(openByName, transfer.server.name, transfer.server);
    }
    for (const [name, servers] of openByName) {
      findings.push({
        rule: "zone/transfer-open",
        name: zone2.zone,
        subject: name,
        servers: labels(servers),
        message: `${name} allowed a full zone transfer (AXFR) of ${zone2.zone} to this runner.`,
        location
      });
    }
    const discovering = namesInZone.find((domain) => domain.discoverByTransfer);
    if (discovering === void 0) continue;
    const publishers = /* @__PURE__ */ new Map();
    for (const transfer of zone2.transfers) {
      for (const { name } of transfer.mxNames) {
        if (policyNames.has(name)) continue;
        appendTo(publishers, name, transfer.server);
      }
    }
    for (const [name, servers] of publishers) {
      findings.push({
        rule: "mx/undeclared-name",
        name,
        subject: name,
        servers: labels(servers),
        message: `${name} publishes MX records in the ${zone2.zone} zone transferred from ${serversForSentence(servers)}, but is not in the policy.`,
        location: discovering.location
      });
    }
  }
  return findings;
}

// src/checks/transport.ts
var MAX_QUESTIONS_QUOTED = 4;
function checkServerTransports(policy, dns) {
  if (!dns.transports?.length) return [];
  const byAddress = new Map(dns.transports.map((transport) => [transport.address, transport]));
  const findings = [];
  for (const { zone: zone2, location } of zonesWithPolicy(policy, dns)) {
    const asked = zone2.servers.flatMap(({ server }) => {
      const transport = byAddress.get(server.address);
      return transport === void 0 ? [] : [{ server, transport }];
    });
    for (const [name, entries] of groupBy(asked, ({ server }) => server.name)) {
      const withoutEdns = entries.filter(({ transport }) => transport.edns === "not-used");
      if (withoutEdns.length > 0) {
        const reasons = [...new Set(withoutEdns.map(({ transport }) => `${transport.address}: ${transport.ednsDetail}`))];
        findings.push({
          rule: "dns/no-edns",
          name: zone2.zone,
          subject: name,
          servers: labels(withoutEdns.map(({ server }) => server)),
          message: `${name} (a server of ${zone2.zone}) does not take EDNS (${listForSentence(reasons)}): it was asked again without EDNS, and its answers count, but it cannot serve DNSSEC or answers larger than 512 bytes over UDP (RFC 6891).`,
          location
        });
      }
      const silent = entries.filter(({ transport }) => transport.unansweredCount > 0);
      if (silent.length > 0) {
        const questions = silent.flatMap(
          ({ transport }) => transport.unanswered.map((question) => `${question.type} ${question.name || "."} at ${transport.address} (${question.detail})`)
        );
        const total = silent.reduce((sum, { transport }) => sum + transport.unansweredCount, 0);
        const quoted = [...new Set(questions)].slice(0, MAX_QUESTIONS_QUOTED);
        const more = total - quoted.length;
        findings.push({
          rule: "dns/question-unanswered",
          name: zone2.zone,
          subject: name,
          servers: labels(silent.map(({ server }) => server)),
          message: `${name} (a server of ${zone2.zone}) answered other questions but not ${listForSentence(more > 0 ? [...quoted, `${more} more`] : quoted)}: its word on those is not checked.`,
          location
        });
      }
    }
  }
  return findings;
}

// src/checks/zone-data.ts
var ZoneIndex = class {
  constructor(zone2) {
    this.zone = zone2;
    for (const record of zone2.records) {
      const list = this.byName.get(record.name) ?? [];
      list.push(record);
      this.byName.set(record.name, list);
      if (record.value.type === "NS" && record.name !== zone2.zone) this.cuts.push(record.name);
    }
  }
  zone;
  byName = /* @__PURE__ */ new Map();
  /** Names below the apex that are delegated away (NS at a non-apex name): not this zone's data. */
  cuts = [];
  get server() {
    return { name: zoneLabel(this.zone), address: "" };
  }
  /** Whether the zone holds the name (not below one of its delegations). */
  holds(name) {
    return isSubdomain(name, this.zone.zone) && !this.cuts.some((cut) => cut !== name && isSubdomain(name, cut));
  }
  records(name, type) {
    return (this.byName.get(name) ?? []).filter((record) => record.value.type === type);
  }
  /** The apex NS RRset's targets. */
  nameServers() {
    return this.records(this.zone.zone, "NS").flatMap(({ value }) => value.type === "NS" ? [value.target] : []);
  }
  /** A name exists when it owns records or has names below it (an empty non-terminal: NODATA). */
  exists(name) {
    if (this.byName.has(name)) return true;
    for (const owner of this.byName.keys()) if (owner.endsWith(`.${name}`)) return true;
    return false;
  }
  mxReply(name) {
    if (this.zone.ignored?.some((record) => record.name === name && record.type === "MX")) {
      return { status: "not-checked", reason: `${this.zone.file} marks its MX as managed elsewhere (octodns: ignored)` };
    }
    if (!this.exists(name)) return { status: "nxdomain" };
    return {
      status: "answer",
      records: this.records(name, "MX").flatMap(
        ({ value }) => value.type === "MX" ? [{ preference: value.preference, host: value.host }] : []
      )
    };
  }
  addresses(name) {
    return [...this.records(name, "A"), ...this.records(name, "AAAA")].flatMap(
      ({ value }) => value.type === "A" || value.type === "AAAA" ? [value.address] : []
    );
  }
  alias(name) {
    const record = this.records(name, "CNAME")[0];
    return record?.value.type === "CNAME" ? record.value.target : void 0;
  }
};
function zoneFor(indexes, name) {
  let best;
  for (const index of indexes) {
    if (index.holds(name) && (best === void 0 || index.zone.zone.length > best.zone.zone.length)) best = index;
  }
  return best;
}
function nameFromData(indexes, name) {
  const index = zoneFor(indexes, name);
  if (index === void 0) return { name, zone: void 0, servers: [], error: "no zone-data zone holds it" };
  const alias = index.alias(name);
  const addresses = index.addresses(name);
  const server = {
    server: index.server,
    mx: alias !== void 0 ? { status: "answer", records: [] } : index.mxReply(name),
    addresses: { status: "answer", records: addresses },
    ...alias !== void 0 ? { alias } : {}
  };
  const observed = { name, zone: index.zone.zone, servers: [server], error: void 0 };
  if (alias === void 0) return observed;
  const chain = [];
  for (let next = alias; next !== void 0; ) {
    if (next === name || chain.includes(next) || chain.length >= MAX_CNAME_CHAIN) {
      return {
        ...observed,
        alias: {
          chain: [...chain, next],
          target: void 0,
          error: `CNAME loop or chain too long in the zone data: ${[name, ...chain, next].join(" \u2192 ")}`
        }
      };
    }
    chain.push(next);
    const target = nameFromData(indexes, next);
    if (target.zone === void 0) {
      return { ...observed, alias: { chain, target: void 0, error: `the alias target ${next} is not in the zone data` } };
    }
    next = target.servers[0]?.alias;
    if (next === void 0) return { ...observed, alias: { chain, target, error: void 0 } };
  }
  return observed;
}
function zoneLabel(zone2) {
  return zone2.view === void 0 ? zone2.file : `${zone2.file} (view ${zone2.view})`;
}
function zoneDataAsDns(policy, zoneData) {
  return indexedZoneDataAsDns(
    policy,
    zoneData.zones.map((zone2) => new ZoneIndex(zone2))
  );
}
function viewIndexes(indexes, view) {
  return view === void 0 ? indexes.filter((index) => index.zone.view === void 0) : [...indexes.filter((index) => index.zone.view === view), ...indexes.filter((index) => index.zone.view === void 0)];
}
function indexedZoneDataAsDns(policy, indexes, judges = () => true) {
  const zones = indexes.filter(judges).map((index) => {
    const apex = index.zone.zone;
    const soa2 = index.records(apex, "SOA").flatMap(({ value }) => value.type === "SOA" ? [{ serial: value.serial, primary: value.primary }] : []);
    const ns = index.nameServers();
    const aliasedServers2 = ns.flatMap((host) => {
      const target = zoneFor(indexes, host)?.alias(host);
      return target === void 0 ? [] : [{ name: host, chain: [target], publishedBy: [index.server] }];
    });
    return {
      zone: apex,
      parent: void 0,
      servers: [
        {
          server: index.server,
          foundVia: ["zone"],
          addressFoundVia: [],
          // octoDNS and DNSControl data has no SOA: the file itself is the authority.
          soa: { status: "answer", records: soa2.length > 0 ? soa2 : [{ serial: 0, primary: apex }] },
          ns: { status: "answer", records: ns }
        }
      ],
      unresolvedServers: [],
      aliasedServers: aliasedServers2,
      transfers: []
    };
  });
  const names = policy.domains.map((domain) => nameFromData(indexes, domain.name));
  const targetHosts = /* @__PURE__ */ new Set();
  for (const observed of names) {
    const mailPath2 = observed.alias?.target ?? observed;
    for (const { mx } of mailPath2.servers) for (const record of recordsOf(mx) ?? []) if (record.host !== "") targetHosts.add(record.host);
  }
  const mxTargets = [...targetHosts].flatMap((host) => {
    const index = zoneFor(indexes, host);
    if (index === void 0) return [];
    const alias = index.alias(host);
    const aliasIndex = alias === void 0 ? void 0 : zoneFor(indexes, alias);
    const addresses = alias === void 0 ? index.addresses(host) : aliasIndex?.addresses(alias) ?? [];
    if (alias !== void 0 && aliasIndex === void 0) return [];
    return [
      {
        host,
        status: addresses.length > 0 ? "resolved" : index.exists(host) ? "nodata" : "nxdomain",
        addresses,
        cnameChain: alias === void 0 ? [] : [alias],
        answeredBy: [index.server],
        byServer: [{ server: index.server, addresses }],
        detail: ""
      }
    ];
  });
  return {
    ipv6: "unused",
    zones,
    names,
    mxTargets,
    stats: { queriesSent: 0, answersAccepted: 0, answersDropped: 0, timeouts: 0, tcpFallbacks: 0 }
  };
}
function checkZoneData(policy, zoneData, live) {
  const indexes = zoneData.zones.map((zone2) => new ZoneIndex(zone2));
  const views = [...new Set(zoneData.zones.map((zone2) => zone2.view))];
  const byName = new Map(zoneData.zones.map((zone2) => [zone2.zone, zone2]));
  const indexesByLabel = new Map(indexes.map((index) => [zoneLabel(index.zone), index]));
  const dataFiles = new Set(zoneData.zones.flatMap((zone2) => zone2.records.map((record) => record.file)));
  const raw = views.flatMap((view) => {
    const seen = viewIndexes(indexes, view);
    const asDns = indexedZoneDataAsDns(policy, seen, (index) => index.zone.view === view);
    const held = new Set(
      policy.domains.filter((domain) => zoneFor(seen, domain.name)?.zone.view === view).map((domain) => domain.name)
    );
    const judged = { ...policy, domains: policy.domains.filter((domain) => held.has(domain.name)) };
    return [
      ...checkNameServers(judged, asDns).filter((finding) => finding.rule !== "ns/delegation-mismatch" && finding.rule !== "ns/lame"),
      ...checkMx(judged, asDns)
    ];
  });
  const oneViewEach = indexes.filter((index, position) => indexes.findIndex((other) => other.zone.zone === index.zone.zone) === position);
  const notHeldAnywhere = live === void 0 ? notHeld(policy, indexedZoneDataAsDns(policy, oneViewEach)) : [];
  const located = [...raw, ...undeclaredNames(policy, zoneData), ...notHeldAnywhere].map(
    (finding) => locate(finding, indexesByLabel, byName, dataFiles, zoneData)
  );
  return [
    ...located,
    ...outOfZone(zoneData),
    ...ignoredRecords(zoneData),
    ...ttlsReadAsZero(zoneData),
    ...live === void 0 ? [] : drift(policy, indexes, live)
  ];
}
function ttlsReadAsZero(zoneData) {
  return zoneData.zones.flatMap(
    (zone2) => (zone2.ttlsReadAsZero ?? []).map((where) => ({
      rule: "zone-data/ttl-too-large",
      name: zone2.zone,
      subject: `${where.file}:${where.line}`,
      servers: [zone2.file],
      message: `${where.file}:${where.line}: the TTL ${where.text} is above 2^31 - 1: BIND and every resolver read it as 0 (RFC 2181 \xA78), so the record is never cached; it is judged with TTL 0.`,
      location: { file: where.file, line: where.line, column: 1 }
    }))
  );
}
function ignoredRecords(zoneData) {
  return zoneData.zones.flatMap(
    (zone2) => (zone2.ignored ?? []).map((record) => ({
      rule: "zone-data/ignored-record",
      name: record.name,
      subject: `${record.name || "."} ${record.type}`,
      servers: [zone2.file],
      message: `${zone2.file}:${record.line}: the ${record.type} RRset of ${record.name || "."} is marked octodns: ignored (managed elsewhere, never applied by octoDNS): the file is not judged for it, neither as published nor as missing.`,
      location: { file: zone2.file, line: record.line, column: 1 }
    }))
  );
}
function outOfZone(zoneData) {
  return zoneData.zones.flatMap(
    (zone2) => (zone2.outOfZone ?? []).map((record) => ({
      rule: "zone-data/out-of-zone",
      name: zone2.zone,
      subject: `${record.name || "."} ${record.type}`,
      servers: [zone2.file],
      message: `${record.file}:${record.line}: the ${record.type} record of ${record.name || "."} lies outside zone ${zone2.zone}: it is ignored, as BIND ignores out-of-zone data, and not judged as part of the zone.`,
      location: { file: record.file, line: record.line, column: 1 }
    }))
  );
}
function notHeld(policy, asDns) {
  const leftElsewhere = new Set(
    asDns.names.filter((observed) => observed.servers.some(({ mx }) => mx.status === "not-checked")).map((observed) => observed.name)
  );
  return uncheckedNames(policy, asDns).filter(({ domain }) => !leftElsewhere.has(domain.name)).map(({ domain, reason }) => ({
    rule: "dns/unchecked",
    name: domain.name,
    subject: domain.name,
    servers: [],
    message: `${domain.name} was not checked: ${reason}, and live DNS was not asked in this run.`,
    location: domain.location
  }));
}
function undeclaredNames(policy, zoneData) {
  const declared = new Set(policy.domains.map((domain) => domain.name));
  const findings = [];
  for (const zone2 of zoneData.zones) {
    const seen = /* @__PURE__ */ new Set();
    for (const record of zone2.records) {
      if (record.value.type !== "MX" || declared.has(record.name) || seen.has(record.name)) continue;
      seen.add(record.name);
      findings.push({
        rule: "mx/undeclared-name",
        name: record.name,
        subject: record.name,
        servers: [zone2.file],
        message: `${record.name} publishes MX records in ${zone2.file}, but is not in the policy.`,
        location: { file: record.file, line: record.line, column: 1 }
      });
    }
  }
  return findings;
}
function locate(finding, indexes, zonesByName, dataFiles, zoneData) {
  if (finding.location?.file !== void 0 && dataFiles.has(finding.location.file)) return finding;
  const file = finding.servers[0];
  const index = file === void 0 ? void 0 : indexes.get(file);
  const zone2 = index?.zone ?? zonesByName.get(finding.name) ?? zoneData.zones.find((candidate) => isSubdomain(finding.name, candidate.zone));
  if (zone2 === void 0) return finding;
  const records = zone2.records;
  const subject = finding.subject;
  const at = (predicate) => records.find(predicate);
  const record = at(
    (candidate) => candidate.value.type === "MX" && candidate.value.host === subject && candidate.name === finding.name || candidate.value.type === "NS" && candidate.value.target === subject && candidate.name === finding.name
  ) ?? (finding.rule.startsWith("mx/") ? at((candidate) => candidate.name === finding.name && candidate.value.type === "MX") : void 0) ?? (finding.rule.startsWith("ns/") ? at((candidate) => candidate.name === zone2.zone && candidate.value.type === "NS") : void 0) ?? at((candidate) => candidate.name === finding.name) ?? records[0];
  if (record === void 0) return finding;
  return { ...finding, location: { file: record.file, line: record.line, column: 1 }, policyLocation: finding.location };
}
function drift(policy, indexes, live) {
  const findings = [];
  const liveZones = new Map(live.zones.map((zone2) => [zone2.zone, zone2]));
  const policyEntry = (name) => policy.domains.find((domain) => domain.name === name);
  const otherViews = (index) => indexes.filter((other) => other !== index && other.zone.zone === index.zone.zone);
  const firstView = (index) => indexes.find((other) => other.zone.zone === index.zone.zone) === index;
  for (const index of indexes) {
    const liveZone = liveZones.get(index.zone.zone);
    if (liveZone === void 0 || !firstView(index)) continue;
    const authoritative = authoritativeServers(liveZone);
    const expectedNs = index.nameServers();
    for (const { server, ns } of liveZone.servers) {
      if (!isBelieved(authoritative, server) || ns.status !== "answer" || expectedNs.length === 0) continue;
      const differences = setDifferences(ns.records, expectedNs, (host) => `NS ${host}`);
      if (differences.length === 0) continue;
      if (otherViews(index).some((view) => setDifferences(ns.records, view.nameServers(), String).length === 0)) continue;
      const first = index.records(index.zone.zone, "NS")[0];
      findings.push(driftFinding(index.zone.zone, server, differences, index.zone.file, first, policyEntry(index.zone.zone)?.location));
    }
  }
  for (const observed of live.names) {
    const index = zoneFor(indexes, observed.name);
    const liveZone = observed.zone === void 0 ? void 0 : liveZones.get(observed.zone);
    if (index === void 0 || liveZone === void 0 || index.zone.zone !== observed.zone) continue;
    const authoritative = authoritativeServers(liveZone);
    const expected = index.records(observed.name, "MX").flatMap(({ value }) => value.type === "MX" ? [`${value.preference} ${value.host || "."}`] : []);
    for (const { server, mx } of observed.servers) {
      const served = recordsOf(mx);
      if (!isBelieved(authoritative, server) || served === void 0) continue;
      const servedText = served.map((record2) => `${record2.preference} ${record2.host || "."}`);
      const differences = setDifferences(servedText, expected, (text) => `MX ${text}`);
      if (differences.length === 0) continue;
      const viewMatches = otherViews(index).some(
        (view) => setDifferences(
          servedText,
          view.records(observed.name, "MX").flatMap(({ value }) => value.type === "MX" ? [`${value.preference} ${value.host || "."}`] : []),
          String
        ).length === 0
      );
      if (viewMatches) continue;
      const record = index.records(observed.name, "MX")[0] ?? index.byName.get(observed.name)?.[0] ?? index.zone.records[0];
      findings.push(driftFinding(observed.name, server, differences, index.zone.file, record, policyEntry(observed.name)?.location));
    }
  }
  return findings;
}
function setDifferences(served, expected, describe) {
  return [
    ...[...new Set(served)].filter((item) => !expected.includes(item)).map((item) => `serves ${describe(item)}, which the repository does not define`),
    ...[...new Set(expected)].filter((item) => !served.includes(item)).map((item) => `does not serve ${describe(item)}, which the repository defines`)
  ];
}
function driftFinding(name, server, differences, file, record, policyLocation) {
  return {
    rule: "zone/drift",
    name,
    subject: serverLabel(server),
    servers: [serverLabel(server)],
    message: `${serverLabel(server)} ${differences.join("; ")} (${file}): DNS was changed outside the repository, or the change was not deployed.`,
    location: { file: record.file, line: record.line, column: 1 },
    ...policyLocation ? { policyLocation } : {}
  };
}

// src/checks/evaluate.ts
function evaluate(policy, observations) {
  const raw = [];
  if (observations.dns) {
    raw.push(
      ...checkCoverage(policy, observations.dns),
      ...checkNameServers(policy, observations.dns),
      ...checkSoaSerials(policy, observations.dns),
      ...checkZoneTransfers(policy, observations.dns),
      ...checkMx(policy, observations.dns),
      ...checkServerTransports(policy, observations.dns)
    );
  }
  if (observations.zoneData) raw.push(...checkZoneData(policy, observations.zoneData, observations.dns));
  if (observations.probe) raw.push(...checkProbe(policy, observations.probe));
  if (observations.scan) raw.push(...checkScan(policy, observations.scan));
  return applySeverities(policy, raw);
}
function applySeverities(policy, raw) {
  const seen = /* @__PURE__ */ new Set();
  const findings = [];
  for (const finding of raw) {
    const override = policy.severityOverrides.get(finding.rule);
    if (override === "off") continue;
    const id = `${finding.rule}\0${finding.name}\0${finding.subject}\0${finding.location?.file ?? ""}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push({ ...finding, severity: override ?? RULES[finding.rule].defaultSeverity });
  }
  return findings.sort(compareFindings);
}
function policyProblemsAsFindings(problems) {
  return problems.map((problem) => ({
    rule: "policy/invalid",
    severity: "error",
    name: problem.location.file,
    subject: `line ${problem.location.line}, column ${problem.location.column}`,
    servers: [],
    message: problem.message,
    location: problem.location
  }));
}
function namesChecked(policy, observations) {
  const evidence = observations.dns ?? (observations.zoneData ? zoneDataAsDns(policy, observations.zoneData) : void 0);
  if (evidence === void 0) return void 0;
  const total = policy.domains.length;
  return { total, checked: total - uncheckedNames(policy, evidence).length };
}
function evaluateZoneData(policy, zoneData, live) {
  return applySeverities(policy, checkZoneData(policy, zoneData, live));
}
function markChanges(findings, onHead, onBase) {
  const identity = (finding) => `${finding.rule}\0${finding.name}\0${finding.subject}`;
  const place = (finding) => `${identity(finding)}\0${finding.location?.file ?? ""}\0${finding.location?.line ?? 0}`;
  const baseIdentities = new Set(onBase.map(identity));
  const headIdentities = new Set(onHead.map(identity));
  const headPlaces = new Set(onHead.map(place));
  const marked = findings.map(
    (finding) => headPlaces.has(place(finding)) ? { ...finding, change: baseIdentities.has(identity(finding)) ? "unchanged" : "introduced" } : finding
  );
  const fixed = onBase.filter((finding) => !headIdentities.has(identity(finding))).map((finding) => ({ ...finding, change: "fixed" }));
  return [...marked, ...fixed].sort(compareFindings);
}

// src/dns/root-hints.ts
var IANA_ROOT_SERVERS = [
  ["a.root-servers.net", "198.41.0.4", "2001:503:ba3e::2:30"],
  ["b.root-servers.net", "170.247.170.2", "2801:1b8:10::b"],
  ["c.root-servers.net", "192.33.4.12", "2001:500:2::c"],
  ["d.root-servers.net", "199.7.91.13", "2001:500:2d::d"],
  ["e.root-servers.net", "192.203.230.10", "2001:500:a8::e"],
  ["f.root-servers.net", "192.5.5.241", "2001:500:2f::f"],
  ["g.root-servers.net", "192.112.36.4", "2001:500:12::d0d"],
  ["h.root-servers.net", "198.97.190.53", "2001:500:1::53"],
  ["i.root-servers.net", "192.36.148.17", "2001:7fe::53"],
  ["j.root-servers.net", "192.58.128.30", "2001:503:c27::2:30"],
  ["k.root-servers.net", "193.0.14.129", "2001:7fd::1"],
  ["l.root-servers.net", "199.7.83.42", "2001:500:9f::42"],
  ["m.root-servers.net", "202.12.27.33", "2001:dc3::35"]
].map(([name, ipv4, ipv6]) => ({ name, addresses: [ipv4, ipv6] }));

// src/dns/query-engine.ts
import { randomBytes } from "node:crypto";

// src/semaphore.ts
var Semaphore = class {
  constructor(capacity) {
    this.capacity = capacity;
    this.available = capacity;
  }
  capacity;
  available;
  /** Waiters from `head` on; the served ones before it are dropped once they are half the array. */
  waiting = [];
  head = 0;
  waitingLater = [];
  /** Not an async function: every DNS question passes two of these, and a free slot costs no extra promise. */
  use(operation, later = false) {
    if (this.available > 0) {
      this.available--;
      return this.run(operation);
    }
    return new Promise((resolve) => (later ? this.waitingLater : this.waiting).push(resolve)).then(() => this.run(operation));
  }
  run(operation) {
    let pending;
    try {
      pending = operation();
    } catch (error) {
      this.release();
      return Promise.reject(error);
    }
    return pending.finally(() => this.release());
  }
  release() {
    if (this.head === this.waiting.length) {
      const later = this.waitingLater.shift();
      if (later) later();
      else this.available++;
      return;
    }
    const next = this.waiting[this.head++];
    if (this.head * 2 >= this.waiting.length) {
      this.waiting = this.waiting.slice(this.head);
      this.head = 0;
    }
    next();
  }
};

// src/dns/transport.ts
import dgram from "node:dgram";
import net from "node:net";

// src/dns/wire.ts
var import_dns_packet = __toESM(require_dns_packet(), 1);
import { randomInt } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";
var EDNS_UDP_SIZE_BYTES = 1232;
function randomMessageId() {
  return randomInt(65536);
}
var COOKIE_OPTION = 10;
var CLIENT_COOKIE_BYTES = 8;
var MIN_SERVER_COOKIE_BYTES = 8;
var MAX_SERVER_COOKIE_BYTES = 32;
function encodeQuery(id, name, type, edns) {
  const cookie = edns && Buffer.concat(edns.serverCookie ? [edns.clientCookie, edns.serverCookie] : [edns.clientCookie]);
  return import_dns_packet.default.encode({
    type: "query",
    id,
    flags: 0,
    questions: [{ type, name: name === "" ? "." : presentationToWire(name), class: "IN" }],
    additionals: cookie ? [
      {
        type: "OPT",
        name: ".",
        udpPayloadSize: EDNS_UDP_SIZE_BYTES,
        extendedRcode: 0,
        ednsVersion: 0,
        flags: 0,
        flag_do: false,
        options: [{ code: COOKIE_OPTION, data: cookie }]
      }
    ] : []
  });
}
var EXTENDED_RCODES = {
  16: "BADVERS",
  17: "BADKEY",
  18: "BADTIME",
  19: "BADMODE",
  20: "BADNAME",
  21: "BADALG",
  22: "BADTRUNC",
  23: "BADCOOKIE"
};
function readEdns(decoded, headerRcode) {
  const opt = (decoded.additionals ?? []).find((record) => record.type === "OPT");
  if (opt === void 0) return { rcode: rcodeName(headerRcode), edns: void 0 };
  const full = (opt.extendedRcode ?? 0) << 4 | headerRcode;
  const cookie = opt.options?.find((option) => option.code === COOKIE_OPTION)?.data;
  const serverCookie = cookie && cookie.length >= CLIENT_COOKIE_BYTES + MIN_SERVER_COOKIE_BYTES && cookie.length <= CLIENT_COOKIE_BYTES + MAX_SERVER_COOKIE_BYTES ? Buffer.from(cookie.subarray(CLIENT_COOKIE_BYTES)) : void 0;
  return { rcode: rcodeName(full), edns: { serverCookie } };
}
function rcodeName(rcode) {
  return EXTENDED_RCODES[rcode] ?? RCODE_NAMES[rcode] ?? `RCODE${rcode}`;
}
var RCODE_NAMES = [
  "NOERROR",
  "FORMERR",
  "SERVFAIL",
  "NXDOMAIN",
  "NOTIMP",
  "REFUSED",
  "YXDOMAIN",
  "YXRRSET",
  "NXRRSET",
  "NOTAUTH",
  "NOTZONE"
];
function presentationToWire(name) {
  return name.replace(/\\(\d{3})/g, (escape2, digits) => {
    const code = Number(digits);
    return code < 128 && code !== 46 ? String.fromCharCode(code) : escape2;
  });
}
function frameForTcp(message) {
  const framed = Buffer.alloc(message.length + 2);
  framed.writeUInt16BE(message.length, 0);
  message.copy(framed, 2);
  return framed;
}
function decodeMessage(packet) {
  let decoded;
  try {
    decoded = import_dns_packet.default.decode(packet);
    if (import_dns_packet.default.decode.bytes > packet.length) return void 0;
  } catch {
    return void 0;
  }
  try {
    const question = decoded.questions?.[0];
    const { rcode, edns } = readEdns(decoded, (decoded.flags ?? 0) & 15);
    return {
      id: decoded.id ?? -1,
      isResponse: decoded.type === "response",
      opcode: decoded.opcode ?? "QUERY",
      rcode,
      edns,
      authoritative: Boolean(decoded.flag_aa),
      truncated: Boolean(decoded.flag_tc),
      question: question ? { name: wireName(String(question.name)), type: String(question.type), class: String(question.class ?? "IN") } : void 0,
      answers: validRecords(decoded.answers),
      authorities: validRecords(decoded.authorities),
      additionals: validRecords(decoded.additionals)
    };
  } catch {
    return void 0;
  }
}
function validRecords(records) {
  const result2 = [];
  for (const record of records ?? []) {
    if (record.type === "OPT" || record.class !== "IN") continue;
    const data = validData(record);
    if (data === void 0) throw new Error(`invalid ${record.type} record data`);
    result2.push({ name: wireName(String(record.name)), data });
  }
  return result2;
}
function isName(value) {
  return typeof value === "string";
}
function isUint(value, max) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= max;
}
function validData(record) {
  const data = record.data;
  switch (record.type) {
    case "A":
      return isName(data) && isIPv4(data) ? { type: "A", address: parseIpAddress(data) } : void 0;
    case "AAAA":
      return isName(data) && isIPv6(data) ? { type: "AAAA", address: parseIpAddress(data) } : void 0;
    case "NS":
    case "CNAME":
      return isName(data) ? { type: record.type, target: wireName(data) } : void 0;
    case "MX": {
      const mx = data;
      return mx && isUint(mx.preference, 65535) && isName(mx.exchange) ? { type: "MX", preference: mx.preference, host: wireName(mx.exchange) } : void 0;
    }
    case "SOA": {
      const soa2 = data;
      return soa2 && isUint(soa2.serial, 4294967295) && isName(soa2.mname) ? { type: "SOA", serial: soa2.serial, primary: wireName(soa2.mname) } : void 0;
    }
    default:
      return { type: "other", typeName: String(record.type) };
  }
}
function addressOf(record) {
  return record.data.type === "A" || record.data.type === "AAAA" ? [record.data.address] : [];
}
function glueFor(message, host, bailiwick) {
  if (!isSubdomain(host, bailiwick)) return [];
  return message.additionals.flatMap((record) => record.name === host ? addressOf(record) : []);
}

// src/dns/transport.ts
var UDP_RECEIVE_BUFFER_BYTES = 4 * 1024 * 1024;
var MAX_TRANSFER_RECORDS = 5e5;
var MAX_TCP_SESSION_BYTES = 128 * 1024 * 1024;
var TRANSFER_TIMEOUT_FACTOR = 10;
var UNREACHABLE_CODES = /* @__PURE__ */ new Set(["ENETUNREACH", "EHOSTUNREACH", "EADDRNOTAVAIL", "EAFNOSUPPORT", "ENONET"]);
function exchangeForError(code, malformed, transport) {
  if (code === "ECONNREFUSED") return { kind: "refused", detail: `${transport}port unreachable: nothing serves DNS there` };
  if (UNREACHABLE_CODES.has(code)) return { kind: "unreachable", detail: `${transport}${code}` };
  return { kind: "timeout", malformed, detail: `${transport}${code}` };
}
var MAX_IDLE_UDP_SOCKETS = 256;
var MAX_IDLE_TCP_CONNECTIONS = 64;
var IdlePool = class {
  constructor(capacity, close) {
    this.capacity = capacity;
    this.close = close;
  }
  capacity;
  close;
  byServer = /* @__PURE__ */ new Map();
  oldestFirst = /* @__PURE__ */ new Set();
  take(address) {
    const idle = this.byServer.get(address);
    const channel = idle?.pop();
    if (channel === void 0) return void 0;
    if (idle.length === 0) this.byServer.delete(address);
    this.oldestFirst.delete(channel);
    channel.socket.ref();
    return channel;
  }
  put(channel) {
    channel.socket.unref();
    const idle = this.byServer.get(channel.address);
    if (idle) idle.push(channel);
    else this.byServer.set(channel.address, [channel]);
    this.oldestFirst.add(channel);
    if (this.oldestFirst.size > this.capacity) {
      const oldest = this.oldestFirst.values().next().value;
      this.remove(oldest);
      this.close(oldest);
    }
  }
  /** Takes a channel out of the pool (it was closed, or misbehaved while idle). */
  remove(channel) {
    if (!this.oldestFirst.delete(channel)) return;
    const siblings = this.byServer.get(channel.address);
    siblings.splice(siblings.indexOf(channel), 1);
    if (siblings.length === 0) this.byServer.delete(channel.address);
  }
  closeAll() {
    for (const channel of this.oldestFirst) this.close(channel);
    this.oldestFirst.clear();
    this.byServer.clear();
  }
};
var EMPTY = Buffer.alloc(0);
var DnsTransport = class {
  constructor(port, timeoutMs) {
    this.port = port;
    this.timeoutMs = timeoutMs;
  }
  port;
  timeoutMs;
  counters = { sent: 0, accepted: 0, dropped: 0 };
  /** Each UDP attempt in flight, with the function that ends it. */
  openUdp = /* @__PURE__ */ new Map();
  idleUdp = new IdlePool(MAX_IDLE_UDP_SOCKETS, (channel) => channel.socket.close());
  idleTcp = new IdlePool(MAX_IDLE_TCP_CONNECTIONS, (channel) => this.destroyTcp(channel));
  openTcp = /* @__PURE__ */ new Set();
  /**
   * One UDP attempt (with EDNS0 and a cookie unless `edns` is undefined), from a socket connected to this server alone. Its source port is
   * random (the kernel's ephemeral pick) and only ever shown to this server: a socket is reused
   * for later questions to the same address after a clean answer, never for another address, so
   * a server that saw earlier queries still cannot aim forged answers at another server's
   * question (RFC 5452), and the server itself can only misstate its own word. Reuse saves the
   * create, bind, connect and close of a socket per question, the largest cost of a large walk.
   */
  udp(address, name, type, edns) {
    const id = randomMessageId();
    const packet = encodeQuery(id, name, type, edns);
    return new Promise((resolve) => {
      let malformed = false;
      let invalid = false;
      let settled = false;
      let channel;
      const finish = (exchange) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (channel) {
          this.openUdp.delete(channel);
          channel.onMessage = void 0;
          channel.onError = void 0;
          if (exchange.kind === "response") this.idleUdp.put(channel);
          else channel.socket.close();
        }
        resolve(exchange);
      };
      const timer = setTimeout(
        () => finish({ kind: "timeout", malformed, invalid, detail: `no answer within ${this.timeoutMs} ms` }),
        this.timeoutMs
      );
      const ask = (ready) => {
        channel = ready;
        this.openUdp.set(ready, finish);
        ready.onError = (error) => {
          const exchange = exchangeForError(error.code ?? error.message, malformed, "");
          if (exchange.kind !== "timeout") finish(exchange);
        };
        ready.onMessage = (reply2) => {
          const message = decodeMessage(reply2);
          if (!message || !answersQuestion(message, id, name, type)) {
            this.counters.dropped++;
            malformed ||= message === void 0;
            invalid = true;
            return;
          }
          this.counters.accepted++;
          finish({ kind: "response", message, viaTcp: false });
        };
        this.counters.sent++;
        ready.socket.send(packet, (sendError) => {
          if (sendError) finish(exchangeForError(sendError.code ?? sendError.message, malformed, ""));
        });
      };
      const idle = this.idleUdp.take(address);
      if (idle) return ask(idle);
      this.openChannel(address).then(ask, (error) => {
        finish({ kind: "unreachable", detail: error.code ?? error.message });
      });
    });
  }
  /** A new socket connected to `address`; rejects when the host cannot reach it (no IPv6, no route). */
  openChannel(address) {
    return new Promise((resolve, reject) => {
      let socket;
      try {
        socket = dgram.createSocket({ type: isIpv6(address) ? "udp6" : "udp4", recvBufferSize: UDP_RECEIVE_BUFFER_BYTES });
      } catch (error) {
        return reject(error);
      }
      const channel = { socket, address, onMessage: void 0, onError: void 0 };
      socket.on("message", (reply2, remote) => {
        if (channel.onMessage === void 0 || remote.address !== address || remote.port !== this.port) {
          this.counters.dropped++;
          return;
        }
        channel.onMessage(reply2);
      });
      socket.on("error", (error) => channel.onError?.(error));
      try {
        socket.connect(this.port, address, (error) => {
          if (error) {
            socket.close();
            reject(error);
          } else resolve(channel);
        });
      } catch (error) {
        socket.close();
        reject(error);
      }
    });
  }
  /** One TCP attempt (after a truncated UDP answer, or for servers that only speak TCP). */
  tcp(address, name, type) {
    const id = randomMessageId();
    let malformed = false;
    return this.tcpSession(address, frameForTcp(encodeQuery(id, name, type, void 0)), this.timeoutMs, {
      message: (bytes) => {
        const message = decodeMessage(bytes);
        if (message && answersQuestion(message, id, name, type)) {
          this.counters.accepted++;
          return { kind: "response", message, viaTcp: true };
        }
        this.counters.dropped++;
        malformed ||= message === void 0;
        return void 0;
      },
      timeout: () => ({ kind: "timeout", malformed, detail: `no answer over TCP within ${this.timeoutMs} ms` }),
      error: (code) => exchangeForError(code, malformed, "TCP "),
      closed: () => ({ kind: "timeout", malformed, detail: "TCP connection closed without an answer" })
    });
  }
  /** A full zone transfer (AXFR) over TCP: every message until the closing SOA. */
  transfer(address, zone2) {
    const id = randomMessageId();
    const records = [];
    let soaCount = 0;
    const timeoutMs = this.timeoutMs * TRANSFER_TIMEOUT_FACTOR;
    return this.tcpSession(
      address,
      frameForTcp(encodeQuery(id, zone2, "AXFR", void 0)),
      timeoutMs,
      {
        message: (bytes) => {
          const message = decodeMessage(bytes);
          if (!message || message.id !== id || !message.isResponse) {
            this.counters.dropped++;
            return { status: "failed", detail: "malformed or unmatched transfer message" };
          }
          this.counters.accepted++;
          if (message.rcode !== "NOERROR") return { status: "refused", detail: message.rcode };
          for (const record of message.answers) {
            records.push(record);
            if (record.data.type === "SOA") soaCount++;
          }
          if (records.length === 0) return { status: "refused", detail: "empty answer" };
          if (records.length > MAX_TRANSFER_RECORDS) return { status: "failed", detail: "too many records" };
          return soaCount >= 2 ? { status: "transferred", records } : void 0;
        },
        timeout: () => ({ status: "failed", detail: `transfer not complete within ${timeoutMs} ms` }),
        error: (code) => ({ status: "failed", detail: `TCP ${code}` }),
        closed: () => records.length === 0 ? { status: "refused", detail: "connection closed" } : { status: "failed", detail: "transfer cut short" }
      },
      // A run asks each server for the transfer of every zone it serves: one connection per server, not per zone.
      (result2) => result2.status !== "failed"
    );
  }
  /**
   * Sends one length-prefixed request and hands each length-prefixed reply to `handlers.message`
   * until it returns a result. With `reusable`, a connection left clean by the exchange (the
   * result says so and nothing more arrived) is kept for the next exchange with the same server;
   * a kept connection the server closed meanwhile is replaced by a new one once. Any other
   * connection is destroyed on every path.
   */
  tcpSession(address, request, timeoutMs, handlers, reusable) {
    return new Promise((resolve) => {
      let settled = false;
      let channel;
      let received = 0;
      const finish = (result2, fromMessage = false) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        channel.session = void 0;
        if (fromMessage && reusable?.(result2) && channel.buffered.length === 0 && !channel.socket.destroyed) {
          this.idleTcp.put(channel);
        } else this.destroyTcp(channel);
        resolve(result2);
      };
      const timer = setTimeout(() => finish(handlers.timeout()), timeoutMs);
      const send = () => {
        this.counters.sent++;
        channel.socket.write(request);
      };
      const use = (next, kept2) => {
        channel = next;
        const replaceOnce = () => {
          this.destroyTcp(next);
          use(this.openTcpChannel(address, send), false);
        };
        next.session = {
          data: (chunk) => {
            received += chunk.length;
            if (received > MAX_TCP_SESSION_BYTES) return finish(handlers.error("size limit exceeded"));
            next.buffered = next.buffered.length === 0 ? chunk : Buffer.concat([next.buffered, chunk]);
            while (!settled && next.buffered.length >= 2 && next.buffered.length >= 2 + next.buffered.readUInt16BE(0)) {
              const length = next.buffered.readUInt16BE(0);
              const bytes = next.buffered.subarray(2, 2 + length);
              next.buffered = next.buffered.subarray(2 + length);
              const result2 = handlers.message(bytes);
              if (result2 !== void 0) finish(result2, true);
            }
          },
          // A kept connection that ends before any byte of the answer was closed by the server while idle.
          error: (code) => kept2 && received === 0 ? replaceOnce() : finish(handlers.error(code)),
          closed: () => kept2 && received === 0 ? replaceOnce() : finish(handlers.closed())
        };
        if (kept2) send();
      };
      const kept = reusable ? this.idleTcp.take(address) : void 0;
      if (kept) use(kept, true);
      else use(this.openTcpChannel(address, send), false);
    });
  }
  close() {
    for (const socket of this.openTcp) socket.destroy();
    for (const finish of this.openUdp.values()) finish({ kind: "timeout", malformed: false, detail: "run ended" });
    this.idleUdp.closeAll();
    this.idleTcp.closeAll();
  }
  /** A new connection to `address`; `connected` sends the request once it is up. */
  openTcpChannel(address, connected) {
    const socket = net.createConnection({ host: address, port: this.port });
    this.openTcp.add(socket);
    const channel = { socket, address, buffered: EMPTY, session: void 0 };
    socket.once("connect", connected);
    socket.on("data", (chunk) => channel.session ? channel.session.data(chunk) : this.destroyTcp(channel));
    socket.on("error", (error) => channel.session?.error(error.code ?? error.message));
    socket.on("close", () => {
      this.idleTcp.remove(channel);
      this.openTcp.delete(socket);
      channel.session?.closed();
    });
    return channel;
  }
  destroyTcp(channel) {
    channel.session = void 0;
    this.idleTcp.remove(channel);
    this.openTcp.delete(channel.socket);
    channel.socket.destroy();
  }
};
function answersQuestion(message, id, name, type) {
  if (message.id !== id || !message.isResponse || message.opcode !== "QUERY") return false;
  if (message.question === void 0) return false;
  return message.question.name === name && message.question.type === type && message.question.class === "IN";
}

// src/dns/query-engine.ts
var EDNS_REJECTIONS = /* @__PURE__ */ new Set(["FORMERR", "NOTIMP", "BADVERS"]);
var MAX_UNANSWERED_KEPT = 20;
var SILENT_TYPES_FOR_DEAD_SERVER = 2;
var MIN_PER_SERVER_IN_FLIGHT = 8;
var QueryEngine = class {
  constructor(options) {
    this.options = options;
    this.transport = new DnsTransport(options.port, options.timeoutMs);
    this.global = new Semaphore(options.concurrency);
    this.perServerLimit = Math.max(MIN_PER_SERVER_IN_FLIGHT, Math.ceil(options.concurrency / 4));
  }
  options;
  transport;
  global;
  perServer = /* @__PURE__ */ new Map();
  perServerLimit;
  /** Offered exchanges by the name asked, then by server and type. */
  offered = /* @__PURE__ */ new Map();
  /** What this run learned about each address it asked: EDNS, cookies, silences. */
  servers = /* @__PURE__ */ new Map();
  /** Our client cookie (RFC 7873): one per run, shown to every server, tied to nothing else. */
  clientCookie = randomBytes(CLIENT_COOKIE_BYTES);
  timeouts = 0;
  tcpFallbacks = 0;
  /**
   * `offer`: keep this exchange for one later `take` of the same question to the same server (the
   * resolver's NS lookups collect the parent's referral and one server's apex NS RRset, which the
   * walk asks next); `take`: use such an offered exchange if there is one, and forget it.
   * `optional`: asked after every other waiting question to this server.
   */
  query(address, name, type, sharing, optional = false) {
    const key = `${address}|${type}`;
    if (sharing === "take") {
      const forName = this.offered.get(name);
      const offered = forName?.get(key);
      if (offered) {
        forName.delete(key);
        if (forName.size === 0) this.offered.delete(name);
        return offered;
      }
    }
    const pending = this.serverSlot(address).use(() => this.global.use(() => this.withRetries(address, name, type)), optional);
    if (sharing === "offer") {
      const forName = this.offered.get(name) ?? /* @__PURE__ */ new Map();
      forName.set(key, pending);
      this.offered.set(name, forName);
    }
    return pending;
  }
  /** Offered exchanges about `name` that nobody took: the name is done with, and they would be kept to the end. */
  forgetOffers(name) {
    this.offered.delete(name);
  }
  transfer(address, zone2) {
    if (this.options.deadline?.aborted) return Promise.resolve({ status: "failed", detail: "not tried: the run deadline was reached" });
    const knownDead = this.servers.get(address)?.dead;
    if (knownDead !== void 0) return Promise.resolve({ status: "failed", detail: knownDead.detail });
    return this.serverSlot(address).use(() => this.global.use(() => this.transport.transfer(address, zone2)));
  }
  get stats() {
    const { sent, accepted, dropped } = this.transport.counters;
    return {
      queriesSent: sent,
      answersAccepted: accepted,
      answersDropped: dropped,
      timeouts: this.timeouts,
      tcpFallbacks: this.tcpFallbacks
    };
  }
  /**
   * Every address that answered this run and needed something out of the ordinary (asked without
   * EDNS, TCP after truncation, a cookie exchange) or left questions unanswered while it answered
   * others: why a server was not fully checked, for the observations. Silent addresses are left
   * out (their every reply says so already).
   */
  get serverTransports() {
    const result2 = [];
    for (const [address, state] of this.servers) {
      if (!state.answered) continue;
      const notable = state.ednsFallback !== void 0 || state.tcpAnswers > 0 || state.cookieRetries > 0 || state.unanswered.length > 0;
      if (!notable) continue;
      result2.push({
        address,
        edns: state.ednsFallback === void 0 ? "used" : "not-used",
        ednsDetail: state.ednsFallback ?? "",
        tcpAnswers: state.tcpAnswers,
        cookieRetries: state.cookieRetries,
        unanswered: state.unanswered,
        unansweredCount: state.unansweredCount
      });
    }
    return result2.sort((a, b) => compareAddresses(a.address, b.address));
  }
  close() {
    this.transport.close();
  }
  serverSlot(address) {
    let slot = this.perServer.get(address);
    if (!slot) {
      slot = new Semaphore(this.perServerLimit);
      this.perServer.set(address, slot);
    }
    return slot;
  }
  stateOf(address) {
    let state = this.servers.get(address);
    if (!state) {
      state = {
        answered: false,
        ednsConfirmed: false,
        ednsFallback: void 0,
        serverCookie: void 0,
        silentTypes: /* @__PURE__ */ new Map(),
        dead: void 0,
        tcpAnswers: 0,
        cookieRetries: 0,
        unanswered: [],
        unansweredCount: 0
      };
      this.servers.set(address, state);
    }
    return state;
  }
  /**
   * One question, bounded: (retries + 1) UDP tries with EDNS, then, if the server never showed it
   * understands EDNS, one more without it and one over TCP at once (a server that drops OPT, or
   * speaks only TCP); FORMERR/NOTIMP/BADVERS to OPT switch the server to queries without it for
   * the rest of the run; BADCOOKIE is answered once with the server's cookie (RFC 7873 §5.3); a
   * truncated answer goes to TCP and, if TCP fails, is "truncated", never an answer. A timeout is
   * remembered per (server, question type): one silent type does not silence the server, but a
   * server that never answered anything is given up on after two silent types.
   */
  async withRetries(address, name, type) {
    if (this.options.deadline?.aborted) return { kind: "timeout", malformed: false, detail: "not asked: the run deadline was reached" };
    const state = this.stateOf(address);
    if (state.dead !== void 0) return state.dead;
    const silent = state.silentTypes.get(type);
    if (silent !== void 0) return this.unanswered(state, name, type, silent);
    let cookieRetried = false;
    let last;
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      const withEdns = state.ednsFallback === void 0;
      last = await this.transport.udp(
        address,
        name,
        type,
        withEdns ? { clientCookie: this.clientCookie, serverCookie: state.serverCookie } : void 0
      );
      if (last.kind === "unreachable") return last;
      if (last.kind === "refused") {
        state.dead = last;
        return last;
      }
      if (last.kind !== "response") continue;
      state.answered = true;
      const { message } = last;
      if (withEdns && EDNS_REJECTIONS.has(message.rcode)) {
        state.ednsFallback ??= `it answered ${message.rcode} to a query with EDNS`;
        attempt--;
        continue;
      }
      if (withEdns && message.rcode === "BADCOOKIE" && !cookieRetried && message.edns?.serverCookie) {
        state.serverCookie = message.edns.serverCookie;
        state.cookieRetries++;
        cookieRetried = true;
        attempt--;
        continue;
      }
      if (withEdns) this.noteEdns(state, message);
      return this.completed(state, address, name, type, last);
    }
    const malformed = last?.kind === "timeout" && last.malformed;
    if (!state.ednsConfirmed && !(last?.kind === "timeout" && last.invalid)) {
      const fallback = await this.lastResort(state, address, name, type);
      if (fallback !== void 0) return fallback;
    }
    this.timeouts++;
    const tries = this.options.retries + 1;
    const detail = `${malformed ? "only malformed answers" : "no answer"} after ${tries} ${tries === 1 ? "try" : "tries"} of ${this.options.timeoutMs} ms`;
    const timedOut = { kind: "timeout", detail, malformed };
    state.silentTypes.set(type, timedOut);
    if (!state.answered && state.silentTypes.size >= SILENT_TYPES_FOR_DEAD_SERVER) state.dead = timedOut;
    return state.answered ? this.unanswered(state, name, type, timedOut) : timedOut;
  }
  /**
   * The server never showed it understands EDNS and every EDNS try went unanswered: ask once
   * without EDNS over UDP and once over TCP together, and believe the first that answers.
   */
  async lastResort(state, address, name, type) {
    const plain = state.ednsFallback === void 0 ? this.transport.udp(address, name, type, void 0) : void 0;
    const tcp = this.transport.tcp(address, name, type);
    const answered = await firstResponse(plain ? [plain, tcp] : [tcp]);
    if (answered === void 0) return void 0;
    state.answered = true;
    if (!answered.viaTcp) {
      state.ednsFallback ??= "it answered only queries without EDNS";
      return this.completed(state, address, name, type, answered);
    }
    state.tcpAnswers++;
    return answered;
  }
  noteEdns(state, message) {
    if (message.edns !== void 0) state.ednsConfirmed = true;
    if (message.edns?.serverCookie) state.serverCookie = message.edns.serverCookie;
  }
  /** A UDP answer: itself, or when truncated the TCP answer to the same question, or "truncated". */
  async completed(state, address, name, type, answer) {
    if (!answer.message.truncated) return answer;
    this.tcpFallbacks++;
    const overTcp = await this.transport.tcp(address, name, type);
    if (overTcp.kind === "response") {
      state.tcpAnswers++;
      return overTcp;
    }
    const detail = `its UDP answer was truncated and TCP failed (${overTcp.kind === "refused" ? "connection refused" : overTcp.detail})`;
    return this.unanswered(state, name, type, { kind: "truncated", detail });
  }
  unanswered(state, name, type, exchange) {
    state.unansweredCount++;
    if (state.unanswered.length < MAX_UNANSWERED_KEPT) state.unanswered.push({ name, type, detail: exchange.detail });
    return exchange;
  }
};
function firstResponse(exchanges) {
  return new Promise((resolve) => {
    let pending = exchanges.length;
    for (const exchange of exchanges) {
      void exchange.then((result2) => {
        pending--;
        if (result2.kind === "response" && !result2.message.truncated) resolve(result2);
        else if (pending === 0) resolve(void 0);
      });
    }
  });
}

// src/dns/reachability.ts
var Reachability = class {
  constructor(ipVersion) {
    this.ipVersion = ipVersion;
  }
  ipVersion;
  ipv6Unreachable = false;
  ipv6Answered = false;
  ipv6Seen = false;
  /** Why an address is not asked, or undefined when it is. */
  notAsked(address) {
    const v6 = isIpv6(address);
    if (v6) this.ipv6Seen = true;
    if (v6 && this.ipVersion === "4") return "IPv6 disabled by ip-version 4";
    if (!v6 && this.ipVersion === "6") return "IPv4 disabled by ip-version 6";
    if (v6 && this.ipv6Unreachable && !this.ipv6Answered) return "no IPv6 route from this runner";
    return void 0;
  }
  /** Records what an exchange says about IPv6; returns the "not checked" reason when it had no route. */
  note(address, exchange) {
    if (!isIpv6(address)) return void 0;
    if (exchange.kind === "response") this.ipv6Answered = true;
    if (exchange.kind === "unreachable" && !this.ipv6Answered) {
      this.ipv6Unreachable = true;
      return `no IPv6 route from this runner (${exchange.detail})`;
    }
    return void 0;
  }
  get ipv6Status() {
    if (this.ipVersion === "4") return "disabled";
    if (this.ipv6Answered) return "reachable";
    if (this.ipv6Unreachable) return "unreachable";
    return this.ipv6Seen ? "reachable" : "unused";
  }
};

// src/dns/resolver.ts
var APEX_TYPES = ["NS", "SOA", "A", "AAAA", "MX"];
var MAX_NESTING_DEPTH = 6;
var MAX_REFERRALS = 16;
var MAX_ADDRESSES_PER_STEP = 12;
var IterativeResolver = class {
  constructor(engine, options) {
    this.engine = engine;
    this.options = options;
  }
  engine;
  options;
  delegations = /* @__PURE__ */ new Map();
  /** Names known to be no zone cut (served by the same servers as their parent). */
  withoutCut = /* @__PURE__ */ new Set();
  cutsBeingLearned = /* @__PURE__ */ new Map();
  lookups = /* @__PURE__ */ new Map();
  /** Which lookup waits on which: a new wait that would close a cycle fails instead of deadlocking. */
  waitsFor = /* @__PURE__ */ new Map();
  lookup(name, type, caller, depth = 0) {
    const key = `${name}/${type}`;
    if (depth > MAX_NESTING_DEPTH) return Promise.resolve(failed(`resolution of ${name} ${type} nested too deep`));
    if (caller !== void 0) {
      if (caller === key || this.reaches(key, caller)) return Promise.resolve(failed(`resolution cycle through ${name} ${type}`));
      this.addWait(caller, key);
    }
    let pending = this.lookups.get(key);
    if (!pending) {
      pending = this.followAliases(name, type, key, depth);
      this.lookups.set(key, pending);
    }
    return caller === void 0 ? pending : pending.finally(() => this.removeWait(caller, key));
  }
  /**
   * All A and AAAA addresses of a host, in a stable order; `aliasChain` is non-empty when the
   * host is an alias (the addresses are then its canonical name's).
   */
  async addressesOf(name, caller, depth = 0) {
    const [a, aaaa] = await Promise.all([this.lookup(name, "A", caller, depth), this.lookup(name, "AAAA", caller, depth)]);
    const addresses = [a, aaaa].flatMap((result2) => result2.status === "answer" ? result2.records.flatMap(addressOf) : []);
    const detail = uniqueReasons([a, aaaa].map((result2) => result2.status === "failed" ? result2.detail : result2.status));
    const aliasChain = a.cnameChain.length > 0 ? a.cnameChain : aaaa.cnameChain;
    return { addresses: [...new Set(addresses)], detail, aliasChain };
  }
  /** The name servers of a zone and their addresses, as the zone itself (or, failing that, its parent) says. */
  async serversOf(zone2) {
    if (zone2 === ROOT_NAME) return this.primeRoot();
    const answer = await this.lookup(zone2, "NS");
    const referral = this.delegations.get(zone2);
    const names = answer.status === "answer" && answer.cnameChain.length === 0 ? answer.records.flatMap((record) => record.data.type === "NS" ? [record.data.target] : []) : referral?.servers.map((server) => server.name) ?? [];
    return Promise.all(
      [...new Set(names)].sort().map(async (name) => {
        const glue = referral?.servers.find((server) => server.name === name)?.addresses ?? [];
        const { addresses } = await this.addressesOf(name);
        return { name, addresses: [.../* @__PURE__ */ new Set([...addresses, ...glue])] };
      })
    );
  }
  /**
   * Drops what was learned about a zone's apex once the walk is done with the zone, so that memory
   * does not grow with the number of zones walked. A later question about it learns it again.
   */
  forgetZone(zone2) {
    if (zone2 === ROOT_NAME) return;
    this.delegations.delete(zone2);
    for (const type of APEX_TYPES) this.lookups.delete(`${zone2}/${type}`);
  }
  /** The deepest delegation learned so far that covers `name`. */
  knownDelegation(name) {
    for (let zone2 = name; zone2 !== void 0; zone2 = parentName(zone2)) {
      const delegation = this.delegations.get(zone2);
      if (delegation) return delegation;
    }
    return { zone: ROOT_NAME, servers: this.options.rootServers };
  }
  async primeRoot() {
    const hints = this.options.rootServers;
    for (const hint of hints) {
      for (const address of hint.addresses.filter((candidate) => this.canAsk(candidate))) {
        const exchange = await this.engine.query(address, ROOT_NAME, "NS");
        this.options.reachability.note(address, exchange);
        if (exchange.kind !== "response" || exchange.message.rcode !== "NOERROR" || !exchange.message.authoritative) continue;
        const names = exchange.message.answers.flatMap(
          (record) => record.name === ROOT_NAME && record.data.type === "NS" ? [record.data.target] : []
        );
        if (names.length === 0) continue;
        return Promise.all(
          [...new Set(names)].sort().map(async (name) => {
            const glue = glueFor(exchange.message, name, ROOT_NAME);
            const resolved = glue.length > 0 ? glue : (await this.addressesOf(name)).addresses;
            return { name, addresses: resolved };
          })
        );
      }
    }
    return [...hints];
  }
  async followAliases(name, type, key, depth) {
    const chain = [];
    let current = name;
    let zoneOfName;
    for (let hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
      const step = await this.resolveStep(current, type, key, depth);
      if (step.kind === "failed") return { status: "failed", detail: step.detail, delegation: step.delegation, cnameChain: chain };
      zoneOfName ??= step.zone;
      if (step.kind === "final") {
        return { status: step.status, records: step.records, cnameChain: chain, answeredBy: step.answeredBy, zone: zoneOfName };
      }
      if (step.target === name || chain.includes(step.target)) {
        return { ...failed(`CNAME loop: ${[name, ...chain, step.target].join(" \u2192 ")}`), cnameChain: [...chain, step.target] };
      }
      chain.push(step.target);
      current = step.target;
    }
    return { ...failed(`CNAME chain from ${name} longer than ${MAX_CNAME_CHAIN}`), cnameChain: chain };
  }
  async resolveStep(name, type, key, depth) {
    let delegation = this.knownDelegation(name);
    for (let referral = 0; referral <= MAX_REFERRALS; referral++) {
      const intermediate = childTowards(delegation.zone, name);
      if (intermediate !== void 0 && !this.delegations.has(intermediate) && !this.withoutCut.has(intermediate)) {
        await this.learnCut(intermediate, delegation, key, depth);
        const deeper = this.knownDelegation(name);
        if (deeper.zone !== delegation.zone) {
          delegation = deeper;
          continue;
        }
      }
      const step = await this.askServers(delegation, name, type, key, depth);
      if (!("referral" in step)) return step;
      delegation = step.referral;
      this.delegations.set(delegation.zone, delegation);
    }
    return { kind: "failed", detail: `more than ${MAX_REFERRALS} referrals for ${name}`, delegation };
  }
  learnCut(zone2, delegation, key, depth) {
    let pending = this.cutsBeingLearned.get(zone2);
    if (!pending) {
      pending = this.askServers(delegation, zone2, "NS", key, depth).then((step) => {
        if ("referral" in step && step.referral.zone === zone2) this.delegations.set(zone2, step.referral);
        else this.withoutCut.add(zone2);
      });
      this.cutsBeingLearned.set(zone2, pending);
    }
    return pending;
  }
  async askServers(delegation, name, type, key, depth) {
    const reasons = [];
    const budget = { attempts: 0 };
    const withGlue = delegation.servers.filter((server) => server.addresses.length > 0);
    const glueless = delegation.servers.filter((server) => server.addresses.length === 0);
    const start = withGlue.length === 0 ? 0 : spreadIndex(name, withGlue.length);
    const ordered = [...withGlue.slice(start), ...withGlue.slice(0, start)];
    const answered = await this.race(ordered, delegation, name, type, reasons, budget);
    if (answered !== void 0) return answered;
    for (const unresolved of glueless) {
      const { addresses, detail: detail2 } = await this.addressesOf(unresolved.name, key, depth + 1);
      if (addresses.length === 0) {
        reasons.push(`${unresolved.name}: no address (${detail2})`);
        continue;
      }
      const step = await this.race([{ name: unresolved.name, addresses }], delegation, name, type, reasons, budget);
      if (step !== void 0) return step;
    }
    const detail = reasons.length > 0 ? reasons.join("; ") : `no server of ${delegation.zone || "."} could be asked`;
    return { kind: "failed", detail, delegation };
  }
  /**
   * Asks the servers' addresses one after the other, but does not wait out a silent one: when an
   * address has not answered within one query timeout the next is asked alongside it, and a
   * failure moves on at once. A healthy zone costs one question; a zone of silent servers costs
   * about one timeout per address instead of (retries + 1) timeouts each, in turn.
   */
  race(servers, delegation, name, type, reasons, budget) {
    const candidates = servers.flatMap(
      (server) => server.addresses.filter((address) => this.canAsk(address)).map((address) => ({ name: server.name, address }))
    );
    let next = 0;
    let pending = 0;
    return new Promise((resolve) => {
      let settled = false;
      const finish = (result2) => {
        if (settled) return;
        settled = true;
        resolve(result2);
      };
      const launch = () => {
        if (settled) return;
        if (next >= candidates.length || budget.attempts >= MAX_ADDRESSES_PER_STEP) {
          if (pending === 0) finish(void 0);
          return;
        }
        const answeredBy = candidates[next++];
        budget.attempts++;
        pending++;
        let movedOn = false;
        const moveOn = () => {
          if (movedOn) return;
          movedOn = true;
          launch();
        };
        const stagger = setTimeout(moveOn, this.options.staggerMs);
        void this.engine.query(answeredBy.address, name, type, type === "NS" ? "offer" : void 0).then((exchange) => {
          pending--;
          clearTimeout(stagger);
          this.options.reachability.note(answeredBy.address, exchange);
          const label2 = `${answeredBy.name}/${answeredBy.address}`;
          const step = exchange.kind === "response" ? interpret(exchange.message, name, type, delegation, answeredBy) : exchange.detail;
          if (typeof step !== "string") return finish(step);
          reasons.push(`${label2}: ${step}`);
          if (!movedOn) moveOn();
          else if (pending === 0) launch();
        });
      };
      launch();
    });
  }
  canAsk(address) {
    return this.options.reachability.notAsked(address) === void 0;
  }
  reaches(from, to, seen = /* @__PURE__ */ new Set()) {
    if (from === to) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    for (const next of this.waitsFor.get(from)?.keys() ?? []) if (this.reaches(next, to, seen)) return true;
    return false;
  }
  addWait(from, to) {
    const edges = this.waitsFor.get(from) ?? /* @__PURE__ */ new Map();
    edges.set(to, (edges.get(to) ?? 0) + 1);
    this.waitsFor.set(from, edges);
  }
  removeWait(from, to) {
    const edges = this.waitsFor.get(from);
    const count = edges?.get(to) ?? 0;
    if (count <= 1) edges?.delete(to);
    else edges?.set(to, count - 1);
  }
};
function spreadIndex(name, count) {
  let hash = 0;
  for (let index = 0; index < name.length; index++) hash = hash * 31 + name.charCodeAt(index) >>> 0;
  return hash % count;
}
function childTowards(zone2, name) {
  if (name === zone2 || !isSubdomain(name, zone2)) return void 0;
  const labels2 = name.split(".");
  const depth = zone2 === ROOT_NAME ? 1 : zone2.split(".").length + 1;
  const child2 = labels2.slice(labels2.length - depth).join(".");
  return child2 === name ? void 0 : child2;
}
function uniqueReasons(failures) {
  return [...new Set(failures.flatMap((failure2) => failure2.split("; ")))].join("; ");
}
function failed(detail) {
  return { status: "failed", detail, delegation: void 0, cnameChain: [] };
}
function zoneFromAuthority(message, name, asked) {
  const owner = message.authorities.find((record) => record.data.type === "SOA")?.name;
  return owner !== void 0 && isSubdomain(name, owner) && isSubdomain(owner, asked) ? owner : asked;
}
function interpret(message, name, type, delegation, answeredBy) {
  if (message.rcode === "NXDOMAIN") {
    if (!message.authoritative) return "NXDOMAIN without the AA bit";
    return { kind: "final", status: "nxdomain", records: [], answeredBy, zone: zoneFromAuthority(message, name, delegation.zone) };
  }
  if (message.rcode !== "NOERROR") return message.rcode;
  if (message.authoritative) {
    const records = message.answers.filter((record) => record.name === name && record.data.type === type);
    if (records.length > 0) {
      const zone2 = type === "SOA" || type === "NS" ? name : zoneFromAuthority(message, name, delegation.zone);
      return { kind: "final", status: "answer", records, answeredBy, zone: zone2 };
    }
    const alias = message.answers.find((record) => record.name === name && record.data.type === "CNAME");
    if (alias?.data.type === "CNAME")
      return { kind: "alias", target: alias.data.target, answeredBy, zone: zoneFromAuthority(message, name, delegation.zone) };
    return { kind: "final", status: "nodata", records: [], answeredBy, zone: zoneFromAuthority(message, name, delegation.zone) };
  }
  const cut = message.authorities.find((record) => record.data.type === "NS")?.name;
  if (cut === void 0) return "answered without the AA bit and without a referral";
  if (cut === delegation.zone || !isSubdomain(cut, delegation.zone) || !isSubdomain(name, cut)) {
    return `referral to ${cut || "."} that does not lead below ${delegation.zone || "."}`;
  }
  const hosts = [
    ...new Set(message.authorities.flatMap((record) => record.name === cut && record.data.type === "NS" ? [record.data.target] : []))
  ].sort();
  return {
    referral: { zone: cut, servers: hosts.map((host) => ({ name: host, addresses: glueFor(message, host, delegation.zone) })) }
  };
}

// src/dns/authoritative-reply.ts
function authoritativeReply(exchange, name, extract) {
  if (exchange.kind === "timeout") return failure(exchange.malformed ? "malformed" : "timeout", exchange.detail);
  if (exchange.kind === "unreachable") return failure("unreachable", exchange.detail);
  if (exchange.kind === "refused") return failure("port-unreachable", "");
  if (exchange.kind === "truncated") return { status: "not-checked", reason: exchange.detail };
  const message = exchange.message;
  switch (message.rcode) {
    case "NOERROR":
      break;
    case "NXDOMAIN":
      return message.authoritative ? { status: "nxdomain" } : failure("not-authoritative", "NXDOMAIN without AA");
    case "REFUSED":
      return failure("refused", "");
    case "SERVFAIL":
      return failure("servfail", "");
    default:
      return failure("rcode", message.rcode);
  }
  if (!message.authoritative) {
    const cut = message.authorities.find((record) => record.data.type === "NS")?.name;
    return cut === void 0 ? failure("not-authoritative", "") : failure("referral", `to ${cut || "."}`);
  }
  const records = message.answers.flatMap((record) => {
    if (record.name !== name) return [];
    const value = extract(record.data);
    return value === void 0 ? [] : [value];
  });
  return { status: "answer", records: dedupe(records) };
}
function failure(kind, detail) {
  return { status: "failed", failure: kind, detail };
}
function dedupe(records) {
  const seen = /* @__PURE__ */ new Set();
  return records.filter((record) => {
    const key = JSON.stringify(record);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/observations/canonical.ts
var Canonicalizer = class {
  /** Each shared instance's number, which stands for it in the key of anything holding it. */
  ids = /* @__PURE__ */ new WeakMap();
  byKey = /* @__PURE__ */ new Map();
  /**
   * A copy of `value` whose nested objects and arrays are the shared instances of their content;
   * the top itself is not shared (a zone's own observation is met once) and stays unfrozen.
   */
  children(value) {
    if (Array.isArray(value)) return value.map((item) => this.canonical(item));
    const copy = {};
    for (const key in value) copy[key] = this.canonical(value[key]);
    return copy;
  }
  /** The shared instance of `value` (any JSON-like value); equal content gives the same instance. */
  canonical(value) {
    if (value === null || typeof value !== "object" || this.ids.has(value)) return value;
    let key;
    let copy;
    if (Array.isArray(value)) {
      let parts = "[";
      copy = value.map((item) => {
        const shared = this.canonical(item);
        parts += `${this.part(shared)},`;
        return shared;
      });
      key = parts;
    } else {
      const fields = {};
      key = "{";
      for (const name in value) {
        const shared = this.canonical(value[name]);
        fields[name] = shared;
        key += `${name.length}:${name}${this.part(shared)},`;
      }
      copy = fields;
    }
    const existing = this.byKey.get(key);
    if (existing !== void 0) return existing;
    Object.freeze(copy);
    this.ids.set(copy, this.byKey.size);
    this.byKey.set(key, copy);
    return copy;
  }
  /** Each part says its own length or ends where no character of it can: no two contents share a key. */
  part(value) {
    switch (typeof value) {
      case "string":
        return `s${value.length}:${value}`;
      case "number":
        return `n${value}`;
      case "boolean":
        return value ? "t" : "f";
      case "undefined":
        return "u";
      default:
        return value === null ? "z" : `#${this.ids.get(value)}`;
    }
  }
};
function shareRepeatedPieces(observations, canonicalizer) {
  const { dns } = observations;
  if (dns === void 0) return observations;
  const each = (items) => items.map((item) => canonicalizer.children(item));
  return { ...observations, dns: { ...dns, zones: each(dns.zones), names: each(dns.names), mxTargets: each(dns.mxTargets) } };
}

// src/dns/walk.ts
var PROGRESS_INTERVAL_MS = 5e3;
var MIN_NAMES_IN_FLIGHT = 64;
var MAX_SERVERS_PER_ZONE = 32;
var MAX_MX_TARGETS_PER_NAME = 64;
var MAX_ADDRESSES_PER_SERVER_NAME = 16;
var AuthoritativeWalk = class {
  constructor(options) {
    this.options = options;
  }
  options;
  zoneWalks = /* @__PURE__ */ new Map();
  targets = /* @__PURE__ */ new Map();
  expectedApexes = /* @__PURE__ */ new Set();
  /** Observations are kept until the report: each repeated piece of them is kept once. */
  canonicalizer = new Canonicalizer();
  /** Name pipelines now inside each zone: when none is left, the resolver may forget the zone. */
  pipelinesInZone = /* @__PURE__ */ new Map();
  /**
   * `expectedApexes`: names the policy gives `nameservers` for. Such a name that does not exist is
   * a zone that should be delegated and is not: it is walked as its own (empty) zone, so that the
   * parent's missing delegation is reported, rather than as a name inside the parent's zone.
   */
  async run(names, expectedApexes = /* @__PURE__ */ new Set()) {
    this.expectedApexes = expectedApexes;
    const started = performance.now();
    const namesInFlight = Math.max(MIN_NAMES_IN_FLIGHT, this.options.concurrency * 2);
    const nameObservations = [];
    let next = 0;
    const progress = setInterval(() => {
      const { queriesSent, timeouts } = this.options.engine.stats;
      this.options.logger.info(
        `dns: ${nameObservations.length}/${names.length} names checked, ${queriesSent} queries, ${timeouts} timeouts`
      );
    }, PROGRESS_INTERVAL_MS);
    progress.unref();
    const worker = async () => {
      while (next < names.length) {
        const name = names[next++];
        const visited = { names: [], zones: [] };
        const observed = this.options.deadline?.aborted ? { name, zone: void 0, servers: [], error: "the run deadline was reached before this name was checked" } : await this.observeName(name, visited);
        nameObservations.push(this.canonicalizer.children(observed));
        this.leave(visited);
      }
    };
    await Promise.all(Array.from({ length: Math.min(namesInFlight, names.length) }, worker)).finally(() => clearInterval(progress));
    const zones = await Promise.all([...this.zoneWalks.values()].map(async (walk) => (await walk).observation));
    const mxTargets = await Promise.all(this.targets.values());
    this.options.logger.debug(
      `dns: ${names.length} names, ${zones.length} zones, ${mxTargets.length} MX targets in ${Math.round(performance.now() - started)} ms`
    );
    const transports = this.options.engine.serverTransports;
    return {
      ipv6: this.options.reachability.ipv6Status,
      zones: zones.sort((a, b) => compareText(a.zone, b.zone)),
      names: nameObservations.sort((a, b) => compareText(a.name, b.name)),
      mxTargets: mxTargets.sort((a, b) => compareText(a.host, b.host)),
      stats: this.options.engine.stats,
      ...transports.length > 0 ? { transports } : {}
    };
  }
  /**
   * What the name's own zone servers say, and, when they say it is an alias, what the canonical
   * name's zone servers say: a sender looking up MX follows the CNAME (RFC 5321 §5.1, RFC 1034
   * §3.6.2), so that is the name's real mail path. The chain is bounded and loops end it.
   */
  async observeName(name, visited) {
    const observed = await this.observeOwnRecords(name, visited);
    const first = aliasTarget(observed);
    if (first === void 0) return observed;
    const chain = [];
    let next = first;
    while (next !== void 0) {
      if (next === name || chain.includes(next)) {
        return {
          ...observed,
          alias: { chain: [...chain, next], target: void 0, error: `CNAME loop: ${[name, ...chain, next].join(" \u2192 ")}` }
        };
      }
      chain.push(next);
      if (chain.length > MAX_CNAME_CHAIN) {
        return { ...observed, alias: { chain, target: void 0, error: `CNAME chain from ${name} longer than ${MAX_CNAME_CHAIN}` } };
      }
      const target = await this.observeOwnRecords(next, visited);
      next = aliasTarget(target);
      if (next === void 0) {
        const error = target.zone === void 0 ? `the alias target ${target.name} could not be checked: ${target.error}` : void 0;
        return { ...observed, alias: { chain, target: error === void 0 ? target : void 0, error } };
      }
    }
    return observed;
  }
  async observeOwnRecords(name, visited) {
    visited.names.push(name);
    const zone2 = await this.zoneOf(name);
    if (zone2.zone === void 0) return { name, zone: void 0, servers: [], error: zone2.detail };
    visited.zones.push(zone2.zone);
    this.pipelinesInZone.set(zone2.zone, (this.pipelinesInZone.get(zone2.zone) ?? 0) + 1);
    const walk = await this.walkZone(zone2.zone);
    const servers = await this.askName(name, walk.asked);
    const hosts = /* @__PURE__ */ new Set();
    for (const { mx } of servers) {
      if (mx.status !== "answer") continue;
      for (const { host } of mx.records) if (host !== ROOT_NAME) hosts.add(host);
    }
    const targets2 = [...hosts].map((host, index) => index < MAX_MX_TARGETS_PER_NAME ? this.target(host) : this.notResolved(host, name));
    await Promise.all([...targets2, walk.observation]);
    return { name, zone: zone2.zone, servers, error: void 0 };
  }
  /**
   * A name's pipeline is done: what the resolver and the engine hold only for it, and for zones
   * no other pipeline is in, is dropped (the zone's observation stays for the report).
   */
  leave(visited) {
    const { engine, resolver } = this.options;
    for (const name of visited.names) engine.forgetOffers(name);
    for (const zone2 of visited.zones) {
      const inZone = this.pipelinesInZone.get(zone2) - 1;
      if (inZone > 0) {
        this.pipelinesInZone.set(zone2, inZone);
        continue;
      }
      this.pipelinesInZone.delete(zone2);
      resolver.forgetZone(zone2);
      engine.forgetOffers(zone2);
    }
  }
  notResolved(host, name) {
    if (!this.targets.has(host)) {
      const detail = `not resolved: ${name} publishes more than ${MAX_MX_TARGETS_PER_NAME} MX targets`;
      this.targets.set(
        host,
        Promise.resolve({ host, status: "failed", addresses: [], cnameChain: [], answeredBy: [], byServer: [], detail })
      );
    }
    return this.targets.get(host);
  }
  target(host) {
    let pending = this.targets.get(host);
    if (!pending) {
      pending = this.resolveTarget(host);
      this.targets.set(host, pending);
    }
    return pending;
  }
  async ask(address, name, type, extract, optional = false) {
    const asked = await this.exchange(address, name, type, optional);
    return "notChecked" in asked ? { status: "not-checked", reason: asked.notChecked } : authoritativeReply(asked.exchange, name, extract);
  }
  /**
   * One question to one server, unless this runner may not or cannot reach it. NS questions take
   * the exchange the resolver offered for the same server, if there is one.
   */
  async exchange(address, name, type, optional = false) {
    const { engine, reachability } = this.options;
    const reason = reachability.notAsked(address);
    if (reason !== void 0) return { notChecked: reason };
    const exchange = await engine.query(address, name, type, type === "NS" ? "take" : void 0, optional);
    const noRoute = reachability.note(address, exchange);
    return noRoute !== void 0 ? { notChecked: noRoute } : { exchange };
  }
  async zoneOf(name) {
    const lookup = await this.options.resolver.lookup(name, "NS");
    if (lookup.status === "nxdomain" && lookup.zone !== name && this.expectedApexes.has(name)) {
      return { zone: name, detail: `${name} does not exist in ${lookup.zone || "."}` };
    }
    if (lookup.status !== "failed") return { zone: lookup.zone, detail: "" };
    const delegation = lookup.delegation;
    if (delegation && delegation.zone !== ROOT_NAME && isSubdomain(name, delegation.zone)) {
      return { zone: delegation.zone, detail: lookup.detail };
    }
    return { zone: void 0, detail: `no zone found for ${name}: ${lookup.detail}` };
  }
  walkZone(zone2) {
    let walk = this.zoneWalks.get(zone2);
    if (!walk) {
      walk = this.discoverServers(zone2);
      this.zoneWalks.set(zone2, walk);
    }
    return walk;
  }
  /**
   * The servers of a zone until closure: every name the parent's servers delegate to and every
   * name any authoritative server lists in its NS RRset; and every address of each name that
   * anyone gives: resolution from the root, the parent's glue, and the in-zone A/AAAA the zone's
   * own servers publish (a server that only one rogue copy names and addresses is still asked).
   */
  async discoverServers(zone2) {
    const { resolver } = this.options;
    const parent = zone2 === ROOT_NAME ? void 0 : await this.parentDelegations(zone2);
    const closure = new ServerClosure(zone2);
    const work = new WorkSet();
    const noteName = (name, source) => {
      if (!closure.noteName(name, source)) return;
      for (const address of closure.addressesOf(name)) work.add(() => askServer({ name, address }));
      work.add(async () => {
        const resolved = await resolver.addressesOf(name);
        closure.resolutionDetail.set(name, resolved.detail);
        if (resolved.aliasChain.length > 0) closure.noteAlias(name, resolved.aliasChain, void 0);
        for (const address of resolved.addresses) noteAddress(name, address, { kind: "resolution" });
      });
      if (isSubdomain(name, zone2)) for (const server of closure.authoritative) askAddressesAt(server, name);
    };
    const noteAddress = (name, address, source) => {
      if (closure.noteAddress(name, address, source)) work.add(() => askServer({ name, address }));
    };
    const askAddressesAt = (server, name) => {
      if (!closure.startAddressQuestion(server, name)) return;
      work.add(async () => {
        const [a, aaaa] = await Promise.all(
          ["A", "AAAA"].map(
            (type) => this.ask(
              server.address,
              name,
              type,
              (data) => {
                if (data.type === "CNAME") return { alias: data.target };
                return (data.type === "A" || data.type === "AAAA") && data.type === type ? { address: data.address } : void 0;
              },
              true
            )
          )
        );
        for (const reply2 of [a, aaaa]) {
          if (reply2.status !== "answer") continue;
          for (const record of reply2.records) {
            if ("alias" in record) closure.noteAlias(name, [record.alias], server);
            else noteAddress(name, record.address, { kind: "zone", server });
          }
        }
      });
    };
    const askServer = async (server) => {
      const [soa2, ns] = await Promise.all([
        this.ask(server.address, zone2, "SOA", (data) => data.type === "SOA" ? { serial: data.serial, primary: data.primary } : void 0),
        this.askZoneNs(server.address, zone2)
      ]);
      closure.servers.push({ server, soa: soa2, ns: ns.reply });
      if (soa2.status !== "answer" || soa2.records.length === 0 || ns.reply.status !== "answer") return;
      closure.authoritative.push(server);
      for (const glue of ns.addresses) {
        closure.startAddressQuestion(server, glue.name);
        noteAddress(glue.name, glue.address, { kind: "zone", server });
      }
      ns.reply.records.forEach((host) => noteName(host, "zone"));
      for (const name of closure.names()) if (isSubdomain(name, zone2)) askAddressesAt(server, name);
    };
    for (const { server, reply: reply2 } of parent?.delegations ?? []) {
      if (reply2.status !== "referral" && reply2.status !== "authoritative") continue;
      reply2.ns.forEach((name) => noteName(name, "delegation"));
      for (const glue of reply2.glue) noteAddress(glue.name, glue.address, { kind: "glue", server });
    }
    if (closure.names().length === 0) {
      for (const server of await resolver.serversOf(zone2)) noteName(server.name, "zone");
    }
    await work.settled();
    const asked = this.canonicalizer.canonical(closure.servers.map(({ server }) => server).sort(compareServers));
    const observation2 = this.transfers(zone2, asked).then(
      (transfers) => this.canonicalizer.children(closure.observation(parent, transfers))
    );
    return { asked, observation: observation2 };
  }
  /** The zone's NS RRset from one server, with the in-zone addresses its additional section gives. */
  async askZoneNs(address, zone2) {
    const asked = await this.exchange(address, zone2, "NS");
    if ("notChecked" in asked) return { reply: { status: "not-checked", reason: asked.notChecked }, addresses: [] };
    const reply2 = authoritativeReply(asked.exchange, zone2, (data) => data.type === "NS" ? data.target : void 0);
    if (reply2.status !== "answer" || asked.exchange.kind !== "response") return { reply: reply2, addresses: [] };
    const message = asked.exchange.message;
    const addresses = reply2.records.flatMap((host) => glueFor(message, host, zone2).map((glue) => ({ name: host, address: glue })));
    return { reply: reply2, addresses };
  }
  async parentDelegations(zone2) {
    const { resolver } = this.options;
    const above = parentName(zone2) ?? ROOT_NAME;
    const parentZone = above === ROOT_NAME ? ROOT_NAME : (await this.zoneOf(above)).zone ?? ROOT_NAME;
    const parentServers = await resolver.serversOf(parentZone);
    const delegations = await Promise.all(
      parentServers.flatMap(
        (server) => server.addresses.map(async (address) => {
          const ref = { name: server.name, address };
          return { server: ref, reply: await this.askDelegation(address, zone2, parentZone) };
        })
      )
    );
    return { zone: parentZone, delegations: delegations.sort((a, b) => compareServers(a.server, b.server)) };
  }
  async askDelegation(address, zone2, parentZone) {
    const asked = await this.exchange(address, zone2, "NS");
    if ("notChecked" in asked) return { status: "not-checked", reason: asked.notChecked };
    const { exchange } = asked;
    if (exchange.kind === "response" && exchange.message.rcode === "NOERROR") {
      const message = exchange.message;
      const section = message.authoritative ? message.answers : message.authorities;
      const ns = [
        ...new Set(section.flatMap((record) => record.name === zone2 && record.data.type === "NS" ? [record.data.target] : []))
      ].sort();
      if (ns.length > 0) {
        const glue = ns.flatMap((host) => glueFor(message, host, parentZone).map((address2) => ({ name: host, address: address2 })));
        return { status: message.authoritative ? "authoritative" : "referral", ns, glue };
      }
    }
    const reply2 = authoritativeReply(exchange, zone2, () => void 0);
    if (reply2.status === "answer") return { status: "authoritative", ns: [], glue: [] };
    return reply2;
  }
  async askName(name, servers) {
    return Promise.all(
      servers.map(async (server) => {
        const reply2 = await this.ask(
          server.address,
          name,
          "MX",
          (data) => data.type === "MX" ? { preference: data.preference, host: data.host } : data.type === "CNAME" ? { alias: data.target } : void 0
        );
        const alias = reply2.status === "answer" ? reply2.records.find((record) => "alias" in record)?.alias : void 0;
        const mx = reply2.status === "answer" ? { status: "answer", records: reply2.records.flatMap((record) => "alias" in record ? [] : [record]) } : reply2;
        if (alias !== void 0) {
          return { server, mx, addresses: { status: "not-checked", reason: `alias of ${alias}` }, alias };
        }
        if (mx.status === "answer" && mx.records.length > 0) {
          return { server, mx, addresses: { status: "not-checked", reason: "not needed: MX published" } };
        }
        const [a, aaaa] = await Promise.all([
          this.ask(server.address, name, "A", (data) => data.type === "A" ? data.address : void 0),
          this.ask(server.address, name, "AAAA", (data) => data.type === "AAAA" ? data.address : void 0)
        ]);
        return { server, mx, addresses: combineAddresses(a, aaaa) };
      })
    );
  }
  async resolveTarget(host) {
    const { resolver } = this.options;
    const lookups = await Promise.all(["A", "AAAA"].map((type) => resolver.lookup(host, type)));
    const answered = lookups.flatMap((lookup) => lookup.status === "failed" ? [] : [lookup]);
    const addresses = answered.flatMap((lookup) => lookup.records.flatMap(addressOf));
    const failures = lookups.flatMap((lookup) => lookup.status === "failed" ? [lookup.detail] : []);
    const byServer = await this.askEveryServerOfPolicyZone(host, answered[0]?.zone);
    addresses.push(...byServer.flatMap((entry) => entry.addresses));
    const status = addresses.length > 0 ? "resolved" : failures.length > 0 ? "failed" : answered.every((lookup) => lookup.status === "nxdomain") ? "nxdomain" : "nodata";
    return {
      host,
      status,
      addresses: [...new Set(addresses)].sort(compareAddresses),
      cnameChain: lookups.find((lookup) => lookup.cnameChain.length > 0)?.cnameChain ?? [],
      answeredBy: uniqueServers(answered.map((lookup) => lookup.answeredBy)),
      byServer,
      detail: uniqueReasons(failures)
    };
  }
  /**
   * When the target lives in a zone this run walks (a policy zone), every one of its servers is
   * asked for the target's addresses: one server alone may point the MX somewhere else. Zones
   * outside the policy are not walked (no transfer attempts on a mail provider's servers).
   */
  async askEveryServerOfPolicyZone(host, zone2) {
    const walk = zone2 === void 0 ? void 0 : this.expectedApexes.has(zone2) ? this.walkZone(zone2) : this.zoneWalks.get(zone2);
    if (walk === void 0) return [];
    const { asked } = await walk;
    const replies = await Promise.all(
      asked.map(async (server) => {
        const [a, aaaa] = await Promise.all([
          this.ask(server.address, host, "A", (data) => data.type === "A" ? data.address : void 0),
          this.ask(server.address, host, "AAAA", (data) => data.type === "AAAA" ? data.address : void 0)
        ]);
        const addresses = [a, aaaa].flatMap((reply2) => reply2.status === "answer" ? reply2.records : []);
        return { server, addresses: [...new Set(addresses)].sort(compareAddresses) };
      })
    );
    return replies;
  }
  async transfers(zone2, servers) {
    return Promise.all(
      servers.map(async (server) => {
        const reason = this.options.reachability.notAsked(server.address);
        if (reason !== void 0) return { server, status: "not-checked", detail: reason, recordCount: 0, mxNames: [] };
        const result2 = await this.options.engine.transfer(server.address, zone2);
        if (result2.status !== "transferred") return { server, status: result2.status, detail: result2.detail, recordCount: 0, mxNames: [] };
        const mxByName = /* @__PURE__ */ new Map();
        for (const record of result2.records) {
          if (record.data.type !== "MX" || !isSubdomain(record.name, zone2)) continue;
          appendTo(mxByName, record.name, { preference: record.data.preference, host: record.data.host });
        }
        const mxNames = [...mxByName].sort(([a], [b]) => compareText(a, b)).map(([name, mx]) => ({ name, mx }));
        return { server, status: "transferred", detail: "", recordCount: result2.records.length, mxNames };
      })
    );
  }
};
var ServerClosure = class {
  constructor(zone2) {
    this.zone = zone2;
  }
  zone;
  servers = [];
  /** Servers that answered the zone's SOA and NS with authority: the ones believed about addresses. */
  authoritative = [];
  resolutionDetail = /* @__PURE__ */ new Map();
  foundVia = /* @__PURE__ */ new Map();
  addresses = /* @__PURE__ */ new Map();
  aliases = /* @__PURE__ */ new Map();
  addressQuestions = /* @__PURE__ */ new Set();
  names() {
    return [...this.foundVia.keys()];
  }
  addressesOf(name) {
    return [...this.addresses.get(name)?.keys() ?? []];
  }
  /** True when the name is new (and within the bound): its addresses must be found. */
  noteName(name, source) {
    const sources = this.foundVia.get(name);
    if (sources) {
      sources.add(source);
      return false;
    }
    if (this.foundVia.size >= MAX_SERVERS_PER_ZONE) return false;
    this.foundVia.set(name, /* @__PURE__ */ new Set([source]));
    return true;
  }
  /** True when the address is new for the name (and within the bound): it must be asked. */
  noteAddress(name, address, source) {
    let known = this.addresses.get(name);
    if (!known) {
      known = /* @__PURE__ */ new Map();
      this.addresses.set(name, known);
    }
    const sources = known.get(address);
    if (sources) {
      if (!sources.some((existing) => compareSources(existing, source) === 0)) sources.push(source);
      return false;
    }
    if (known.size >= MAX_ADDRESSES_PER_SERVER_NAME) return false;
    known.set(address, [source]);
    return this.foundVia.has(name);
  }
  /** True the first time this server is to be asked for this name's addresses. */
  startAddressQuestion(server, name) {
    const key = `${server.name}/${server.address}|${name}`;
    if (this.addressQuestions.has(key)) return false;
    this.addressQuestions.add(key);
    return true;
  }
  noteAlias(name, chain, server) {
    const entry = this.aliases.get(name) ?? { chain, publishedBy: [] };
    if (server) entry.publishedBy.push(server);
    this.aliases.set(name, entry);
  }
  observation(parent, transfers) {
    const sourcesOf = (name) => [...this.foundVia.get(name) ?? []].sort();
    const unresolved = this.names().filter((name) => (this.addresses.get(name)?.size ?? 0) === 0);
    return {
      zone: this.zone,
      parent,
      servers: [...this.servers].sort((a, b) => compareServers(a.server, b.server)).map((entry) => ({
        server: entry.server,
        foundVia: sourcesOf(entry.server.name),
        addressFoundVia: [...this.addresses.get(entry.server.name)?.get(entry.server.address) ?? []].sort(compareSources),
        soa: entry.soa,
        ns: entry.ns
      })),
      unresolvedServers: unresolved.map((name) => ({ name, foundVia: sourcesOf(name), detail: this.resolutionDetail.get(name) ?? "" })).sort((a, b) => compareText(a.name, b.name)),
      aliasedServers: [...this.aliases].map(([name, { chain, publishedBy }]) => ({ name, chain, publishedBy: uniqueServers(publishedBy) })).sort((a, b) => compareText(a.name, b.name)),
      transfers
    };
  }
};
function compareSources(a, b) {
  return compareText(a.kind, b.kind) || (a.kind !== "resolution" && b.kind !== "resolution" ? compareServers(a.server, b.server) : 0);
}
var WorkSet = class {
  pending = [];
  add(task) {
    this.pending.push(task());
  }
  async settled() {
    while (this.pending.length > 0) await Promise.all(this.pending.splice(0));
  }
};
function aliasTarget(observed) {
  return observed.servers.find((entry) => entry.alias !== void 0)?.alias;
}
function combineAddresses(a, aaaa) {
  if (a.status === "answer" && aaaa.status === "answer") return { status: "answer", records: [...a.records, ...aaaa.records] };
  if (a.status === "answer" && a.records.length > 0) return a;
  if (aaaa.status === "answer" && aaaa.records.length > 0) return aaaa;
  if (a.status === "failed" || a.status === "not-checked") return a;
  if (aaaa.status === "failed" || aaaa.status === "not-checked") return aaaa;
  return a.status === "nxdomain" ? a : aaaa;
}
function uniqueServers(servers) {
  const byLabel = new Map(servers.map((server) => [`${server.name}/${server.address}`, server]));
  return [...byLabel.values()].sort(compareServers);
}
function compareServers(a, b) {
  return compareText(a.name, b.name) || compareAddresses(a.address, b.address);
}

// src/probe/conversation.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import net2 from "node:net";
import tls from "node:tls";

// src/smtp-reply.ts
var MAX_REPLY_BYTES = 4096;
var CLIENT_NAME = "mail-perimeter.invalid";
function offersStartTls(lines) {
  return lines.some((line) => /^250[ -]STARTTLS\b/i.test(line));
}
function replyForDisplay(lines) {
  return lines.map(printable).join("\n");
}
var ReplyReader = class {
  constructor(stream) {
    this.stream = stream;
    stream.on("data", this.onData);
    stream.on("end", this.onEnd);
    stream.on("close", this.onEnd);
    stream.on("error", this.onEnd);
  }
  stream;
  buffered = "";
  wake;
  ended = false;
  onData = (chunk) => {
    const room = MAX_REPLY_BYTES - this.buffered.length;
    if (room > 0) this.buffered += chunk.subarray(0, room).toString("latin1");
    if (chunk.length >= room) this.overflowed = true;
    this.wake?.();
  };
  overflowed = false;
  onEnd = () => {
    this.ended = true;
    this.wake?.();
  };
  /** One SMTP reply: lines up to one whose code is followed by a space (or the bytes seen by the deadline). */
  async reply(timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (; ; ) {
      const lines = [];
      let rest = this.buffered;
      let newline = rest.indexOf("\n");
      while (newline !== -1) {
        const line = rest.slice(0, newline).replace(/\r$/, "");
        lines.push(line);
        rest = rest.slice(newline + 1);
        if (!/^\d{3}-/.test(line)) {
          this.buffered = rest;
          return { lines, complete: /^\d{3}( |$)/.test(line) };
        }
        newline = rest.indexOf("\n");
      }
      const remaining = deadline - Date.now();
      if (this.ended || remaining <= 0 || this.overflowed) {
        const partial = this.buffered.replace(/\r?\n$/, "");
        return { lines: partial === "" ? [] : partial.split(/\r?\n/), complete: false };
      }
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = void 0;
    }
  }
  /**
   * The whole replies already received and not yet read, taken out of the buffer: what the server
   * sent unasked. Bounded by the buffer's own cap.
   */
  pendingReplies() {
    const replies = [];
    let lines = [];
    let newline = this.buffered.indexOf("\n");
    while (newline !== -1) {
      const line = this.buffered.slice(0, newline).replace(/\r$/, "");
      this.buffered = this.buffered.slice(newline + 1);
      lines.push(line);
      if (!/^\d{3}-/.test(line)) {
        replies.push(lines);
        lines = [];
      }
      newline = this.buffered.indexOf("\n");
    }
    if (lines.length > 0) this.buffered = `${lines.join("\n")}
${this.buffered}`;
    return replies;
  }
  stop() {
    this.stream.off("data", this.onData);
    this.stream.off("end", this.onEnd);
    this.stream.off("close", this.onEnd);
    this.stream.off("error", this.onEnd);
  }
};

// src/probe/conversation.ts
var SETTLE_MS = 25;
var MAX_UNSOLICITED_KEPT = 4;
var Interrupted = class extends Error {
};
var Session = class {
  constructor(socket, steps, replyTimeoutMs) {
    this.socket = socket;
    this.steps = steps;
    this.replyTimeoutMs = replyTimeoutMs;
    this.reader = new ReplyReader(socket);
  }
  socket;
  steps;
  replyTimeoutMs;
  reader;
  /** Set once the server sent something unasked: no later reply can be trusted to answer its command. */
  outOfPlace;
  greeting(timeoutMs) {
    return this.read(timeoutMs);
  }
  /** Sends one command and reads the one reply that answers it (undefined: none came in time). */
  async say(command) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    for (const pending of this.reader.pendingReplies()) {
      const text = replyForDisplay(pending);
      const unsolicited = this.steps.unsolicited ??= [];
      if (unsolicited.length < MAX_UNSOLICITED_KEPT) unsolicited.push(`before ${command.split(" ")[0]}: ${text}`);
      this.outOfPlace ??= `the server sent "${text.split("\n")[0]}" unasked before ${command.split(" ")[0]}`;
    }
    this.socket.write(`${command}\r
`);
    return this.read(this.replyTimeoutMs);
  }
  async read(timeoutMs) {
    const reply2 = await this.reader.reply(timeoutMs);
    if (!reply2.complete) return void 0;
    const code = Number(reply2.lines[0].slice(0, 3));
    const text = replyForDisplay(reply2.lines);
    return this.outOfPlace === void 0 ? { code, text } : { code, text, undecided: this.outOfPlace };
  }
  /** TLS over this connection; a handshake that fails is thrown with its reason. */
  async secure(host, timeoutMs) {
    this.reader.stop();
    const secured = await upgrade(this.socket, host, timeoutMs);
    this.socket = secured.socket;
    this.reader = new ReplyReader(this.socket);
    return secured.certificate;
  }
  quit() {
    this.socket.write("QUIT\r\n");
  }
  close() {
    this.reader.stop();
    this.socket.destroy();
  }
};
async function converse(target, options) {
  const steps = {
    greeting: void 0,
    ehlo: void 0,
    startTlsOffered: void 0,
    startTls: void 0,
    certificate: void 0,
    mailFrom: void 0,
    unknownRecipient: void 0,
    foreignRecipient: void 0
  };
  const done = (failure2) => ({ ...target, failure: failure2, ...steps });
  let session;
  try {
    session = await open(target, options, steps, true);
    if (session === void 0) return done(steps.greeting ? "the server refused service at the greeting (554)" : "no SMTP greeting");
    const ehloLines = await hello(session, steps, true);
    steps.startTlsOffered = steps.helo ? false : steps.ehlo?.undecided !== void 0 ? void 0 : offersStartTls(ehloLines);
    if (options.startTls && steps.startTlsOffered) {
      steps.startTls = await session.say("STARTTLS");
      if (steps.startTls?.code === 220) {
        try {
          steps.certificate = await session.secure(target.host, options.connectTimeoutMs);
          const again = await session.say(`EHLO ${CLIENT_NAME}`);
          if (again?.code !== 250) throw new Interrupted("EHLO after STARTTLS was not accepted");
        } catch (error) {
          if (error instanceof Interrupted) throw error;
          steps.tlsFailure = printable(describeTlsError(error));
          session.close();
          session = await open(target, options, steps, false);
          if (session === void 0) throw new Interrupted("no SMTP greeting on the plain-text connection after the TLS failure");
          await hello(session, steps, false);
        }
      }
    }
    const sender = await mailFrom(session, steps, options.from, target.name);
    if (sender === void 0) throw new Interrupted("every sender was refused");
    steps.unknownRecipient = await session.say(`RCPT TO:<${randomBytes2(16).toString("hex")}@${target.name}>`);
    const reset = await session.say("RSET");
    if (reset?.code !== 250) throw new Interrupted("RSET was not accepted");
    const second = await session.say(`MAIL FROM:<${sender}>`);
    if (second?.code !== 250) throw new Interrupted("the second MAIL FROM was not accepted");
    steps.foreignRecipient = await session.say(`RCPT TO:<${options.foreignRecipient}>`);
    session.quit();
    return done(void 0);
  } catch (error) {
    if (steps.greeting === void 0) return done(error.code ?? error.message);
    steps.interrupted = printable(
      error instanceof Interrupted ? error.message : error.code ?? error.message
    );
    return done(void 0);
  } finally {
    session?.close();
  }
}
async function open(target, options, steps, first) {
  const socket = await connect(target.address, target.port, options.connectTimeoutMs);
  const session = new Session(socket, steps, options.replyTimeoutMs);
  const greeting = await session.greeting(options.greetingTimeoutMs);
  if (first) steps.greeting = greeting;
  if (greeting?.code === 220) return session;
  session.close();
  return void 0;
}
async function hello(session, steps, first) {
  const ehlo = await session.say(`EHLO ${CLIENT_NAME}`);
  if (first) steps.ehlo = ehlo;
  if (ehlo?.code === 250) return ehlo.text.split("\n");
  if (ehlo === void 0 || ehlo.code < 500) throw new Interrupted("EHLO was not answered");
  const helo = await session.say(`HELO ${CLIENT_NAME}`);
  if (helo?.code !== 250) throw new Interrupted("neither EHLO nor HELO was accepted");
  if (first) steps.helo = helo;
  return [];
}
async function mailFrom(session, steps, from, name) {
  const candidates = [...new Set([from, from === "" ? `postmaster@${name}` : void 0].filter((sender) => sender !== void 0))];
  for (const sender of candidates) {
    const reply2 = await session.say(`MAIL FROM:<${sender}>`);
    steps.mailFrom = reply2;
    if (reply2?.code === 250) {
      if (sender !== from) steps.sender = sender;
      return sender;
    }
    if (reply2 === void 0 || reply2.code < 500) return void 0;
  }
  return void 0;
}
function describeTlsError(error) {
  const code = error.code;
  const message = error.message ?? String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
function connect(address, port, timeoutMs) {
  return new Promise((resolve, reject) => {
    const socket = net2.createConnection({ host: address, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no connection within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once("connect", () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
function upgrade(socket, host, timeoutMs) {
  return new Promise((resolve, reject) => {
    const secured = tls.connect({ socket, servername: host, rejectUnauthorized: false });
    const timer = setTimeout(() => {
      secured.destroy();
      reject(new Error(`TLS handshake not done within ${timeoutMs} ms`));
    }, timeoutMs);
    secured.once("secureConnect", () => {
      clearTimeout(timer);
      const peer = secured.getPeerCertificate();
      const present = peer && Object.keys(peer).length > 0;
      const names = present ? subjectAltNames(peer.subjectaltname ?? "") : [];
      const trustError = !present ? "no certificate" : secured.authorized ? void 0 : String(secured.authorizationError ?? "not trusted");
      const nameMatches = names.some((pattern) => nameCovers(pattern, host));
      resolve({
        socket: secured,
        certificate: {
          subject: printable([peer?.subject?.CN ?? ""].flat().join(", ")),
          issuer: printable([peer?.issuer?.CN ?? ""].flat().join(", ")),
          validFrom: peer?.valid_from ?? "",
          validTo: peer?.valid_to ?? "",
          trusted: trustError === void 0,
          nameMatches,
          names: names.map(printable),
          problem: printable(
            [
              trustError,
              nameMatches ? void 0 : names.length === 0 ? "no DNS name in subjectAltName" : `${host} is not among ${names.join(", ")}`
            ].filter(Boolean).join("; ")
          )
        }
      });
    });
    secured.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
function subjectAltNames(text) {
  return text.split(/,\s*/).flatMap((entry) => entry.startsWith("DNS:") ? [entry.slice(4).toLowerCase().replace(/\.$/, "")] : []).slice(0, 100);
}

// src/probe/probe.ts
var MAX_CONVERSATIONS_IN_FLIGHT = 16;
var RETRY_DELAY_MS = 1e3;
async function probeMxTargets(policy, probe, dns, settings, logger) {
  const names = new Map(dns.names.map((observed) => [observed.name, observed]));
  const targetsByHost = new Map(dns.mxTargets.map((target) => [target.host, target]));
  const wanted = [];
  for (const domain of policy.domains) {
    const named = names.get(domain.name);
    const observed = named?.alias?.target ?? named;
    const preferences = /* @__PURE__ */ new Map();
    for (const { mx } of observed?.servers ?? []) {
      if (mx.status !== "answer") continue;
      for (const { host, preference } of mx.records) {
        if (host !== "") preferences.set(host, Math.min(preference, preferences.get(host) ?? preference));
      }
    }
    for (const [host, preference] of preferences) {
      for (const address of targetsByHost.get(host)?.addresses ?? []) {
        wanted.push({ name: domain.name, host, preference, address, port: settings.port });
      }
    }
  }
  const slots = new Semaphore(Math.max(1, Math.min(settings.concurrency, MAX_CONVERSATIONS_IN_FLIGHT)));
  const perAddress = /* @__PURE__ */ new Map();
  const byNameAndAddress = /* @__PURE__ */ new Map();
  const options = {
    connectTimeoutMs: settings.connectTimeoutMs,
    greetingTimeoutMs: settings.greetingTimeoutMs,
    replyTimeoutMs: settings.replyTimeoutMs,
    startTls: probe.checks.includes("starttls") || probe.checks.includes("certificate"),
    from: probe.from,
    foreignRecipient: probe.foreignRecipient
  };
  logger.info(`probe: ${wanted.length} conversations with MX addresses on port ${settings.port}`);
  const conversations = await Promise.all(
    wanted.map(async (target) => {
      const key = `${target.name}|${target.address}`;
      let pending = byNameAndAddress.get(key);
      if (pending === void 0) {
        let host = perAddress.get(target.address);
        if (host === void 0) {
          host = new Semaphore(1);
          perAddress.set(target.address, host);
        }
        pending = host.use(() => slots.use(() => converseAsSenderRetries(target, options)));
        byNameAndAddress.set(key, pending);
      }
      const conversation = await pending;
      return { ...conversation, host: target.host, preference: target.preference };
    })
  );
  return {
    checks: probe.checks,
    conversations: conversations.sort(
      (a, b) => compareText(a.name, b.name) || a.preference - b.preference || compareText(a.host, b.host) || compareText(a.address, b.address)
    )
  };
}
function temporaryReply(conversation) {
  const steps = [
    ["MAIL FROM", conversation.mailFrom],
    ["RCPT TO", conversation.unknownRecipient],
    ["RCPT TO", conversation.foreignRecipient]
  ];
  for (const [command, reply2] of steps) {
    if (reply2 !== void 0 && reply2.undecided === void 0 && reply2.code >= 400 && reply2.code < 500) {
      return `"${reply2.text.split("\n")[0]}" at ${command}`;
    }
  }
  return void 0;
}
async function converseAsSenderRetries(target, options) {
  const first = await converse(target, options);
  const temporary = temporaryReply(first);
  if (temporary === void 0) return first;
  await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
  const second = await converse(target, options);
  return second.failure === void 0 ? { ...second, retriedAfter: temporary } : first;
}

// src/scan/scanner.ts
import { readFileSync as readFileSync2 } from "node:fs";
import net3 from "node:net";
import tls2 from "node:tls";

// src/scan/greeting.ts
var SMTP_GREETING = /^(220|554)[ -]/;
async function converse2(stream, greetingTimeoutMs) {
  const reader = new ReplyReader(stream);
  try {
    const greeting = await reader.reply(greetingTimeoutMs);
    if (!greeting.complete || !SMTP_GREETING.test(greeting.lines[0] ?? "")) {
      return { greeting: replyForDisplay(greeting.lines), smtp: false, startTls: void 0 };
    }
    let startTls;
    if (greeting.lines[0].startsWith("220")) {
      stream.write(`EHLO ${CLIENT_NAME}\r
`);
      const ehlo = await reader.reply(greetingTimeoutMs);
      if (ehlo.complete && ehlo.lines[0]?.startsWith("250")) startTls = offersStartTls(ehlo.lines);
    }
    stream.write("QUIT\r\n");
    return { greeting: replyForDisplay(greeting.lines), smtp: true, startTls };
  } finally {
    reader.stop();
  }
}

// src/scan/scanner.ts
var IMPLICIT_TLS_PORTS = /* @__PURE__ */ new Set([465]);
var TLS_FAILED = "TLS handshake failed";
var NOT_PROBED_CODES = /* @__PURE__ */ new Set(["EMFILE", "ENFILE", "ENOBUFS", "EADDRNOTAVAIL", "ENOMEM", "EAGAIN"]);
var FILTERED_CODES = /* @__PURE__ */ new Set(["EHOSTUNREACH", "ENETUNREACH", "ETIMEDOUT", "EACCES", "EPERM"]);
var RESERVED_FILE_DESCRIPTORS = 64;
var PROGRESS_INTERVAL_MS2 = 5e3;
var Scanner = class {
  constructor(scope, options) {
    this.scope = scope;
    this.options = options;
    this.slots = new Semaphore(Math.max(1, Math.min(options.concurrency, fileDescriptorBudget())));
  }
  scope;
  options;
  counters = { socketsOpened: 0, socketsClosed: 0, inFlight: 0, peakInFlight: 0 };
  slots;
  hosts = /* @__PURE__ */ new Map();
  nextStartAt = 0;
  /**
   * Probes every target; keeps the observations `keep` selects (a /8 of closed ports is counted,
   * not held in memory). Once `deadline` is aborted no new probe starts: every target left is
   * counted as not probed, never dropped.
   */
  async scan(targets2, total, keep = () => true, deadline) {
    const kept = [];
    const counts = { closed: 0, filtered: 0, open: 0, smtp: 0, "not-probed": 0 };
    let done = 0;
    let admitted = 0;
    const progress = setInterval(() => this.options.logger.info(`scan: ${done}/${total} probes done`), PROGRESS_INTERVAL_MS2);
    progress.unref();
    try {
      const admissionLimit = this.slots.capacity * 2;
      let active = 0;
      let wake;
      const settle = () => {
        active--;
        const waiter = wake;
        wake = void 0;
        waiter?.();
      };
      for (const target of targets2) {
        if (deadline?.aborted) break;
        this.scope.assertInScope(target.address);
        while (active >= admissionLimit) await new Promise((resolve) => wake = resolve);
        if (deadline?.aborted) break;
        active++;
        admitted++;
        void this.probeWithRetry(target).then((result2) => {
          counts[result2.state]++;
          if (keep(result2)) kept.push(result2);
          done++;
          settle();
        });
      }
      while (active > 0) await new Promise((resolve) => wake = resolve);
    } finally {
      clearInterval(progress);
    }
    if (deadline?.aborted && admitted < total) {
      counts["not-probed"] += total - admitted;
      this.options.logger.warning(
        `scan: the run deadline was reached; ${total - admitted} probes were not made and are counted as not probed`
      );
    }
    return { kept, counts };
  }
  async probeWithRetry(target) {
    const first = await this.paced(target, IMPLICIT_TLS_PORTS.has(target.port));
    if (first.state === "open" && first.detail.startsWith(TLS_FAILED)) {
      const plain = await this.paced(target, false);
      return plain.state === "smtp" ? plain : first;
    }
    if (first.state !== "not-probed") return first;
    await new Promise((resolve) => setTimeout(resolve, this.options.connectTimeoutMs / 4));
    return this.paced(target, IMPLICIT_TLS_PORTS.has(target.port));
  }
  paced(target, implicitTls) {
    let host = this.hosts.get(target.address);
    if (!host) {
      host = new Semaphore(this.options.perHostConcurrency);
      this.hosts.set(target.address, host);
    }
    return host.use(
      () => this.slots.use(async () => {
        await this.waitForRate();
        return this.probe(target, implicitTls);
      })
    );
  }
  async waitForRate() {
    const interval = 1e3 / this.options.probesPerSecond;
    const now = performance.now();
    const startAt = Math.max(now, this.nextStartAt);
    this.nextStartAt = startAt + interval;
    if (startAt - now >= 1) await new Promise((resolve) => setTimeout(resolve, startAt - now));
  }
  probe(target, implicitTls) {
    this.scope.assertInScope(target.address);
    const counters = this.counters;
    counters.inFlight++;
    counters.peakInFlight = Math.max(counters.peakInFlight, counters.inFlight);
    return new Promise((resolve) => {
      let result2;
      let socket;
      try {
        socket = net3.createConnection({ host: target.address, port: target.port });
      } catch (error) {
        counters.inFlight--;
        resolve(observation(target, "not-probed", error.message));
        return;
      }
      counters.socketsOpened++;
      let secured;
      let closed = false;
      const finish = (outcome) => {
        if (result2 !== void 0) return;
        result2 = outcome;
        clearTimeout(connectTimer);
        secured?.destroy();
        socket.destroy();
        if (closed) resolve(result2);
      };
      socket.once("close", () => {
        closed = true;
        counters.socketsClosed++;
        counters.inFlight--;
        if (result2 !== void 0) resolve(result2);
      });
      const connectTimer = setTimeout(() => finish(observation(target, "filtered", "no answer to connect")), this.options.connectTimeoutMs);
      socket.on("error", (error) => {
        const code = error.code ?? error.message;
        if (code === "ECONNREFUSED") finish(observation(target, "closed", ""));
        else if (NOT_PROBED_CODES.has(code)) finish(observation(target, "not-probed", code));
        else if (FILTERED_CODES.has(code)) finish(observation(target, "filtered", code));
        else finish(observation(target, "open", `connection failed after connect: ${code}`));
      });
      socket.once("connect", () => {
        clearTimeout(connectTimer);
        void this.greet(target, socket, implicitTls, (tlsSocket) => secured = tlsSocket).then(finish);
      });
    });
  }
  async greet(target, socket, implicitTls, onTls) {
    let stream = socket;
    let certificate;
    if (implicitTls) {
      const handshake = await this.handshake(socket, onTls);
      if (handshake.socket === void 0) return observation(target, "open", `${TLS_FAILED}: ${handshake.detail}`);
      stream = handshake.socket;
      certificate = handshake.certificate;
    }
    const conversation = await converse2(stream, this.options.greetingTimeoutMs);
    return {
      address: target.address,
      port: target.port,
      state: conversation.smtp ? "smtp" : "open",
      greeting: conversation.greeting,
      tls: certificate,
      startTls: conversation.startTls,
      detail: conversation.smtp || conversation.greeting ? "" : "silent"
    };
  }
  handshake(socket, onTls) {
    return new Promise((resolve) => {
      const secured = tls2.connect({ socket, rejectUnauthorized: false });
      onTls(secured);
      const timer = setTimeout(
        () => resolve({ socket: void 0, certificate: void 0, detail: "timeout" }),
        this.options.greetingTimeoutMs
      );
      secured.once("secureConnect", () => {
        clearTimeout(timer);
        const peer = secured.getPeerCertificate();
        const subject = peer.subject ? Object.entries(peer.subject).map(([key, value]) => `${key}=${String(value)}`).join(", ") : "";
        const issuer = peer.issuer ? Object.entries(peer.issuer).map(([key, value]) => `${key}=${String(value)}`).join(", ") : "";
        resolve({ socket: secured, certificate: { subject, issuer }, detail: "" });
      });
      secured.on("error", (error) => {
        clearTimeout(timer);
        resolve({ socket: void 0, certificate: void 0, detail: error.message });
      });
    });
  }
};
function observation(target, state, detail) {
  return { address: target.address, port: target.port, state, greeting: "", tls: void 0, startTls: void 0, detail };
}
function fileDescriptorBudget() {
  try {
    const limits = readFileSync2("/proc/self/limits", "utf8");
    const soft = /^Max open files\s+(\d+)/m.exec(limits)?.[1];
    if (soft !== void 0) return Math.max(1, Math.floor((Number(soft) - RESERVED_FILE_DESCRIPTORS) / 2));
  } catch {
  }
  return Number.MAX_SAFE_INTEGER;
}

// src/scan/targets.ts
var ScanScope = class {
  constructor(ranges) {
    this.ranges = ranges;
    this.intervals = mergeRanges(ranges);
  }
  ranges;
  intervals;
  /** How many distinct addresses the ranges cover. */
  get size() {
    return this.intervals.reduce((total, interval) => total + (interval.end - interval.first), 0n);
  }
  contains(address) {
    const family = isIpv6(address) ? 6 : 4;
    const value = addressToBigInt(address);
    let low = 0;
    let high = this.intervals.length - 1;
    while (low <= high) {
      const middle = low + high >> 1;
      const interval = this.intervals[middle];
      if (interval.family < family || interval.family === family && interval.end <= value) low = middle + 1;
      else if (interval.family > family || interval.first > value) high = middle - 1;
      else return true;
    }
    return false;
  }
  /** Throws (a bug, not a finding) for an address outside every declared range. */
  assertInScope(address) {
    if (!this.contains(address)) throw new Error(`refusing to probe ${address}: outside scan.ranges`);
  }
  /** Every address of the ranges once, in address order (IPv4 first), generated as it is needed. */
  *addresses() {
    for (const interval of this.intervals) {
      for (let value = interval.first; value < interval.end; value++) yield bigIntToAddress(value, interval.family);
    }
  }
};
function* probeTargets(scope, ports, extra) {
  for (const port of ports) {
    for (const address of scope.addresses()) yield { address, port };
  }
  const scanned = new Set(ports);
  for (const target of extra) {
    if (!scanned.has(target.port) && scope.contains(target.address)) yield target;
  }
}

// src/scan/scan-ranges.ts
var PER_HOST_CONCURRENCY = 8;
async function scanRanges(policy, scanPolicy, settings, logger) {
  const started = performance.now();
  const scope = new ScanScope(scanPolicy.ranges.map((range) => range.value));
  const approved = new Set(
    policy.mailServers.flatMap((server) => server.addresses.map((address) => address.value)).filter((address) => scope.contains(address))
  );
  const extra = [...approved].map((address) => ({ address, port: settings.smtpPort }));
  const addressCount = Number(scope.size);
  const whole = addressCount * scanPolicy.ports.length + (scanPolicy.ports.includes(settings.smtpPort) ? 0 : extra.length);
  const shard = settings.shard;
  const total = shard === void 0 ? whole : Math.max(0, Math.ceil((whole - (shard.index - 1)) / shard.count));
  logger.info(`scan: ${addressCount} addresses \xD7 ${scanPolicy.ports.length} ports`);
  const scanner = new Scanner(scope, {
    concurrency: settings.concurrency,
    probesPerSecond: settings.probesPerSecond,
    perHostConcurrency: PER_HOST_CONCURRENCY,
    connectTimeoutMs: settings.connectTimeoutMs,
    greetingTimeoutMs: settings.greetingTimeoutMs,
    logger
  });
  const { kept, counts } = await scanner.scan(
    inShard(probeTargets(scope, scanPolicy.ports, extra), shard),
    total,
    (result2) => result2.state !== "closed" || approved.has(result2.address),
    settings.deadline
  );
  if (counts["not-probed"] > 0) logger.warning(`scan: ${counts["not-probed"]} probes were not made; they are not counted as closed`);
  kept.sort((a, b) => compareAddresses(a.address, b.address) || a.port - b.port);
  const ports = [.../* @__PURE__ */ new Set([...scanPolicy.ports, ...extra.length > 0 ? [settings.smtpPort] : []])].sort((a, b) => a - b);
  return {
    observations: {
      ranges: scanPolicy.ranges.map((range) => range.value.text),
      ports,
      smtpPort: settings.smtpPort,
      probes: kept,
      counts,
      durationMs: Math.round(performance.now() - started)
    },
    counters: scanner.counters
  };
}
function* inShard(targets2, shard) {
  let position = 0;
  for (const target of targets2) if (scanTargetInShard(position++, shard)) yield target;
}

// src/memory.ts
import v8 from "node:v8";
import vm from "node:vm";
var LARGE_INPUT_CHARS = 1024 * 1024;
var HEAP_BUDGET_BYTES = 512 * 1024 * 1024;
var HEAP_CHECK_INTERVAL_MS = 500;
var collector;
function collectGarbage() {
  if (collector === void 0) {
    v8.setFlagsFromString("--expose-gc");
    collector = vm.runInNewContext("gc");
  }
  collector();
}
function releaseParseGarbage(inputChars) {
  if (inputChars >= LARGE_INPUT_CHARS) collectGarbage();
}
async function withinHeapBudget(work, budgetBytes = HEAP_BUDGET_BYTES) {
  let budget = budgetBytes;
  const check = setInterval(() => {
    if (v8.getHeapStatistics().used_heap_size <= budget) return;
    collectGarbage();
    budget = Math.max(budget, 2 * v8.getHeapStatistics().used_heap_size);
  }, HEAP_CHECK_INTERVAL_MS);
  check.unref();
  try {
    return await work();
  } finally {
    clearInterval(check);
  }
}

// src/observe.ts
var SCAN_PROBES_PER_SECOND = 5e3;
function observe(policy, settings, logger, startedAt) {
  return withinHeapBudget(() => observePhases(policy, settings, logger, startedAt));
}
async function observePhases(policy, settings, logger, startedAt) {
  const began = performance.now();
  const deadline = AbortSignal.timeout(settings.deadlineMinutes * 6e4);
  const configured = {
    "zone-data": policy.zoneData.length > 0,
    dns: true,
    probe: policy.smtpProbe !== void 0,
    scan: policy.scan !== void 0
  };
  if (settings.only !== "all") {
    for (const phase of settings.only) {
      if (!configured[phase]) logger.warning(`the policy has no ${phase} section: the ${phase} phase has nothing to do`);
    }
  }
  const zoneData = runsPhase(settings, "zone-data", configured["zone-data"]) ? observeZoneData(policy, settings) : void 0;
  const wantProbe = runsPhase(settings, "probe", configured.probe);
  const wantDns = runsPhase(settings, "dns", configured.dns) || wantProbe;
  const [dnsAndProbe, scan] = await Promise.all([
    wantDns ? observeDns(policy, settings, logger, deadline).then(async (dns2) => ({
      dns: dns2,
      probe: wantProbe ? await observeProbe(policy, dns2, settings, logger) : void 0
    })) : void 0,
    runsPhase(settings, "scan", configured.scan) ? observeScan(policy, settings, logger, deadline) : void 0
  ]);
  const dns = dnsAndProbe?.dns;
  const probe = dnsAndProbe?.probe;
  return {
    version: OBSERVATIONS_FORMAT_VERSION,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - began),
    ...zoneData ? { zoneData } : {},
    dns,
    ...probe ? { probe } : {},
    scan
  };
}
function observeZoneData(policy, settings) {
  try {
    return readZoneData(policy.zoneData, settings.policyInRepository, checkoutFiles(settings.repositoryRoot));
  } catch (error) {
    if (error instanceof ZoneDataError) throw new ConfigurationError(error.message);
    throw error;
  }
}
async function observeDns(policy, settings, logger, deadline) {
  const engine = new QueryEngine({
    port: settings.dnsPort,
    timeoutMs: settings.timeoutMs,
    retries: settings.retries,
    concurrency: settings.concurrency,
    deadline
  });
  const reachability = new Reachability(settings.ipVersion);
  const rootServers = settings.rootHints ? settings.rootHints.map((address) => ({ name: ROOT_NAME, addresses: [address] })) : IANA_ROOT_SERVERS;
  const resolver = new IterativeResolver(engine, { rootServers, reachability, staggerMs: settings.timeoutMs });
  const walk = new AuthoritativeWalk({ engine, resolver, reachability, logger, concurrency: settings.concurrency, deadline });
  try {
    logger.info(`dns: checking ${policy.domains.length} names`);
    const expectedApexes = new Set((policy.allDomains ?? policy.domains).flatMap((domain) => domain.nameservers ? [domain.name] : []));
    const observations = await walk.run(
      policy.domains.map((domain) => domain.name),
      expectedApexes
    );
    const { stats } = observations;
    logger.info(
      `dns: ${stats.queriesSent} queries, ${stats.answersAccepted} answers, ${stats.answersDropped} dropped, ${stats.timeouts} timeouts`
    );
    return observations;
  } finally {
    engine.close();
  }
}
function observeProbe(policy, dns, settings, logger) {
  return probeMxTargets(
    policy,
    policy.smtpProbe,
    dns,
    {
      port: settings.smtpPort,
      concurrency: settings.concurrency,
      connectTimeoutMs: settings.timeoutMs,
      greetingTimeoutMs: settings.probeGreetingTimeoutMs,
      replyTimeoutMs: settings.greetingTimeoutMs
    },
    logger
  );
}
async function observeScan(policy, settings, logger, deadline) {
  const { observations } = await scanRanges(
    policy,
    policy.scan,
    {
      smtpPort: settings.smtpPort,
      concurrency: settings.concurrency,
      connectTimeoutMs: settings.timeoutMs,
      greetingTimeoutMs: settings.greetingTimeoutMs,
      probesPerSecond: SCAN_PROBES_PER_SECOND,
      deadline,
      shard: settings.shard
    },
    logger
  );
  return observations;
}

// docs/observations.schema.json
var observations_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/mail-perimeter/mail-perimeter/docs/observations.schema.json",
  title: "mail-perimeter observations, format version 1",
  description: "What one run saw (docs/observations.md). `evaluate` and `merge` refuse a file that does not match.",
  type: "object",
  required: ["version", "startedAt", "durationMs"],
  properties: {
    version: {
      const: 1
    },
    startedAt: {
      type: "string"
    },
    durationMs: {
      $ref: "#/$defs/count"
    },
    dns: {
      $ref: "#/$defs/dns"
    },
    scan: {
      $ref: "#/$defs/scan"
    },
    probe: {
      $ref: "#/$defs/probe"
    },
    shard: {
      type: "object",
      required: ["index", "count", "policy"],
      properties: {
        index: {
          type: "integer",
          minimum: 1
        },
        count: {
          type: "integer",
          minimum: 1,
          maximum: 256
        },
        policy: {
          type: "string",
          maxLength: 64
        }
      }
    }
  },
  $defs: {
    count: {
      type: "integer",
      minimum: 0
    },
    name: {
      type: "string",
      maxLength: 1024
    },
    text: {
      type: "string",
      maxLength: 65536
    },
    address: {
      type: "string",
      pattern: "^[0-9a-fA-F:.]{2,45}$"
    },
    server: {
      type: "object",
      required: ["name", "address"],
      properties: {
        name: {
          $ref: "#/$defs/name"
        },
        address: {
          $ref: "#/$defs/address"
        }
      }
    },
    failure: {
      enum: ["timeout", "refused", "servfail", "rcode", "not-authoritative", "referral", "malformed", "unreachable", "port-unreachable"]
    },
    reply: {
      description: "One server's answer to one question; `records` as `items` says.",
      type: "object",
      required: ["status"],
      oneOf: [
        {
          properties: {
            status: {
              const: "answer"
            },
            records: true
          },
          required: ["records"]
        },
        {
          properties: {
            status: {
              const: "nxdomain"
            }
          }
        },
        {
          properties: {
            status: {
              const: "failed"
            },
            failure: {
              $ref: "#/$defs/failure"
            },
            detail: {
              $ref: "#/$defs/text"
            }
          },
          required: ["failure", "detail"]
        },
        {
          properties: {
            status: {
              const: "not-checked"
            },
            reason: {
              $ref: "#/$defs/text"
            }
          },
          required: ["reason"]
        }
      ]
    },
    nameReply: {
      allOf: [
        {
          $ref: "#/$defs/reply"
        }
      ],
      properties: {
        records: {
          type: "array",
          items: {
            $ref: "#/$defs/name"
          }
        }
      }
    },
    addressReply: {
      allOf: [
        {
          $ref: "#/$defs/reply"
        }
      ],
      properties: {
        records: {
          type: "array",
          items: {
            $ref: "#/$defs/address"
          }
        }
      }
    },
    mxRecord: {
      type: "object",
      required: ["preference", "host"],
      properties: {
        preference: {
          type: "integer",
          minimum: 0,
          maximum: 65535
        },
        host: {
          $ref: "#/$defs/name"
        }
      }
    },
    mxReply: {
      allOf: [
        {
          $ref: "#/$defs/reply"
        }
      ],
      properties: {
        records: {
          type: "array",
          items: {
            $ref: "#/$defs/mxRecord"
          }
        }
      }
    },
    soaReply: {
      allOf: [
        {
          $ref: "#/$defs/reply"
        }
      ],
      properties: {
        records: {
          type: "array",
          items: {
            type: "object",
            required: ["serial", "primary"],
            properties: {
              serial: {
                type: "integer",
                minimum: 0,
                maximum: 4294967295
              },
              primary: {
                $ref: "#/$defs/name"
              }
            }
          }
        }
      }
    },
    foundVia: {
      type: "array",
      items: {
        enum: ["delegation", "zone"]
      }
    },
    delegationReply: {
      type: "object",
      required: ["status"],
      properties: {
        status: {
          enum: ["referral", "authoritative", "nxdomain", "failed", "not-checked"]
        },
        ns: {
          type: "array",
          items: {
            $ref: "#/$defs/name"
          }
        },
        glue: {
          type: "array",
          items: {
            type: "object",
            required: ["name", "address"],
            properties: {
              name: {
                $ref: "#/$defs/name"
              },
              address: {
                $ref: "#/$defs/address"
              }
            }
          }
        },
        failure: {
          $ref: "#/$defs/failure"
        },
        detail: {
          $ref: "#/$defs/text"
        },
        reason: {
          $ref: "#/$defs/text"
        }
      },
      if: {
        properties: {
          status: {
            enum: ["referral", "authoritative"]
          }
        }
      },
      then: {
        properties: {
          ns: true,
          glue: true
        },
        required: ["ns", "glue"]
      }
    },
    zone: {
      type: "object",
      required: ["zone", "servers", "unresolvedServers", "transfers"],
      properties: {
        zone: {
          $ref: "#/$defs/name"
        },
        parent: {
          type: "object",
          required: ["zone", "delegations"],
          properties: {
            zone: {
              $ref: "#/$defs/name"
            },
            delegations: {
              type: "array",
              items: {
                type: "object",
                required: ["server", "reply"],
                properties: {
                  server: {
                    $ref: "#/$defs/server"
                  },
                  reply: {
                    $ref: "#/$defs/delegationReply"
                  }
                }
              }
            }
          }
        },
        servers: {
          type: "array",
          items: {
            type: "object",
            required: ["server", "foundVia", "soa", "ns"],
            properties: {
              server: {
                $ref: "#/$defs/server"
              },
              foundVia: {
                $ref: "#/$defs/foundVia"
              },
              addressFoundVia: {
                type: "array",
                items: {
                  type: "object",
                  required: ["kind"],
                  properties: {
                    kind: {
                      enum: ["resolution", "glue", "zone"]
                    },
                    server: {
                      $ref: "#/$defs/server"
                    }
                  }
                }
              },
              soa: {
                $ref: "#/$defs/soaReply"
              },
              ns: {
                $ref: "#/$defs/nameReply"
              }
            }
          }
        },
        unresolvedServers: {
          type: "array",
          items: {
            type: "object",
            required: ["name", "foundVia", "detail"],
            properties: {
              name: {
                $ref: "#/$defs/name"
              },
              foundVia: {
                $ref: "#/$defs/foundVia"
              },
              detail: {
                $ref: "#/$defs/text"
              }
            }
          }
        },
        aliasedServers: {
          type: "array",
          items: {
            type: "object",
            required: ["name", "chain", "publishedBy"],
            properties: {
              name: {
                $ref: "#/$defs/name"
              },
              chain: {
                type: "array",
                items: {
                  $ref: "#/$defs/name"
                }
              },
              publishedBy: {
                type: "array",
                items: {
                  $ref: "#/$defs/server"
                }
              }
            }
          }
        },
        transfers: {
          type: "array",
          items: {
            type: "object",
            required: ["server", "status", "detail", "recordCount", "mxNames"],
            properties: {
              server: {
                $ref: "#/$defs/server"
              },
              status: {
                enum: ["transferred", "refused", "failed", "not-checked"]
              },
              detail: {
                $ref: "#/$defs/text"
              },
              recordCount: {
                $ref: "#/$defs/count"
              },
              mxNames: {
                type: "array",
                items: {
                  type: "object",
                  required: ["name", "mx"],
                  properties: {
                    name: {
                      $ref: "#/$defs/name"
                    },
                    mx: {
                      type: "array",
                      items: {
                        $ref: "#/$defs/mxRecord"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    nameObservation: {
      type: "object",
      required: ["name", "servers"],
      properties: {
        name: {
          $ref: "#/$defs/name"
        },
        zone: {
          $ref: "#/$defs/name"
        },
        error: {
          $ref: "#/$defs/text"
        },
        servers: {
          type: "array",
          items: {
            type: "object",
            required: ["server", "mx", "addresses"],
            properties: {
              server: {
                $ref: "#/$defs/server"
              },
              mx: {
                $ref: "#/$defs/mxReply"
              },
              addresses: {
                $ref: "#/$defs/addressReply"
              },
              alias: {
                $ref: "#/$defs/name"
              }
            }
          }
        },
        alias: {
          type: "object",
          required: ["chain"],
          properties: {
            chain: {
              type: "array",
              items: {
                $ref: "#/$defs/name"
              }
            },
            target: {
              $ref: "#/$defs/nameObservation"
            },
            error: {
              $ref: "#/$defs/text"
            }
          }
        }
      }
    },
    target: {
      type: "object",
      required: ["host", "status", "addresses", "cnameChain", "answeredBy", "byServer", "detail"],
      properties: {
        host: {
          $ref: "#/$defs/name"
        },
        status: {
          enum: ["resolved", "nxdomain", "nodata", "failed"]
        },
        addresses: {
          type: "array",
          items: {
            $ref: "#/$defs/address"
          }
        },
        cnameChain: {
          type: "array",
          items: {
            $ref: "#/$defs/name"
          }
        },
        answeredBy: {
          type: "array",
          items: {
            $ref: "#/$defs/server"
          }
        },
        byServer: {
          type: "array",
          items: {
            type: "object",
            required: ["server", "addresses"],
            properties: {
              server: {
                $ref: "#/$defs/server"
              },
              addresses: {
                type: "array",
                items: {
                  $ref: "#/$defs/address"
                }
              }
            }
          }
        },
        detail: {
          $ref: "#/$defs/text"
        }
      }
    },
    dns: {
      type: "object",
      required: ["ipv6", "zones", "names", "mxTargets", "stats"],
      properties: {
        ipv6: {
          enum: ["reachable", "unreachable", "disabled", "unused"]
        },
        zones: {
          type: "array",
          items: {
            $ref: "#/$defs/zone"
          }
        },
        names: {
          type: "array",
          items: {
            $ref: "#/$defs/nameObservation"
          }
        },
        mxTargets: {
          type: "array",
          items: {
            $ref: "#/$defs/target"
          }
        },
        stats: {
          type: "object",
          required: ["queriesSent", "answersAccepted", "answersDropped", "timeouts", "tcpFallbacks"],
          additionalProperties: false,
          properties: {
            queriesSent: {
              $ref: "#/$defs/count"
            },
            answersAccepted: {
              $ref: "#/$defs/count"
            },
            answersDropped: {
              $ref: "#/$defs/count"
            },
            timeouts: {
              $ref: "#/$defs/count"
            },
            tcpFallbacks: {
              $ref: "#/$defs/count"
            }
          }
        },
        transports: {
          description: "Addresses that needed something out of the ordinary (no EDNS, TCP, a cookie exchange) or left questions unanswered while answering others.",
          type: "array",
          items: {
            type: "object",
            required: ["address", "edns", "ednsDetail", "tcpAnswers", "cookieRetries", "unanswered", "unansweredCount"],
            additionalProperties: false,
            properties: {
              address: {
                $ref: "#/$defs/address"
              },
              edns: {
                enum: ["used", "not-used"]
              },
              ednsDetail: {
                $ref: "#/$defs/text"
              },
              tcpAnswers: {
                $ref: "#/$defs/count"
              },
              cookieRetries: {
                $ref: "#/$defs/count"
              },
              unanswered: {
                type: "array",
                maxItems: 20,
                items: {
                  type: "object",
                  required: ["name", "type", "detail"],
                  additionalProperties: false,
                  properties: {
                    name: {
                      $ref: "#/$defs/name"
                    },
                    type: {
                      type: "string",
                      maxLength: 16
                    },
                    detail: {
                      $ref: "#/$defs/text"
                    }
                  }
                }
              },
              unansweredCount: {
                $ref: "#/$defs/count"
              }
            }
          }
        }
      }
    },
    scan: {
      type: "object",
      required: ["ranges", "ports", "smtpPort", "probes", "counts", "durationMs"],
      properties: {
        ranges: {
          type: "array",
          items: {
            type: "string",
            maxLength: 64
          }
        },
        ports: {
          type: "array",
          items: {
            type: "integer",
            minimum: 1,
            maximum: 65535
          }
        },
        smtpPort: {
          type: "integer",
          minimum: 1,
          maximum: 65535
        },
        probes: {
          type: "array",
          items: {
            type: "object",
            required: ["address", "port", "state", "greeting", "detail"],
            properties: {
              address: {
                $ref: "#/$defs/address"
              },
              port: {
                type: "integer",
                minimum: 1,
                maximum: 65535
              },
              state: {
                enum: ["closed", "filtered", "open", "smtp", "not-probed"]
              },
              greeting: {
                $ref: "#/$defs/text"
              },
              tls: {
                type: "object",
                required: ["subject", "issuer"],
                properties: {
                  subject: {
                    $ref: "#/$defs/text"
                  },
                  issuer: {
                    $ref: "#/$defs/text"
                  }
                }
              },
              startTls: {
                type: "boolean"
              },
              detail: {
                $ref: "#/$defs/text"
              }
            }
          }
        },
        counts: {
          type: "object",
          required: ["closed", "filtered", "open", "smtp", "not-probed"],
          additionalProperties: false,
          properties: {
            closed: {
              $ref: "#/$defs/count"
            },
            filtered: {
              $ref: "#/$defs/count"
            },
            open: {
              $ref: "#/$defs/count"
            },
            smtp: {
              $ref: "#/$defs/count"
            },
            "not-probed": {
              $ref: "#/$defs/count"
            }
          }
        },
        durationMs: {
          $ref: "#/$defs/count"
        }
      }
    },
    smtpReply: {
      type: "object",
      required: ["code", "text"],
      properties: {
        code: {
          type: "integer",
          minimum: 0,
          maximum: 999
        },
        text: {
          $ref: "#/$defs/text"
        },
        undecided: {
          $ref: "#/$defs/text"
        }
      }
    },
    probe: {
      type: "object",
      required: ["checks", "conversations"],
      properties: {
        checks: {
          type: "array",
          items: {
            enum: ["starttls", "certificate", "unknown-recipient", "relay"]
          }
        },
        conversations: {
          type: "array",
          items: {
            type: "object",
            required: ["name", "host", "preference", "address", "port"],
            properties: {
              name: {
                $ref: "#/$defs/name"
              },
              host: {
                $ref: "#/$defs/name"
              },
              preference: {
                type: "integer",
                minimum: 0,
                maximum: 65535
              },
              address: {
                $ref: "#/$defs/address"
              },
              port: {
                type: "integer",
                minimum: 1,
                maximum: 65535
              },
              failure: {
                $ref: "#/$defs/text"
              },
              greeting: {
                $ref: "#/$defs/smtpReply"
              },
              ehlo: {
                $ref: "#/$defs/smtpReply"
              },
              startTlsOffered: {
                type: "boolean"
              },
              startTls: {
                $ref: "#/$defs/smtpReply"
              },
              certificate: {
                type: "object",
                required: ["subject", "issuer", "validFrom", "validTo", "trusted", "nameMatches", "problem"],
                properties: {
                  subject: {
                    $ref: "#/$defs/text"
                  },
                  issuer: {
                    $ref: "#/$defs/text"
                  },
                  validFrom: {
                    type: "string"
                  },
                  validTo: {
                    type: "string"
                  },
                  trusted: {
                    type: "boolean"
                  },
                  nameMatches: {
                    type: "boolean"
                  },
                  problem: {
                    $ref: "#/$defs/text"
                  },
                  names: {
                    type: "array",
                    maxItems: 100,
                    items: {
                      $ref: "#/$defs/text"
                    }
                  }
                }
              },
              mailFrom: {
                $ref: "#/$defs/smtpReply"
              },
              unknownRecipient: {
                $ref: "#/$defs/smtpReply"
              },
              foreignRecipient: {
                $ref: "#/$defs/smtpReply"
              },
              helo: {
                $ref: "#/$defs/smtpReply"
              },
              tlsFailure: {
                $ref: "#/$defs/text"
              },
              sender: {
                type: "string",
                maxLength: 320
              },
              unsolicited: {
                type: "array",
                maxItems: 4,
                items: {
                  $ref: "#/$defs/text"
                }
              },
              interrupted: {
                $ref: "#/$defs/text"
              },
              retriedAfter: {
                $ref: "#/$defs/text"
              }
            }
          }
        }
      }
    }
  }
};

// src/policy/schema-validation.ts
var import__ = __toESM(require__(), 1);

// policy.schema.json
var policy_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/mail-perimeter/mail-perimeter/v1/policy.schema.json",
  title: "mail-perimeter policy",
  description: "Declares every server allowed to receive mail for an organisation: authoritative name servers, MX hosts, mail-server addresses and the address ranges to scan for SMTP listeners.",
  type: "object",
  additionalProperties: false,
  required: ["version", "domains"],
  properties: {
    $schema: {
      type: "string",
      description: "The schema this file follows, for editors (JSON policies)."
    },
    version: {
      description: "Policy format version. Always 1.",
      const: 1
    },
    "mail-servers": {
      description: "Every SMTP server the messaging team controls, keyed by host name, with all of its IPv4 and IPv6 addresses. An MX target that resolves to an address not listed here is reported (mx/target-address); these addresses are approved SMTP listeners in scans.",
      type: "object",
      propertyNames: {
        $ref: "#/$defs/hostName"
      },
      additionalProperties: {
        description: "All addresses of this mail server.",
        type: "array",
        minItems: 1,
        items: {
          $ref: "#/$defs/ipAddress"
        },
        maxItems: 64
      },
      maxProperties: 1e4
    },
    domains: {
      description: "Every name that must be checked: zone apexes and names inside zones alike.",
      type: "object",
      minProperties: 1,
      propertyNames: {
        $ref: "#/$defs/hostName"
      },
      additionalProperties: {
        $ref: "#/$defs/domain"
      },
      maxProperties: 1e5
    },
    "zone-data": {
      description: "The repository's zone data (DNS-as-code), judged by the same rules as the live servers' answers and compared with them (zone/drift). Paths are relative to the policy file and may not leave the repository.",
      type: "array",
      minItems: 1,
      maxItems: 256,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["format", "path"],
        properties: {
          format: {
            description: "rfc1035: a zone file or a directory of them (<zone>, <zone>.zone, db.<zone>); octodns: a directory in octoDNS YamlProvider layout (<zone>.yaml); dnscontrol: the JSON `dnscontrol print-ir` writes.",
            enum: ["rfc1035", "octodns", "dnscontrol"]
          },
          path: {
            description: "A file or directory, relative to the policy file.",
            type: "string",
            minLength: 1,
            maxLength: 1024,
            pattern: "^(?![\\\\/]|[A-Za-z]:)",
            patternErrorMessage: "A path relative to the policy file (not absolute)."
          },
          zone: {
            description: "The zone of a single file whose name does not say it (rfc1035, octodns).",
            $ref: "#/$defs/hostName"
          }
        }
      }
    },
    "smtp-probe": {
      description: "The opt-in SMTP probe: a conversation with every address of every MX target that stops before DATA (no message is ever sent), to prove each MX is as well protected as the most-preferred one.",
      type: "object",
      additionalProperties: false,
      properties: {
        checks: {
          description: "Which protections to test (default all).",
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: {
            enum: ["starttls", "certificate", "unknown-recipient", "relay"]
          }
        },
        from: {
          description: "MAIL FROM address; empty (default) is the null sender <>.",
          type: "string",
          maxLength: 254,
          pattern: "^(|[^\\s<>@]+@[^\\s<>@]+)$"
        },
        "foreign-recipient": {
          description: "A recipient in a domain none of your servers should relay to (default postmaster@iana.org: a domain that resolves and takes mail, so a relaying server that checks recipient domains still accepts it; nothing is ever sent, the probe stops before DATA).",
          type: "string",
          maxLength: 254,
          pattern: "^[^\\s<>@]+@[^\\s<>@]+$"
        }
      }
    },
    scan: {
      description: "Address ranges to scan for anything that answers SMTP. A server needs no MX record to receive mail.",
      type: "object",
      additionalProperties: false,
      required: ["ranges"],
      properties: {
        ranges: {
          description: "IPv4 or IPv6 addresses and CIDR prefixes to scan. IPv6 prefixes wider than /112 are refused.",
          type: "array",
          minItems: 1,
          items: {
            type: "string",
            description: "An address (192.0.2.10) or a CIDR prefix (192.0.2.0/24, 2001:db8::/120).",
            pattern: "^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}(?:/(?:3[0-2]|[12]?\\d))?|(?:(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?|[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?|(?:[0-9A-Fa-f]{1,4}:){1}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,4})?|(?:[0-9A-Fa-f]{1,4}:){2}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,3})?|(?:[0-9A-Fa-f]{1,4}:){3}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,2})?|(?:[0-9A-Fa-f]{1,4}:){4}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,1})?|(?:[0-9A-Fa-f]{1,4}:){5}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,0})?|(?:[0-9A-Fa-f]{1,4}:){6}[0-9A-Fa-f]{1,4}::)|(?:(?:[0-9A-Fa-f]{1,4}:){6}|::(?:[0-9A-Fa-f]{1,4}:){0,5}|[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}:){0,4}|(?:[0-9A-Fa-f]{1,4}:){1}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}:){0,3}|(?:[0-9A-Fa-f]{1,4}:){2}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}:){0,2}|(?:[0-9A-Fa-f]{1,4}:){3}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}:){0,1}|(?:[0-9A-Fa-f]{1,4}:){4}[0-9A-Fa-f]{1,4}::)(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3})(?:/(?:12[0-8]|1[01]\\d|[1-9]?\\d))?)$",
            patternErrorMessage: "Not an address or CIDR prefix: 192.0.2.0/24, 2001:db8::/120 or a single address."
          },
          maxItems: 1024
        },
        ports: {
          description: 'TCP ports to probe. Default [25]. The word "all" means every port, 1-65535 (mind max-addresses).',
          default: [25],
          type: ["array", "string"],
          if: {
            type: "string"
          },
          then: {
            const: "all"
          },
          minItems: 1,
          items: {
            type: "integer",
            minimum: 1,
            maximum: 65535,
            description: "A TCP port, 1-65535."
          }
        },
        allow: {
          description: `Listeners approved beyond the mail servers' addresses, as "ADDRESS:PORT" (IPv6 as "[ADDRESS]:PORT") or a bare address for every port.`,
          type: "array",
          items: {
            type: "string",
            pattern: "^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}(?::(?:6553[0-5]|655[0-2]\\d|65[0-4]\\d\\d|6[0-4]\\d{3}|[1-5]\\d{4}|[1-9]\\d{0,3}))?|\\[(?:(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?|[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?|(?:[0-9A-Fa-f]{1,4}:){1}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,4})?|(?:[0-9A-Fa-f]{1,4}:){2}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,3})?|(?:[0-9A-Fa-f]{1,4}:){3}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,2})?|(?:[0-9A-Fa-f]{1,4}:){4}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,1})?|(?:[0-9A-Fa-f]{1,4}:){5}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,0})?|(?:[0-9A-Fa-f]{1,4}:){6}[0-9A-Fa-f]{1,4}::)|(?:(?:[0-9A-Fa-f]{1,4}:){6}|::(?:[0-9A-Fa-f]{1,4}:){0,5}|[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}:){0,4}|(?:[0-9A-Fa-f]{1,4}:){1}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}:){0,3}|(?:[0-9A-Fa-f]{1,4}:){2}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}:){0,2}|(?:[0-9A-Fa-f]{1,4}:){3}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}:){0,1}|(?:[0-9A-Fa-f]{1,4}:){4}[0-9A-Fa-f]{1,4}::)(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3})\\]:(?:6553[0-5]|655[0-2]\\d|65[0-4]\\d\\d|6[0-4]\\d{3}|[1-5]\\d{4}|[1-9]\\d{0,3})|(?:(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?|[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?|(?:[0-9A-Fa-f]{1,4}:){1}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,4})?|(?:[0-9A-Fa-f]{1,4}:){2}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,3})?|(?:[0-9A-Fa-f]{1,4}:){3}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,2})?|(?:[0-9A-Fa-f]{1,4}:){4}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,1})?|(?:[0-9A-Fa-f]{1,4}:){5}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,0})?|(?:[0-9A-Fa-f]{1,4}:){6}[0-9A-Fa-f]{1,4}::)|(?:(?:[0-9A-Fa-f]{1,4}:){6}|::(?:[0-9A-Fa-f]{1,4}:){0,5}|[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}:){0,4}|(?:[0-9A-Fa-f]{1,4}:){1}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}:){0,3}|(?:[0-9A-Fa-f]{1,4}:){2}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}:){0,2}|(?:[0-9A-Fa-f]{1,4}:){3}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}:){0,1}|(?:[0-9A-Fa-f]{1,4}:){4}[0-9A-Fa-f]{1,4}::)(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}))$",
            patternErrorMessage: "Not a listener: ADDRESS, ADDRESS:PORT or [IPv6]:PORT, with a port from 1 to 65535."
          },
          maxItems: 4096
        },
        "max-addresses": {
          description: "Refuse to scan more addresses than this (default 4096, at most 16,777,216: a /8); raise it deliberately for larger ranges.",
          type: "integer",
          minimum: 1,
          default: 4096,
          maximum: 16777216
        }
      },
      if: {
        required: ["ports"],
        properties: {
          ports: {
            const: "all"
          }
        }
      },
      then: {
        required: ["max-addresses"],
        properties: {
          "max-addresses": {
            description: "With ports: all, set max-addresses explicitly: each address costs 65,535 probes."
          }
        }
      }
    },
    rules: {
      description: "Severity overrides by rule id: error, warning, notice, or off.",
      type: "object",
      additionalProperties: {
        enum: ["error", "warning", "notice", "off"]
      },
      propertyNames: {
        enum: [
          "ns/delegation-mismatch",
          "ns/zone-mismatch",
          "ns/undeclared-server",
          "ns/inconsistent",
          "ns/cname-target",
          "ns/lame",
          "dns/unchecked",
          "dns/no-edns",
          "dns/question-unanswered",
          "soa/serial-inconsistent",
          "zone/drift",
          "zone/transfer-open",
          "mx/unexpected",
          "mx/missing",
          "mx/preference-mismatch",
          "mx/inconsistent",
          "mx/cname-target",
          "mx/target-unresolvable",
          "mx/target-address",
          "mx/implicit",
          "mx/null-expected",
          "mx/undeclared-name",
          "zone-data/ignored-record",
          "zone-data/out-of-zone",
          "zone-data/ttl-too-large",
          "smtp/unexpected-listener",
          "smtp/unexpected-open-port",
          "smtp/approved-unreachable",
          "smtp/no-starttls",
          "smtp/certificate-invalid",
          "smtp/accepts-unknown-recipient",
          "smtp/open-relay",
          "smtp/starttls-unusable",
          "smtp/probe-undecided",
          "smtp/probe-unreachable",
          "mx/weaker-than-primary",
          "scan/egress-blocked"
        ]
      }
    }
  },
  $defs: {
    hostName: {
      type: "string",
      minLength: 1,
      maxLength: 254,
      pattern: `^(?:[^\\s/:@,;"'()\\[\\]{}<>\\\\.]{1,63}\\.)*[^\\s/:@,;"'()\\[\\]{}<>\\\\.]{1,63}\\.?$`,
      not: {
        pattern: "^[0-9.]+$"
      },
      description: "A DNS host name (not an IP address); compared case-insensitively, with or without the trailing dot.",
      patternErrorMessage: "Not a host name: labels of 1 to 63 characters separated by dots, without spaces or URL characters."
    },
    ipAddress: {
      type: "string",
      pattern: "^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}|(?:(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?|[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?|(?:[0-9A-Fa-f]{1,4}:){1}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,4})?|(?:[0-9A-Fa-f]{1,4}:){2}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,3})?|(?:[0-9A-Fa-f]{1,4}:){3}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,2})?|(?:[0-9A-Fa-f]{1,4}:){4}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,1})?|(?:[0-9A-Fa-f]{1,4}:){5}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,0})?|(?:[0-9A-Fa-f]{1,4}:){6}[0-9A-Fa-f]{1,4}::)|(?:(?:[0-9A-Fa-f]{1,4}:){6}|::(?:[0-9A-Fa-f]{1,4}:){0,5}|[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}:){0,4}|(?:[0-9A-Fa-f]{1,4}:){1}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}:){0,3}|(?:[0-9A-Fa-f]{1,4}:){2}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}:){0,2}|(?:[0-9A-Fa-f]{1,4}:){3}[0-9A-Fa-f]{1,4}::(?:[0-9A-Fa-f]{1,4}:){0,1}|(?:[0-9A-Fa-f]{1,4}:){4}[0-9A-Fa-f]{1,4}::)(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}))$",
      description: "An IPv4 or IPv6 address (no zone index).",
      patternErrorMessage: "Not an IP address: IPv4 as 192.0.2.10, IPv6 as 2001:db8::10 (no zone index)."
    },
    mxEntry: {
      oneOf: [
        {
          type: "object",
          description: "An MX record: host and, optionally, preference (left out: any preference matches).",
          additionalProperties: false,
          required: ["host"],
          properties: {
            host: {
              $ref: "#/$defs/hostName"
            },
            preference: {
              type: "integer",
              minimum: 0,
              maximum: 65535
            }
          }
        },
        {
          type: "string",
          description: 'Zone-file form: "PREFERENCE HOST" ("10 mx1.example.com") or just "HOST".',
          pattern: `^\\s*(?:(?:6553[0-5]|655[0-2]\\d|65[0-4]\\d\\d|6[0-4]\\d{3}|[1-5]\\d{4}|[1-9]\\d{0,3}|0+)\\s+)?(?:[^\\s/:@,;"'()\\[\\]{}<>\\\\.]{1,63}\\.)*[^\\s/:@,;"'()\\[\\]{}<>\\\\.]{1,63}\\.?\\s*$`,
          patternErrorMessage: 'Not an MX record: "PREFERENCE HOST" with a preference from 0 to 65535 ("10 mx1.example.com"), or just "HOST".'
        }
      ]
    },
    domain: {
      type: "object",
      description: "What must hold for this name.",
      additionalProperties: false,
      properties: {
        nameservers: {
          description: "The exact set of authoritative name servers allowed for the zone holding this name: the parent's delegation and every server's NS RRset must equal it.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/$defs/hostName"
          },
          maxItems: 32
        },
        mx: {
          description: 'The exact MX set expected, or "none" when the name must not receive mail (a null MX, RFC 7505, is then required).',
          oneOf: [
            {
              const: "none"
            },
            {
              type: "array",
              minItems: 1,
              items: {
                $ref: "#/$defs/mxEntry"
              },
              maxItems: 64
            }
          ]
        },
        discover: {
          description: '"axfr": use a zone transfer from each server to find names that publish MX but are not in this policy.',
          enum: ["axfr"]
        }
      }
    }
  }
};

// src/policy/schema-validation.ts
var ajv = new import__.Ajv2020({ allErrors: true, strict: true, strictTypes: false, verbose: true });
ajv.addKeyword({ keyword: "patternErrorMessage", schemaType: "string" });
function schemaValidator(published) {
  let validate;
  return (data) => {
    validate ??= ajv.compile(published);
    return validate(data) ? [] : simplify(validate.errors ?? []);
  };
}
var validateAgainstSchema = schemaValidator(policy_schema_default);
function simplify(errors) {
  const byPlace = /* @__PURE__ */ new Map();
  const deepestPaths = errors.map((error) => error.instancePath);
  for (const error of errors) {
    const explainedDeeper = () => deepestPaths.some((path6) => path6.startsWith(`${error.instancePath}/`));
    if ((error.keyword === "oneOf" || error.keyword === "anyOf") && explainedDeeper()) continue;
    if (/\/(?:oneOf|anyOf)\/\d+\/[^/]+$/.test(error.schemaPath) && explainedDeeper()) continue;
    if (error.keyword === "if" || error.keyword === "required" && error.schemaPath.includes("/then/")) continue;
    if (error.keyword === "propertyNames" || error.propertyName !== void 0) continue;
    let key;
    let message;
    switch (error.keyword) {
      case "additionalProperties":
        key = String(error.params["additionalProperty"]);
        message = `unknown key "${key}"`;
        break;
      case "required":
        message = `missing required key "${String(error.params["missingProperty"])}"`;
        break;
      case "const":
        message = `must be ${JSON.stringify(error.params["allowedValue"])}`;
        break;
      case "enum":
        message = `must be one of ${error.params["allowedValues"].map((v) => JSON.stringify(v)).join(", ")}`;
        break;
      case "oneOf":
        message = "does not match any allowed form";
        break;
      case "pattern": {
        const explained = error.parentSchema?.patternErrorMessage;
        message = explained ?? "is not in a valid form";
        break;
      }
      case "not":
        message = "is not allowed here";
        break;
      default: {
        const propertyName = error.params["propertyName"];
        key = typeof propertyName === "string" ? propertyName : void 0;
        message = error.message ?? "is invalid";
      }
    }
    const placeId = `${error.instancePath}\0${key ?? ""}`;
    const place = byPlace.get(placeId) ?? { pointer: error.instancePath, key, messages: [] };
    if (!place.messages.includes(message)) place.messages.push(message);
    byPlace.set(placeId, place);
  }
  return [...byPlace.values()].map((place) => ({
    pointer: place.pointer,
    key: place.key,
    message: place.messages.join(" or ")
  }));
}

// src/observations/file.ts
var MAX_ERRORS_SHOWN = 3;
var validateObservations = schemaValidator(observations_schema_default);
function parseObservations(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error.message;
    const position = jsonErrorPosition(text, message);
    const where = position ? `${file}:${position.line}:${position.column}` : file;
    throw new Error(`${where}: not JSON (${message.replace(/ in JSON at position \d+.*$/, "")})`);
  }
  const version = data?.version;
  if (typeof data === "object" && data !== null && version !== OBSERVATIONS_FORMAT_VERSION) {
    throw new Error(`${file}: observations version ${JSON.stringify(version)} is not supported (expected ${OBSERVATIONS_FORMAT_VERSION})`);
  }
  const errors = validateObservations(data);
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_ERRORS_SHOWN).map((error) => `${error.pointer || "/"}${error.key ? ` (${error.key})` : ""}: ${error.message}`);
    const more = errors.length > shown.length ? `; and ${errors.length - shown.length} more` : "";
    throw new Error(`${file}: not a valid observations file: ${shown.join("; ")}${more}`);
  }
  return data;
}
async function writeObservationsFile(file, observations) {
  await writeJsonFile(file, observations);
}
function jsonErrorPosition(text, message) {
  const offset = /at position (\d+)/.exec(message);
  if (!offset && !message.includes("end of JSON input")) return void 0;
  const position = offset ? Math.min(Number(offset[1]), text.length) : text.length;
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf("\n"); index !== -1 && index < position; index = text.indexOf("\n", index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: position - lineStart + 1 };
}

// src/policy/load.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/policy/yaml-chunks.ts
var import_yaml2 = __toESM(require_dist(), 1);
var DEFAULT_ENTRIES_PER_SLICE = 2e3;
var SLICE_PREFIX = "domains:\n";
var OPTIONS = { prettyErrors: false, uniqueKeys: false };
function parsePolicyDocument(text, lineCounter, entriesPerSlice = DEFAULT_ENTRIES_PER_SLICE) {
  return parseInSlices(text, lineCounter, entriesPerSlice) ?? { document: (0, import_yaml2.parseDocument)(text, { ...OPTIONS, lineCounter }), slices: 0 };
}
function parseInSlices(text, lineCounter, entriesPerSlice) {
  const block = domainsBlock(text);
  if (block === void 0 || block.entryStarts.length < entriesPerSlice) return void 0;
  const skeleton = (0, import_yaml2.parseDocument)(text.slice(0, block.start) + text.slice(block.end), OPTIONS);
  if (skeleton.errors.length > 0 || !(0, import_yaml2.isMap)(skeleton.contents)) return void 0;
  const domainsPairs = skeleton.contents.items.filter((pair) => (0, import_yaml2.isScalar)(pair.key) && pair.key.value === "domains");
  if (domainsPairs.length !== 1 || domainsPairs[0].value !== null && !(0, import_yaml2.isScalar)(domainsPairs[0].value)) return void 0;
  shiftRanges(skeleton.contents, block.end - block.start, block.start);
  const domains = new import_yaml2.YAMLMap();
  let slices = 0;
  for (let first = 0; first < block.entryStarts.length; first += entriesPerSlice) {
    const sliceStart = block.entryStarts[first];
    const sliceEnd = block.entryStarts[first + entriesPerSlice] ?? block.end;
    const slice = (0, import_yaml2.parseDocument)(SLICE_PREFIX + text.slice(sliceStart, sliceEnd), OPTIONS);
    slices++;
    if (slice.errors.length > 0 || !(0, import_yaml2.isMap)(slice.contents)) return void 0;
    const [pair, ...others] = slice.contents.items;
    if (pair === void 0 || others.length > 0 || !(0, import_yaml2.isMap)(pair.value)) return void 0;
    shiftRanges(pair.value, sliceStart - SLICE_PREFIX.length, 0);
    domains.items.push(...pair.value.items);
    const [, valueEnd, nodeEnd] = pair.value.range;
    domains.range = [domains.range?.[0] ?? pair.value.range[0], valueEnd, nodeEnd];
  }
  domainsPairs[0].value = domains;
  lineCounter.addNewLine(0);
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lineCounter.addNewLine(at + 1);
  return { document: skeleton, slices };
}
function shiftRanges(root, by, from) {
  const shift = (offset) => offset >= from ? offset + by : offset;
  (0, import_yaml2.visit)(root, {
    Node: (_key, node) => {
      if (node.range) node.range = [shift(node.range[0]), shift(node.range[1]), shift(node.range[2])];
    }
  });
}
function domainsBlock(text) {
  if (/^%/m.test(text)) return void 0;
  const header = /^domains[ \t]*:[ \t]*(?:#.*)?\r?$/m.exec(text);
  if (header === null) return void 0;
  const start = text.indexOf("\n", header.index) + 1;
  if (start === 0) return void 0;
  const entryStarts = [];
  let indentation;
  let end = text.length;
  for (let lineStart = start; lineStart < text.length; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    const line = text.slice(lineStart, lineEnd);
    const content = line.trimStart();
    const indent = line.length - content.length;
    if (line.startsWith("	") || /[&*]/.test(line.replace(/#.*$/, "").replace(/"[^"]*"|'[^']*'/g, ""))) return void 0;
    if (content.trim() !== "" && !content.startsWith("#")) {
      if (indent === 0) {
        end = lineStart;
        break;
      }
      indentation ??= indent;
      if (indent === indentation) {
        if (!/^[A-Za-z0-9_.-][^:#{}[\],]*:(?:[ \t]|\r?\n|$)/.test(content)) return void 0;
        entryStarts.push(lineStart);
      } else if (indent < indentation) return void 0;
    }
    lineStart = lineEnd;
  }
  return entryStarts.length > 0 ? { start: entryStarts[0], end, entryStarts } : void 0;
}

// src/policy/load.ts
var DEFAULT_MAX_ADDRESSES = 4096;
var DEFAULT_FOREIGN_RECIPIENT = "postmaster@iana.org";
var MAX_MAX_ADDRESSES = 16777216;
var DEFAULT_SCAN_PORTS = [25];
var ALL_PORTS = Array.from({ length: 65535 }, (_, i) => i + 1);
var YAML_DUPLICATE = "duplicate key: every name, server and rule may appear only once";
var YAML_ALIAS = "YAML aliases (*name, <<: *name) are not accepted in a policy: write the value out";
function loadPolicy(file, text, options = {}) {
  const lineCounter = new import_yaml3.LineCounter();
  const doc = parsePolicyDocument(text, lineCounter, options.entriesPerSlice).document;
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const problems = [];
  for (const error of doc.errors) problems.push({ message: error.message.split("\n")[0], location: at(error.pos[0]) });
  if (doc.errors.length > 0) return { ok: false, problems };
  const structural = [];
  const schemaErrors = validateAgainstSchema(toPlainData(doc.contents, structural));
  for (const { message, node } of structural) problems.push({ message, location: at(node.range?.[0] ?? 0) });
  if (structural.some(({ message }) => message === YAML_ALIAS)) return { ok: false, problems: sortAndDedupe(problems) };
  const schemaProblems = [];
  for (const schemaError of schemaErrors) {
    const place = nodeAt(doc.contents, schemaError.pointer);
    const keyNode = schemaError.key === void 0 ? void 0 : findKey(place?.node, schemaError.key);
    const offset = keyNode?.range?.[0] ?? place?.node.range?.[0] ?? 0;
    const where = place?.path ? `${place.path}: ` : "";
    schemaProblems.push({ message: `${where}${schemaError.message}`, location: at(offset) });
  }
  const builder = new PolicyBuilder(file, doc, at, problems);
  const policy = builder.build();
  const placeOf = (problem) => `${problem.location.line}:${problem.location.column}`;
  const explained = new Set(problems.map(placeOf));
  problems.push(...schemaProblems.filter((problem) => !explained.has(placeOf(problem))));
  if (problems.length > 0) return { ok: false, problems: sortAndDedupe(problems) };
  return { ok: true, policy };
}
function toPlainData(node, structural) {
  if (node === null || node === void 0) return null;
  if ((0, import_yaml3.isAlias)(node)) {
    structural.push({ message: YAML_ALIAS, node });
    return null;
  }
  if ((0, import_yaml3.isMap)(node)) {
    const result2 = {};
    const pairs = node.items;
    uniqueKeys(pairs).forEach(({ name, unique }, index) => {
      const pair = pairs[index];
      if ((0, import_yaml3.isAlias)(pair.key)) structural.push({ message: YAML_ALIAS, node: pair.key });
      else if (unique !== name && pair.key) structural.push({ message: YAML_DUPLICATE, node: pair.key });
      result2[unique] = toPlainData(pair.value, structural);
    });
    return result2;
  }
  if ((0, import_yaml3.isSeq)(node)) return node.items.map((item) => toPlainData(item, structural));
  return (0, import_yaml3.isScalar)(node) ? node.toJSON() : null;
}
function uniqueKeys(pairs) {
  const used = /* @__PURE__ */ new Set();
  return pairs.map((pair) => {
    const name = (0, import_yaml3.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
    let unique = name;
    for (let copy = 2; used.has(unique); copy++) unique = `${name} (copy ${copy})`;
    used.add(unique);
    return { name, unique };
  });
}
function nodeAt(root, pointer) {
  let place = root ? { node: root, key: void 0, path: "" } : void 0;
  for (const segment of pointer.split("/").slice(1)) {
    if (place === void 0) return void 0;
    const step = segment.replaceAll("~1", "/").replaceAll("~0", "~");
    const { node, path: path6 } = place;
    if ((0, import_yaml3.isMap)(node)) {
      const pairs = node.items;
      const keys = uniqueKeys(pairs);
      const index = keys.findIndex(({ unique }) => unique === step);
      const pair = pairs[index];
      place = pair?.value ? { node: pair.value, key: pair.key, path: path6 ? `${path6}.${keys[index].name}` : keys[index].name } : void 0;
    } else if ((0, import_yaml3.isSeq)(node)) {
      const item = node.items[Number(step)];
      place = item ? { node: item, key: void 0, path: `${path6}[${step}]` } : void 0;
    } else return void 0;
  }
  return place;
}
function findKey(node, key) {
  if (!(0, import_yaml3.isMap)(node)) return void 0;
  const pair = node.items.find((item) => (0, import_yaml3.isScalar)(item.key) && String(item.key.value) === key);
  return pair?.key;
}
function sortAndDedupe(problems) {
  const seen = /* @__PURE__ */ new Set();
  const place = (problem) => `${problem.location.line}:${problem.location.column}`;
  const explainedDuplicates = new Set(
    problems.filter((problem) => problem.message.startsWith("duplicate ") && problem.message !== YAML_DUPLICATE).map(place)
  );
  return problems.filter((problem) => !(problem.message === YAML_DUPLICATE && explainedDuplicates.has(place(problem)))).filter((problem) => {
    const id = `${problem.location.line}:${problem.location.column}:${problem.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  }).sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
}
var PolicyBuilder = class {
  constructor(file, doc, at, problems) {
    this.file = file;
    this.doc = doc;
    this.at = at;
    this.problems = problems;
  }
  file;
  doc;
  at;
  problems;
  build() {
    const root = this.doc.contents;
    const rootLocation = this.locate(root);
    const mailServers = this.mailServers(this.child(root, "mail-servers"));
    const domains = this.domains(this.child(root, "domains"));
    return {
      file: this.file,
      mailServers,
      domains,
      zoneData: this.zoneData(this.child(root, "zone-data")),
      smtpProbe: this.smtpProbe(this.child(root, "smtp-probe")),
      scan: this.scan(this.child(root, "scan")),
      severityOverrides: this.rules(this.child(root, "rules")),
      location: rootLocation
    };
  }
  locate(node) {
    return this.at(node?.range?.[0] ?? 0);
  }
  problem(node, message) {
    this.problems.push({ message, location: this.locate(node) });
  }
  child(node, key) {
    if (!(0, import_yaml3.isMap)(node)) return void 0;
    return node.get(key, true);
  }
  pairs(node) {
    return (0, import_yaml3.isMap)(node) ? node.items : [];
  }
  strings(node) {
    if (!(0, import_yaml3.isSeq)(node)) return [];
    return node.items.flatMap(
      (item) => (0, import_yaml3.isScalar)(item) && typeof item.value === "string" ? [{ text: item.value, node: item }] : []
    );
  }
  /** Normalises a host name, reporting IP literals and bad syntax; `seen` catches duplicates. */
  hostName(text, node, what, seen) {
    if (parseIpAddress(text) !== void 0) {
      this.problem(node, `${what} "${text}" is an IP address; name the host instead`);
      return void 0;
    }
    const name = parseHostName(text);
    if (name === void 0) {
      this.problem(node, `${what} "${text}" is not a valid host name`);
      return void 0;
    }
    if (seen) {
      if (seen.has(name)) {
        this.problem(node, `duplicate ${what} "${text}" (names compare case-insensitively, with or without the final dot)`);
        return void 0;
      }
      seen.set(name, node);
    }
    return name;
  }
  mailServers(node) {
    const seenHosts = /* @__PURE__ */ new Map();
    const servers = [];
    for (const pair of this.pairs(node)) {
      if (!(0, import_yaml3.isScalar)(pair.key)) continue;
      const host = this.hostName(String(pair.key.value), pair.key, "mail server", seenHosts);
      const addresses = [];
      const seenAddresses = /* @__PURE__ */ new Set();
      for (const { text, node: addressNode } of this.strings(pair.value ?? void 0)) {
        const address = parseIpAddress(text);
        if (address === void 0) {
          this.problem(addressNode, `"${text}" is not an IP address`);
          continue;
        }
        if (seenAddresses.has(address)) {
          this.problem(addressNode, `address ${address} is listed twice for this server`);
          continue;
        }
        seenAddresses.add(address);
        addresses.push({ value: address, location: this.locate(addressNode) });
      }
      if (host !== void 0) servers.push({ host, addresses, location: this.locate(pair.key) });
    }
    return servers;
  }
  domains(node) {
    const seen = /* @__PURE__ */ new Map();
    const domains = [];
    for (const pair of this.pairs(node)) {
      if (!(0, import_yaml3.isScalar)(pair.key)) continue;
      const name = this.hostName(String(pair.key.value), pair.key, "domain", seen);
      const body = pair.value ?? void 0;
      const nameserversNode = this.child(body, "nameservers");
      const seenServers = /* @__PURE__ */ new Map();
      const nameserverHosts = this.strings(nameserversNode).flatMap(({ text, node: hostNode }) => {
        const host = this.hostName(text, hostNode, "name server", seenServers);
        return host === void 0 ? [] : [{ value: host, location: this.locate(hostNode) }];
      });
      const discover = this.child(body, "discover");
      const mx = this.mx(this.child(body, "mx"));
      if (name === void 0) continue;
      domains.push({
        name,
        location: this.locate(pair.key),
        nameservers: (0, import_yaml3.isSeq)(nameserversNode) ? { hosts: nameserverHosts, location: this.locate(nameserversNode) } : void 0,
        mx,
        discoverByTransfer: (0, import_yaml3.isScalar)(discover) && discover.value === "axfr"
      });
    }
    return domains;
  }
  mx(node) {
    if (node === void 0) return void 0;
    if ((0, import_yaml3.isScalar)(node)) return node.value === "none" ? { kind: "none", location: this.locate(node) } : void 0;
    if (!(0, import_yaml3.isSeq)(node)) return void 0;
    const seen = /* @__PURE__ */ new Map();
    const hosts = [];
    for (const item of node.items) {
      let hostText;
      let hostNode = item;
      let preference;
      if ((0, import_yaml3.isScalar)(item) && typeof item.value === "string") {
        const match = /^\s*(?:(\d+)\s+)?(\S+)\s*$/.exec(item.value);
        if (!match) {
          this.problem(item, `MX "${item.value}" is not of the form "PREFERENCE HOST"`);
          continue;
        }
        if (match[1] !== void 0) {
          preference = Number(match[1]);
          if (preference > 65535) {
            this.problem(item, `MX preference ${match[1]} is out of range (0-65535)`);
            continue;
          }
        }
        hostText = match[2];
      } else if ((0, import_yaml3.isMap)(item)) {
        const hostValue = this.child(item, "host");
        const preferenceValue = this.child(item, "preference");
        if ((0, import_yaml3.isScalar)(hostValue) && typeof hostValue.value === "string") {
          hostText = hostValue.value;
          hostNode = hostValue;
        }
        if ((0, import_yaml3.isScalar)(preferenceValue) && typeof preferenceValue.value === "number") preference = preferenceValue.value;
      }
      if (hostText === void 0) continue;
      if (hostText === ".") {
        this.problem(hostNode, "a null MX is written `mx: none`, not as a host");
        continue;
      }
      const host = this.hostName(hostText, hostNode, "MX host", seen);
      if (host !== void 0) hosts.push({ host, preference, location: this.locate(item) });
    }
    return { kind: "hosts", hosts, location: this.locate(node) };
  }
  smtpProbe(node) {
    if (!(0, import_yaml3.isMap)(node)) return void 0;
    const checks = this.strings(this.child(node, "checks")).map(({ text }) => text);
    const from = this.child(node, "from");
    const foreign = this.child(node, "foreign-recipient");
    return {
      checks: checks.length > 0 ? checks : ["starttls", "certificate", "unknown-recipient", "relay"],
      from: (0, import_yaml3.isScalar)(from) && typeof from.value === "string" ? from.value : "",
      foreignRecipient: (0, import_yaml3.isScalar)(foreign) && typeof foreign.value === "string" ? foreign.value : DEFAULT_FOREIGN_RECIPIENT,
      location: this.locate(node)
    };
  }
  zoneData(node) {
    if (!(0, import_yaml3.isSeq)(node)) return [];
    return node.items.flatMap((item) => {
      const format = this.child(item, "format");
      const pathNode = this.child(item, "path");
      const zoneNode = this.child(item, "zone");
      if (!(0, import_yaml3.isScalar)(format) || !(0, import_yaml3.isScalar)(pathNode) || typeof pathNode.value !== "string") return [];
      const sourcePath = pathNode.value;
      if (/^(\/|[A-Za-z]:)/.test(sourcePath)) {
        this.problem(pathNode, `zone-data path "${sourcePath}" must be relative to the policy file`);
        return [];
      }
      const zone2 = (0, import_yaml3.isScalar)(zoneNode) && typeof zoneNode.value === "string" ? this.hostName(zoneNode.value, zoneNode, "zone") : void 0;
      if (zoneNode !== void 0 && format.value === "dnscontrol")
        this.problem(zoneNode, "dnscontrol data names its domains itself: zone is not used");
      return [{ format: format.value, path: sourcePath, zone: zone2, location: this.locate(item) }];
    });
  }
  scan(node) {
    if (!(0, import_yaml3.isMap)(node)) return void 0;
    const ranges = [];
    for (const { text, node: rangeNode } of this.strings(this.child(node, "ranges"))) {
      const parsed = parseAddressRange(text);
      if (!parsed.ok) this.problem(rangeNode, parsed.reason);
      else ranges.push({ value: parsed.range, location: this.locate(rangeNode) });
    }
    const portsNode = this.child(node, "ports");
    const maxNode = this.child(node, "max-addresses");
    const maxAddresses = (0, import_yaml3.isScalar)(maxNode) && Number.isSafeInteger(maxNode.value) && maxNode.value <= MAX_MAX_ADDRESSES ? maxNode.value : DEFAULT_MAX_ADDRESSES;
    let ports = DEFAULT_SCAN_PORTS;
    if ((0, import_yaml3.isScalar)(portsNode) && portsNode.value === "all") {
      ports = ALL_PORTS;
      if (maxNode === void 0) {
        this.problem(portsNode, "ports: all probes 65,535 ports per address; set scan.max-addresses explicitly to confirm the budget");
      }
    } else if ((0, import_yaml3.isSeq)(portsNode)) {
      const seen = /* @__PURE__ */ new Set();
      const list = [];
      for (const item of portsNode.items) {
        if (!(0, import_yaml3.isScalar)(item) || typeof item.value !== "number") continue;
        const port = item.value;
        if (!Number.isInteger(port) || port < 1 || port > 65535) this.problem(item, `port ${port} is out of range (1-65535)`);
        else if (seen.has(port)) this.problem(item, `port ${port} is listed twice`);
        else {
          seen.add(port);
          list.push(port);
        }
      }
      ports = list;
    }
    const totalAddresses = distinctAddressCount(ranges.map((range) => range.value));
    if (totalAddresses > BigInt(maxAddresses)) {
      this.problem(
        maxNode ?? this.child(node, "ranges"),
        `scan.ranges cover ${totalAddresses} addresses, more than max-addresses (${maxAddresses}); raise max-addresses to confirm`
      );
    }
    const allow = [];
    for (const { text, node: allowNode } of this.strings(this.child(node, "allow"))) {
      const listener = parseListener(text);
      if (listener === void 0) {
        this.problem(allowNode, `"${text}" is not ADDRESS, ADDRESS:PORT or [IPv6]:PORT with a port 1-65535`);
        continue;
      }
      allow.push({ ...listener, location: this.locate(allowNode) });
    }
    return { ranges, ports, allow, maxAddresses, location: this.locate(node) };
  }
  rules(node) {
    const overrides = /* @__PURE__ */ new Map();
    for (const pair of this.pairs(node)) {
      if (!(0, import_yaml3.isScalar)(pair.key) || !(0, import_yaml3.isScalar)(pair.value)) continue;
      const id = String(pair.key.value);
      if (!isRuleId(id)) {
        this.problem(pair.key, `unknown rule id "${id}"`);
        continue;
      }
      if (id === "policy/invalid") {
        this.problem(pair.key, "policy/invalid cannot be overridden: an invalid policy is never checked");
        continue;
      }
      overrides.set(id, pair.value.value);
    }
    return overrides;
  }
};
function parseListener(text) {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text.trim());
  const ipv4WithPort = /^([\d.]+):(\d+)$/.exec(text.trim());
  const match = bracketed ?? ipv4WithPort;
  const addressText = match ? match[1] : text.trim();
  const portText = match ? match[2] : void 0;
  const address = parseIpAddress(addressText);
  if (address === void 0) return void 0;
  if (portText === void 0) return { address, port: void 0 };
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return void 0;
  return { address, port };
}

// src/run.ts
var TOOL = { name: package_default.name, version: package_default.version };
var MAX_POLICY_BYTES = 16 * 1024 * 1024;
var MAX_OBSERVATIONS_BYTES = 256 * 1024 * 1024;
async function run(settings, logger, clock = () => /* @__PURE__ */ new Date()) {
  const startedAt = clock();
  const { loaded, text: policyText } = await readPolicy(settings);
  if (!loaded.ok) {
    const findings2 = policyProblemsAsFindings(loaded.problems);
    const report2 = buildReport(settings, startedAt, clock(), findings2, true, void 0, void 0);
    return { report: report2, failed: true, exitCode: 2, policyInvalid: true };
  }
  const policy = loaded.policy;
  const digest = policyDigest(policyText);
  let observations;
  if (settings.mergeFiles !== void 0) {
    const canonicalizer = new Canonicalizer();
    const shards = [];
    for (const file of settings.mergeFiles) shards.push({ file, observations: await readObservations(file, canonicalizer) });
    observations = mergeShards(shards, digest);
  } else if (settings.observationsFile !== void 0) {
    observations = await readObservations(settings.observationsFile);
  } else if (settings.shard !== void 0) {
    const { index, count } = settings.shard;
    const part = await observe(policyForShard(policy, settings.shard), settings, logger, startedAt);
    observations = { ...part, shard: { index, count, policy: digest } };
  } else {
    observations = await observe(policy, settings, logger, startedAt);
  }
  if (settings.shard !== void 0) {
    const file = settings.saveObservationsFile ?? `mail-perimeter-observations-${settings.shard.index}-of-${settings.shard.count}.json`;
    await writeObservationsFile(file, observations);
    logger.info(
      `shard ${settings.shard.index}/${settings.shard.count}: observations written to ${file}; judge every shard together with merge`
    );
    const report2 = buildReport(settings, startedAt, clock(), [], false, void 0, observations);
    return { report: report2, failed: false, exitCode: 0, policyInvalid: false };
  }
  if (settings.saveObservationsFile !== void 0) {
    await writeObservationsFile(settings.saveObservationsFile, observations);
  }
  const findings = compareWithBase(policy, settings, observations, evaluate(policy, observations), logger);
  const failed2 = findings.some((finding) => countsTowardFailure(finding, settings) && meetsThreshold(finding.severity, settings.failOn));
  const report = buildReport(settings, startedAt, clock(), findings, failed2, policy, observations);
  return { report, failed: failed2, exitCode: failed2 ? 1 : 0, policyInvalid: false };
}
function countsTowardFailure(finding, settings) {
  if (finding.change === "fixed") return false;
  return settings.failOnUnchanged || finding.change !== "unchanged";
}
function compareWithBase(policy, settings, observations, findings, logger) {
  if (settings.zoneDataBase === void 0 || observations.zoneData === void 0) return findings;
  let base;
  try {
    base = readZoneData(policy.zoneData, settings.policyInRepository, settings.zoneDataBase);
  } catch (error) {
    logger.warning(`the base's zone data could not be read (${error.message}): every zone-data finding counts as introduced`);
    base = { zones: [] };
  }
  const onHead = evaluateZoneData(policy, observations.zoneData, observations.dns);
  const onBase = evaluateZoneData(policy, base, observations.dns);
  return markChanges(findings, onHead, onBase);
}
var FILE_ERRORS = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the name is too long"
};
async function readInput(file, what, maxBytes) {
  let handle;
  try {
    handle = await open2(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = await handle.stat();
    if (!stats.isFile()) throw new ConfigurationError(`the ${what} ${file} is not a regular file`);
    if (stats.size > maxBytes) {
      throw new ConfigurationError(`the ${what} ${file} is ${stats.size} bytes, more than the limit of ${maxBytes} bytes`);
    }
    return await handle.readFile("utf8");
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    const code = error.code;
    throw new ConfigurationError(`cannot read the ${what} ${file}: ${(code && FILE_ERRORS[code]) ?? code ?? error.message}`);
  } finally {
    await handle?.close();
  }
}
async function readPolicy(settings) {
  const text = await readInput(settings.policyFile, "policy", MAX_POLICY_BYTES);
  const loaded = loadPolicyWithScanSource(settings, text);
  releaseParseGarbage(text.length);
  return { loaded, text };
}
async function readObservations(file, canonicalizer) {
  const { observations, chars } = await parseObservationsFile(file, canonicalizer);
  releaseParseGarbage(chars);
  return observations;
}
async function parseObservationsFile(file, canonicalizer) {
  const text = await readInput(file, "observations file", MAX_OBSERVATIONS_BYTES);
  try {
    const parsed = parseObservations(text, file);
    return { observations: canonicalizer === void 0 ? parsed : shareRepeatedPieces(parsed, canonicalizer), chars: text.length };
  } catch (error) {
    throw new ConfigurationError(error.message);
  }
}
function loadPolicyWithScanSource(settings, text) {
  const loaded = loadPolicy(settings.policyFile, text);
  const source = settings.scanPolicySource;
  if (!loaded.ok || source === void 0) return loaded;
  if (source.text === void 0) return { ok: true, policy: { ...loaded.policy, scan: void 0 } };
  const base = loadPolicy(source.file, source.text);
  if (!base.ok) return base;
  const scan = base.policy.scan;
  if (scan === void 0) return { ok: true, policy: { ...loaded.policy, scan: void 0 } };
  const at = loaded.policy.scan?.location ?? loaded.policy.location;
  const relocated = {
    ...scan,
    fromBase: true,
    location: at,
    ranges: scan.ranges.map((range) => ({ ...range, location: at })),
    allow: scan.allow.map((allowed) => ({ ...allowed, location: at }))
  };
  return { ok: true, policy: { ...loaded.policy, scan: relocated } };
}
function buildReport(settings, startedAt, finishedAt, findings, failed2, policy, observations) {
  return {
    version: REPORT_FORMAT_VERSION,
    tool: TOOL,
    policy: settings.policyFile,
    verdict: failed2 ? "fail" : "pass",
    failOn: settings.failOn,
    startedAt: startedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    summary: countBySeverity(findings, policy && observations ? namesChecked(policy, observations) : void 0),
    findings,
    observations
  };
}

// src/lab/demo-ports.ts
var DEMO_DNS_PORT = 10053;
var DEMO_SMTP_PORT = 10025;

// src/lab/zone-data.ts
function zone(origin, rows, options = {}) {
  const absolute = (owner2) => owner2 === "@" ? origin : owner2.endsWith(".") ? owner2.slice(0, -1) : origin === "" ? owner2 : `${owner2}.${origin}`;
  const owner = (name) => options.keepCase ? absolute(name) : absolute(name).toLowerCase();
  return {
    origin,
    records: rows.map(([name, type, data]) => ({ name: owner(name), type, data })),
    allowTransfer: options.allowTransfer ?? false,
    ttlSeconds: options.ttlSeconds ?? 300
  };
}
function soa(primary, serial) {
  return `${primary}. hostmaster.${primary}. ${serial} 3600 600 86400 300`;
}

// src/lab/planted-world.ts
var ROOT_SERVER_ADDRESS = "127.53.0.1";
var SCAN_RANGE = "127.25.0.0/28";
var OUTSIDE_LISTENER_ADDRESS = "127.25.0.20";
var CURRENT_SERIAL = 2026112801;
var STALE_SERIAL = 2026112700;
function exampleZone(variant) {
  return zone(
    "example.test",
    [
      ["@", "SOA", soa("ns1.example.test", variant.serial)],
      ["@", "NS", "ns1.example.test."],
      ["@", "NS", "ns2.example.test."],
      ["@", "NS", "ns3.example.test."],
      ["@", "NS", "ns4.example.test."],
      ["ns1", "A", "127.53.1.1"],
      ["ns2", "A", "127.53.1.2"],
      ["ns3", "A", "127.53.1.3"],
      ["ns4", "A", "127.53.1.4"],
      ["@", "MX", "10 mx1.example.test."],
      ["@", "MX", "20 mx2.example.test."],
      ...variant.extraMx ? [["@", "MX", "90 backup.example.test."]] : [],
      ["mx1", "A", "127.25.0.1"],
      ["mx2", "A", variant.mx2Address ?? "127.25.0.2"],
      ["backup", "A", "127.25.0.9"],
      ["www", "A", "127.80.0.1"],
      ["lists", "MX", "10 mx2.example.test."],
      ["legacy", "MX", "10 mail.legacy.example.test."],
      ["mail.legacy", "CNAME", "mx1.example.test."]
    ],
    { allowTransfer: variant.allowTransfer }
  );
}
var rootZone = zone("", [
  ["@", "SOA", soa("a.root-servers.test", CURRENT_SERIAL)],
  ["@", "NS", "a.root-servers.test."],
  ["a.root-servers.test", "A", ROOT_SERVER_ADDRESS],
  ["test", "NS", "ns.nic.test."],
  ["ns.nic.test", "A", "127.53.0.2"]
]);
var testZone = zone("test", [
  ["@", "SOA", soa("ns.nic.test", CURRENT_SERIAL)],
  ["@", "NS", "ns.nic.test."],
  ["ns.nic", "A", "127.53.0.2"],
  ["example", "NS", "ns1.example.test."],
  ["example", "NS", "ns2.example.test."],
  ["example", "NS", "ns4.example.test."],
  ["ns1.example", "A", "127.53.1.1"],
  ["ns2.example", "A", "127.53.1.2"],
  ["ns4.example", "A", "127.53.1.4"],
  ["clean", "NS", "ns1.clean.test."],
  ["clean", "NS", "ns2.clean.test."],
  ["ns1.clean", "A", "127.53.2.1"],
  ["ns2.clean", "A", "127.53.2.2"],
  ["slow", "NS", "ns1.slow.test."],
  ["slow", "NS", "ns2.slow.test."],
  ["ns1.slow", "A", "127.53.3.1"],
  ["ns2.slow", "A", "127.53.3.2"]
]);
var cleanZone = zone("clean.test", [
  ["@", "SOA", soa("ns1.clean.test", CURRENT_SERIAL)],
  ["@", "NS", "ns1.clean.test."],
  ["@", "NS", "ns2.clean.test."],
  ["ns1", "A", "127.53.2.1"],
  ["ns2", "A", "127.53.2.2"],
  ["@", "MX", "10 mx1.example.test."]
]);
var slowZone = zone("slow.test", [
  ["@", "SOA", soa("ns1.slow.test", CURRENT_SERIAL)],
  ["@", "NS", "ns1.slow.test."],
  ["@", "NS", "ns2.slow.test."],
  ["ns1", "A", "127.53.3.1"],
  ["ns2", "A", "127.53.3.2"],
  ["@", "MX", "10 mx2.example.test."]
]);
var PLANTED_DNS_SERVERS = [
  { name: "a.root-servers.test", address: ROOT_SERVER_ADDRESS, zones: [rootZone], behaviour: "serve" },
  { name: "ns.nic.test", address: "127.53.0.2", zones: [testZone], behaviour: "serve" },
  {
    name: "ns1.example.test",
    address: "127.53.1.1",
    zones: [exampleZone({ serial: CURRENT_SERIAL, extraMx: false, allowTransfer: false })],
    behaviour: "serve"
  },
  {
    name: "ns2.example.test",
    address: "127.53.1.2",
    zones: [exampleZone({ serial: STALE_SERIAL, extraMx: false, allowTransfer: false })],
    behaviour: "serve"
  },
  {
    name: "ns3.example.test",
    address: "127.53.1.3",
    zones: [exampleZone({ serial: CURRENT_SERIAL, extraMx: true, allowTransfer: true, mx2Address: "127.25.0.9" })],
    behaviour: "serve"
  },
  { name: "ns4.example.test", address: "127.53.1.4", zones: [], behaviour: "refuse" },
  { name: "ns1.clean.test", address: "127.53.2.1", zones: [cleanZone], behaviour: "serve" },
  { name: "ns2.clean.test", address: "127.53.2.2", zones: [cleanZone], behaviour: "serve" },
  { name: "ns1.slow.test", address: "127.53.3.1", zones: [slowZone], behaviour: "serve" },
  { name: "ns2.slow.test", address: "127.53.3.2", zones: [], behaviour: "silent" }
];
var PLANTED_MAIL_DOMAINS = ["example.test", "legacy.example.test", "clean.test", "slow.test"];
var PROTECTED = { recipients: "verify", relay: "deny", localDomains: PLANTED_MAIL_DOMAINS };
function plantedListeners(smtpPort) {
  return [
    { role: "approved", address: "127.25.0.1", port: smtpPort, kind: "smtp", banner: "220 mx1.example.test ESMTP", ...PROTECTED },
    { role: "approved", address: "127.25.0.2", port: smtpPort, kind: "smtp", banner: "220 mx2.example.test ESMTP", ...PROTECTED },
    // The unprotected backup: it takes mail for anyone and relays for anyone.
    {
      role: "rogue",
      address: "127.25.0.9",
      port: smtpPort,
      kind: "smtp",
      banner: "220 backup.example.test ESMTP rogue",
      recipients: "accept-all",
      relay: "open"
    },
    { role: "other", address: "127.25.0.10", port: smtpPort, kind: "banner", banner: "SSH-2.0-OpenSSH_9.2p1 Debian-2" },
    { role: "other", address: "127.25.0.11", port: smtpPort, kind: "smtp", banner: "220 tarpit.example.test ESMTP", greetingDelayMs: 1500 },
    { role: "other", address: "127.25.0.12", port: smtpPort, kind: "silent", banner: "" },
    { role: "outside", address: OUTSIDE_LISTENER_ADDRESS, port: smtpPort, kind: "smtp", banner: "220 outside.example.test ESMTP" }
  ];
}
function plantedPolicy(smtpPort) {
  return `# yaml-language-server: $schema=https://raw.githubusercontent.com/mail-perimeter/mail-perimeter/v1/policy.schema.json
# The policy \`mail-perimeter demo\` checks. The demo world (src/lab/planted-world.ts) breaks it on purpose.
version: 1

# Every SMTP server the messaging team runs, with every address it has.
mail-servers:
  mx1.example.test: [127.25.0.1]
  mx2.example.test: [127.25.0.2]

domains:
  # The organisation's zone: exactly these name servers, exactly these two MX.
  example.test:
    nameservers: [ns1.example.test, ns2.example.test, ns4.example.test]
    mx:
      - "10 mx1.example.test"
      - "20 mx2.example.test"
    # Try a zone transfer from each server to find names with MX that this policy forgot.
    discover: axfr
  # The web server's name must not receive mail: a null MX is required.
  www.example.test:
    mx: none
  # A name inside the zone with its own MX.
  legacy.example.test:
    mx: ["10 mail.legacy.example.test"]
  # A zone that is correct: it must produce no finding.
  clean.test:
    nameservers: [ns1.clean.test, ns2.clean.test]
    mx: [{ host: mx1.example.test, preference: 10 }]
  slow.test:
    nameservers: [ns1.slow.test, ns2.slow.test]
    mx: ["10 mx2.example.test"]

# Talk SMTP to every address of every MX (never sending a message): is each as well protected as
# the most-preferred one? (TLS is left out of the demo: its servers offer none.)
smtp-probe:
  checks: [unknown-recipient, relay]

# Anything in this range that answers on these ports must be one of the mail servers above.
scan:
  ranges: [${SCAN_RANGE}]
  ports: [${smtpPort}]
`;
}
function plantedFindings(smtpPort) {
  return [
    {
      rule: "ns/zone-mismatch",
      name: "example.test",
      subject: "ns3.example.test",
      planted: "ns3 is in the zone NS RRset but not in the policy"
    },
    {
      rule: "ns/undeclared-server",
      name: "example.test",
      subject: "ns3.example.test",
      planted: "ns3 serves the zone without being declared"
    },
    { rule: "ns/lame", name: "example.test", subject: "ns4.example.test", planted: "ns4 is delegated but answers REFUSED" },
    { rule: "soa/serial-inconsistent", name: "example.test", subject: "ns2.example.test", planted: "ns2 serves a stale serial" },
    { rule: "zone/transfer-open", name: "example.test", subject: "ns3.example.test", planted: "ns3 allows AXFR to anyone" },
    { rule: "mx/unexpected", name: "example.test", subject: "backup.example.test", planted: "ns3 alone publishes a backup MX" },
    { rule: "mx/inconsistent", name: "example.test", subject: "backup.example.test", planted: "the servers disagree on the backup MX" },
    {
      rule: "mx/target-address",
      name: "example.test",
      subject: "backup.example.test",
      planted: "the backup MX points at an unmanaged address"
    },
    { rule: "mx/target-address", name: "example.test", subject: "mx2.example.test", planted: "ns3 alone points mx2 at the rogue address" },
    { rule: "mx/target-address", name: "slow.test", subject: "mx2.example.test", planted: "slow.test uses that same mx2" },
    {
      rule: "mx/undeclared-name",
      name: "lists.example.test",
      subject: "lists.example.test",
      planted: "a sub-domain has its own MX the policy forgot"
    },
    { rule: "mx/implicit", name: "www.example.test", subject: "www.example.test", planted: "www has an address and no MX" },
    { rule: "mx/null-expected", name: "www.example.test", subject: "www.example.test", planted: "www should publish a null MX" },
    { rule: "mx/cname-target", name: "legacy.example.test", subject: "mail.legacy.example.test", planted: "an MX target is a CNAME" },
    { rule: "ns/lame", name: "slow.test", subject: "ns2.slow.test", planted: "ns2.slow never answers" },
    {
      rule: "mx/weaker-than-primary",
      name: "example.test",
      subject: "mx2.example.test",
      planted: "mx2 (at the rogue address ns3 gives it) accepts anything, mx1 does not"
    },
    { rule: "mx/weaker-than-primary", name: "example.test", subject: "backup.example.test", planted: "the backup MX is unprotected" },
    {
      rule: "smtp/accepts-unknown-recipient",
      name: "example.test",
      subject: "mx2.example.test/127.25.0.9",
      planted: "the rogue MTA takes mail for anyone"
    },
    {
      rule: "smtp/accepts-unknown-recipient",
      name: "example.test",
      subject: "backup.example.test/127.25.0.9",
      planted: "the backup takes mail for anyone"
    },
    {
      rule: "smtp/accepts-unknown-recipient",
      name: "slow.test",
      subject: "mx2.example.test/127.25.0.9",
      planted: "slow.test mail reaches the rogue MTA too"
    },
    { rule: "smtp/open-relay", name: "mx2.example.test", subject: "mx2.example.test/127.25.0.9", planted: "the rogue MTA relays" },
    {
      rule: "smtp/open-relay",
      name: "backup.example.test",
      subject: "backup.example.test/127.25.0.9",
      planted: "the backup relays for anyone"
    },
    { rule: "smtp/unexpected-listener", name: "127.25.0.9", subject: `127.25.0.9:${smtpPort}`, planted: "a rogue MTA nobody declared" },
    {
      rule: "smtp/unexpected-listener",
      name: "127.25.0.11",
      subject: `127.25.0.11:${smtpPort}`,
      planted: "a tarpit that greets after 1.5 s"
    },
    {
      rule: "smtp/unexpected-open-port",
      name: "127.25.0.10",
      subject: `127.25.0.10:${smtpPort}`,
      planted: "an SSH server on a scanned port"
    },
    { rule: "smtp/unexpected-open-port", name: "127.25.0.12", subject: `127.25.0.12:${smtpPort}`, planted: "a listener that never speaks" }
  ];
}

// src/lab/dns-server.ts
var import_dns_packet2 = __toESM(require_dns_packet(), 1);
import dgram2 from "node:dgram";
import net4 from "node:net";
var LabDnsServer = class {
  constructor(spec, port) {
    this.spec = spec;
    this.port = port;
    this.zonesByOrigin = new Map(spec.zones.map((zone2) => [zone2.origin, zone2]));
  }
  spec;
  port;
  queries = [];
  /** Questions already answered BADCOOKIE (behaviour badcookie-once). */
  cookieChallenged = /* @__PURE__ */ new Set();
  /** Replaces sending the genuine UDP answer (the fuzzer sends mutations of it, or nothing). */
  udpResponder;
  /** Called with every UDP query received, before it is answered (tests that forge answers). */
  onUdpQuery;
  udp;
  tcp;
  connections = /* @__PURE__ */ new Set();
  zonesByOrigin;
  async start() {
    const family = this.spec.address.includes(":") ? "udp6" : "udp4";
    this.udp = dgram2.createSocket(family);
    this.udp.on("message", (packet, remote) => void this.onUdp(packet, remote));
    this.udp.on("error", () => {
    });
    await new Promise((resolve, reject) => {
      this.udp.once("error", reject);
      this.udp.bind(this.port, this.spec.address, () => resolve());
    });
    if (this.spec.behaviour === "udp-only") return;
    this.tcp = net4.createServer((socket) => this.onTcp(socket));
    await new Promise((resolve, reject) => {
      this.tcp.once("error", reject);
      this.tcp.listen(this.port, this.spec.address, () => resolve());
    });
  }
  async stop() {
    for (const socket of this.connections) socket.destroy();
    await Promise.all([
      new Promise((resolve) => {
        try {
          if (this.udp) this.udp.close(() => resolve());
          else resolve();
        } catch {
          resolve();
        }
      }),
      new Promise((resolve) => this.tcp ? this.tcp.close(() => resolve()) : resolve())
    ]);
  }
  async onUdp(packet, remote) {
    const query = safeDecode(packet);
    if (!query) return;
    const question = query.questions?.[0];
    const asked = { name: question?.name ?? "", type: question?.type ?? "", port: remote.port };
    const opt = optOf(query);
    this.queries.push({ ...asked, transport: "udp", edns: opt !== void 0 });
    await this.onUdpQuery?.({ ...asked, address: remote.address });
    if (this.spec.behaviour === "silent" || this.spec.behaviour === "tcp-only") return;
    if (this.spec.behaviour === "silent-aaaa" && asked.type === "AAAA") return;
    if (this.spec.behaviour === "drop-on-edns" && opt) return;
    if (this.spec.delayMs) await new Promise((resolve) => setTimeout(resolve, this.spec.delayMs));
    const send = (bytes) => this.udp?.send(bytes, remote.port, remote.address, () => {
    });
    const id = query.id ?? 0;
    switch (this.spec.behaviour) {
      case "formerr-on-edns":
        if (opt) return send(import_dns_packet2.default.encode(reply({ ...query, additionals: [] }, "FORMERR", false)));
        break;
      case "badcookie-once": {
        const key = `${asked.name}|${asked.type}`;
        const clientCookie = opt?.options?.find((option) => option.code === COOKIE_OPTION2)?.data?.subarray(0, 8);
        if (!clientCookie) break;
        const sent = opt?.options?.find((option) => option.code === COOKIE_OPTION2)?.data?.subarray(8);
        if (this.cookieChallenged.has(key) && sent?.equals(LAB_SERVER_COOKIE)) break;
        this.cookieChallenged.add(key);
        return send(encodeWithExtendedRcode(query, BADCOOKIE, Buffer.concat([clientCookie, LAB_SERVER_COOKIE])));
      }
      case "udp-only": {
        const response = this.answer(query);
        if ((response.answers?.length ?? 0) <= 2) return send(import_dns_packet2.default.encode(response));
        return send(import_dns_packet2.default.encode({ ...response, flags: (response.flags ?? 0) | import_dns_packet2.default.TRUNCATED_RESPONSE, answers: [] }));
      }
    }
    switch (this.spec.behaviour) {
      case "malformed":
        return send(Buffer.concat([Buffer.from([id >> 8, id & 255, 132, 0]), Buffer.from("not a dns message at all")]));
      case "truncated-rdata": {
        const full = import_dns_packet2.default.encode(this.answer(query));
        return send(full.subarray(0, full.length - 2));
      }
      case "no-question-error":
        send(import_dns_packet2.default.encode({ ...reply(query, "REFUSED", false), questions: [] }));
        return send(import_dns_packet2.default.encode(this.answer(query)));
      case "spoof-only":
        return send(import_dns_packet2.default.encode({ ...this.answer(query), id: (id + 1) % 65536 }));
      case "spoof-id":
        send(import_dns_packet2.default.encode({ ...this.answer(query), id: (id + 1) % 65536 }));
        return send(import_dns_packet2.default.encode(this.answer(query)));
      case "wrong-question": {
        const response = this.answer(query);
        return send(import_dns_packet2.default.encode({ ...response, questions: [{ type: "A", name: "wrong.invalid", class: "IN" }] }));
      }
      case "truncate": {
        const response = this.answer(query);
        return send(
          import_dns_packet2.default.encode({
            ...response,
            flags: (response.flags ?? 0) | import_dns_packet2.default.TRUNCATED_RESPONSE,
            answers: [],
            authorities: [],
            additionals: []
          })
        );
      }
      default: {
        const genuine = Buffer.from(import_dns_packet2.default.encode(this.answer(query)));
        return this.udpResponder ? this.udpResponder(query, genuine, send) : send(genuine);
      }
    }
  }
  /** Sends raw bytes from this server's own address and port (forgery tests). */
  sendRaw(packet, port, address) {
    return new Promise((resolve) => this.udp?.send(packet, port, address, () => resolve()) ?? resolve());
  }
  onTcp(socket) {
    this.connections.add(socket);
    socket.on("close", () => this.connections.delete(socket));
    socket.on("error", () => {
    });
    let buffered = Buffer.alloc(0);
    socket.on("data", async (chunk) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= 2 && buffered.length >= 2 + buffered.readUInt16BE(0)) {
        const length = buffered.readUInt16BE(0);
        const query = safeDecode(buffered.subarray(2, 2 + length));
        buffered = buffered.subarray(2 + length);
        if (!query) continue;
        const question = query.questions?.[0];
        this.queries.push({ name: question?.name ?? "", type: question?.type ?? "", transport: "tcp", port: socket.remotePort ?? 0 });
        if (this.spec.behaviour === "silent" || this.spec.behaviour === "silent-aaaa" && question?.type === "AAAA") continue;
        if (this.spec.delayMs) await new Promise((resolve) => setTimeout(resolve, this.spec.delayMs));
        const responses = question?.type === "AXFR" ? this.transfer(query) : [this.answer(query)];
        for (const response of responses) socket.write(import_dns_packet2.default.streamEncode(response));
      }
    });
  }
  transfer(query) {
    const name = normalise(query.questions?.[0]?.name ?? "");
    const labZone = this.spec.zones.find((candidate) => candidate.origin === name);
    if (this.spec.behaviour !== "serve" || !labZone || !labZone.allowTransfer) return [reply(query, "REFUSED", false)];
    const soaRecord = labZone.records.find((record) => record.type === "SOA");
    const body = labZone.records.filter((record) => record !== soaRecord);
    return [{ ...reply(query, "NOERROR", true), answers: [soaRecord, ...body, soaRecord].map(toAnswer) }];
  }
  /** The authoritative answer a correct server would give, with an OPT record when the query had one. */
  answer(query) {
    const response = this.answerWithoutOpt(query);
    if (optOf(query) === void 0 || this.spec.behaviour === "formerr-on-edns") return response;
    return { ...response, additionals: [...response.additionals ?? [], optRecord(0, [])] };
  }
  answerWithoutOpt(query) {
    const question = query.questions?.[0];
    if (!question) return reply(query, "FORMERR", false);
    if (this.spec.behaviour === "refuse") return reply(query, "REFUSED", false);
    if (this.spec.behaviour === "servfail") return reply(query, "SERVFAIL", false);
    const name = normalise(question.name);
    const labZone = this.zoneFor(name);
    if (!labZone) return reply(query, "REFUSED", false);
    const authoritative = this.spec.behaviour !== "no-aa";
    const soaRecord = labZone.records.find(
      (record) => record.type === "SOA" && (this.spec.behaviour === "foreign-soa" ? record.name !== labZone.origin : record.name === labZone.origin)
    );
    const cut = this.delegationCut(labZone, name);
    if (cut !== void 0) {
      const nsRecords = labZone.records.filter((record) => record.name === cut && record.type === "NS");
      const glue = labZone.records.filter(
        (record) => (record.type === "A" || record.type === "AAAA") && nsRecords.some((ns) => normalise(ns.data) === record.name)
      );
      return { ...reply(query, "NOERROR", false), authorities: nsRecords.map(toAnswer), additionals: glue.map(toAnswer) };
    }
    const atName = labZone.records.filter((record) => record.name === name);
    const matching = atName.filter((record) => record.type === question.type);
    if (matching.length > 0) return { ...reply(query, "NOERROR", authoritative), answers: matching.map(toAnswer) };
    const alias = atName.find((record) => record.type === "CNAME");
    if (alias) return { ...reply(query, "NOERROR", authoritative), answers: [toAnswer(alias)] };
    const exists = atName.length > 0 || labZone.records.some((record) => record.name.endsWith(`.${name}`));
    return {
      ...reply(query, exists ? "NOERROR" : "NXDOMAIN", authoritative),
      authorities: soaRecord ? [toAnswer(soaRecord)] : []
    };
  }
  /** The deepest zone this server serves that contains the name (benchmark worlds serve thousands). */
  zoneFor(name) {
    const labels2 = name === "" ? [] : name.split(".");
    for (let start = 0; start <= labels2.length; start++) {
      const found = this.zonesByOrigin.get(labels2.slice(start).join("."));
      if (found) return found;
    }
    return void 0;
  }
  /** The closest delegation point between the zone's apex (exclusive) and the name (inclusive). */
  delegationCut(labZone, name) {
    const labels2 = name === "" ? [] : name.split(".");
    const originDepth = labZone.origin === "" ? 0 : labZone.origin.split(".").length;
    for (let depth = originDepth + 1; depth <= labels2.length; depth++) {
      const candidate = labels2.slice(labels2.length - depth).join(".");
      if (labZone.records.some((record) => record.name === candidate && record.type === "NS")) return candidate;
    }
    return void 0;
  }
};
var COOKIE_OPTION2 = 10;
var BADCOOKIE = 23;
var LAB_SERVER_COOKIE = Buffer.from("6c6162636f6f6b69", "hex");
function optOf(query) {
  return (query.additionals ?? []).find((record) => record.type === "OPT");
}
function encodeWithExtendedRcode(query, rcode, cookie) {
  return import_dns_packet2.default.encode({
    ...reply({ ...query, additionals: [] }, "NOERROR", false),
    flags: rcode & 15,
    additionals: [optRecord(rcode >> 4, [{ code: COOKIE_OPTION2, data: cookie }])]
  });
}
function optRecord(extendedRcode, options) {
  const opt = { type: "OPT", name: ".", udpPayloadSize: 1232, extendedRcode, ednsVersion: 0, flags: 0, flag_do: false, options };
  return opt;
}
function safeDecode(packet) {
  try {
    return import_dns_packet2.default.decode(packet);
  } catch {
    return void 0;
  }
}
function normalise(name) {
  return name.replace(/\.$/, "").toLowerCase();
}
var RCODE_VALUES = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 };
function reply(query, rcode, authoritative) {
  return {
    type: "response",
    id: query.id ?? 0,
    flags: (authoritative ? import_dns_packet2.default.AUTHORITATIVE_ANSWER : 0) | (RCODE_VALUES[rcode] ?? 0),
    questions: query.questions ?? [],
    answers: [],
    authorities: [],
    additionals: []
  };
}
function toAnswer(record) {
  const name = record.name === "" ? "." : record.name;
  switch (record.type) {
    case "MX": {
      const [preference, exchange] = record.data.split(/\s+/);
      return { type: "MX", name, ttl: 300, data: { preference: Number(preference), exchange: normalise(exchange ?? "") || "." } };
    }
    case "SOA": {
      const [mname, rname, serial, refresh, retry, expire, minimum] = record.data.split(/\s+/);
      return {
        type: "SOA",
        name,
        ttl: 300,
        data: {
          mname: normalise(mname ?? ""),
          rname: normalise(rname ?? ""),
          serial: Number(serial),
          refresh: Number(refresh),
          retry: Number(retry),
          expire: Number(expire),
          minimum: Number(minimum)
        }
      };
    }
    case "NS":
    case "CNAME":
      return { type: record.type, name, ttl: 300, data: normalise(record.data) };
    case "TXT":
      return { type: "TXT", name, ttl: 300, data: record.data };
    default:
      return { type: record.type, name, ttl: 300, data: record.data };
  }
}

// src/lab/tcp-listener.ts
import net5 from "node:net";
var LabTcpListener = class {
  constructor(spec) {
    this.spec = spec;
  }
  spec;
  connections = 0;
  /** Every SMTP command received, upper-cased verb first, for tests (no DATA may ever come). */
  commands = [];
  server;
  sockets = /* @__PURE__ */ new Set();
  async start() {
    this.server = net5.createServer((socket) => this.accept(socket));
    await new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.spec.port, this.spec.address, () => resolve());
    });
  }
  async stop() {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server ? this.server.close(() => resolve()) : resolve());
  }
  accept(socket) {
    this.connections++;
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("error", () => {
    });
    if (this.spec.kind === "silent") return;
    const greet = () => {
      if (!socket.destroyed) socket.write(`${this.spec.banner}\r
`);
    };
    const timer = setTimeout(greet, this.spec.greetingDelayMs ?? 0);
    socket.on("close", () => clearTimeout(timer));
    if (this.spec.kind !== "smtp") return;
    let buffered = "";
    socket.on("data", (chunk) => {
      buffered += chunk.toString("latin1");
      let newline = buffered.indexOf("\n");
      while (newline !== -1) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        this.commands.push(line);
        socket.write(this.reply(line));
        if (/^QUIT/i.test(line)) socket.end();
        newline = buffered.indexOf("\n");
      }
    });
  }
  /** The lab MTA's answer to one command: a small, honest subset of RFC 5321 (no DATA, ever). */
  reply(line) {
    const verb = line.split(/\s/)[0].toUpperCase();
    switch (verb) {
      case "EHLO":
        return "250-lab.invalid\r\n250-PIPELINING\r\n250 8BITMIME\r\n";
      case "HELO":
      case "RSET":
      case "NOOP":
        return "250 2.0.0 Ok\r\n";
      case "MAIL":
        return "250 2.1.0 Ok\r\n";
      case "RCPT": {
        const domain = /@([^>]+)>/.exec(line)?.[1]?.toLowerCase() ?? "";
        const local = (this.spec.localDomains ?? []).includes(domain);
        if (!local) return this.spec.relay === "open" ? "250 2.1.5 Ok\r\n" : "554 5.7.1 Relay access denied\r\n";
        if (this.spec.recipients === "accept-all") return "250 2.1.5 Ok\r\n";
        if (this.spec.recipients === "greylist") return "450 4.2.0 Greylisted, try again later\r\n";
        return /^RCPT TO:<postmaster@/i.test(line) ? "250 2.1.5 Ok\r\n" : "550 5.1.1 User unknown\r\n";
      }
      case "QUIT":
        return "221 2.0.0 Bye\r\n";
      default:
        return "502 5.5.2 Command not implemented\r\n";
    }
  }
};

// src/lab/world.ts
var LabWorld = class {
  dnsServers;
  listeners;
  constructor(spec, dnsPort) {
    this.dnsServers = spec.dnsServers.map((server) => new LabDnsServer(server, dnsPort));
    this.listeners = spec.listeners.map((listener) => new LabTcpListener(listener));
  }
  async start() {
    try {
      await Promise.all([...this.dnsServers.map((server) => server.start()), ...this.listeners.map((listener) => listener.start())]);
    } catch (error) {
      await this.stop();
      throw error;
    }
  }
  async stop() {
    await Promise.all([...this.dnsServers.map((server) => server.stop()), ...this.listeners.map((listener) => listener.stop())]);
  }
};

// src/lab/demo.ts
var COMMITTED_DEMO_POLICY = path5.join("examples", "demo-policy.yml");
async function demoPolicy(requested) {
  const text = plantedPolicy(DEMO_SMTP_PORT);
  if (requested !== void 0) {
    await mkdir(path5.dirname(requested), { recursive: true });
    await writeFile(requested, text);
    return { file: requested, remove: async () => {
    } };
  }
  const committed = await readFile(COMMITTED_DEMO_POLICY, "utf8").catch(() => void 0);
  if (committed === text) return { file: COMMITTED_DEMO_POLICY, remove: async () => {
  } };
  const directory = await mkdtemp(path5.join(tmpdir(), "mail-perimeter-demo-"));
  const file = path5.join(directory, "demo-policy.yml");
  await writeFile(file, text);
  return { file, remove: () => rm(directory, { recursive: true, force: true }) };
}
function demoWorld() {
  return new LabWorld({ dnsServers: PLANTED_DNS_SERVERS, listeners: plantedListeners(DEMO_SMTP_PORT) }, DEMO_DNS_PORT);
}
async function startWorld(world) {
  try {
    await world.start();
  } catch (error) {
    const code = error.code ?? error.message;
    throw new ConfigurationError(
      `demo: cannot listen on the lab's loopback addresses (${code}): is another demo running? DNS uses port ${DEMO_DNS_PORT}, SMTP port ${DEMO_SMTP_PORT} on 127.53.0.0/16 and 127.25.0.0/24`
    );
  }
}
async function serveDemoWorld(logger, requestedPolicy) {
  const policy = await demoPolicy(requestedPolicy);
  try {
    const world = demoWorld();
    await startWorld(world);
    logger.info(
      `demo world serving: --root-hints ${ROOT_SERVER_ADDRESS} --dns-port ${DEMO_DNS_PORT} --smtp-port ${DEMO_SMTP_PORT} --policy ${policy.file}; Ctrl-C stops it`
    );
    await new Promise((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await world.stop();
  } finally {
    await policy.remove();
  }
}
async function runDemo(command, logger) {
  const policy = await demoPolicy(command.settings.policyFile === "" ? void 0 : command.settings.policyFile);
  const world = demoWorld();
  const stopOnSignal = (signal) => {
    void world.stop().then(policy.remove).finally(() => process.kill(process.pid, signal));
  };
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  try {
    await startWorld(world);
    logger.info(
      `demo: lab started on 127.53.0.0/16 (DNS port ${DEMO_DNS_PORT}) and 127.25.0.0/24 (SMTP port ${DEMO_SMTP_PORT}); policy ${policy.file}${policy.file === COMMITTED_DEMO_POLICY || command.settings.policyFile !== "" ? "" : ` (the same as ${COMMITTED_DEMO_POLICY} in the repository; removed when the demo ends)`}`
    );
    return await run(
      {
        ...command.settings,
        policyFile: policy.file,
        ...locatePolicy(policy.file),
        rootHints: [ROOT_SERVER_ADDRESS],
        dnsPort: DEMO_DNS_PORT,
        smtpPort: DEMO_SMTP_PORT,
        timeoutMs: 400,
        retries: 1,
        greetingTimeoutMs: 2500,
        probeGreetingTimeoutMs: 2500,
        ipVersion: "4"
      },
      logger
    );
  } finally {
    process.off("SIGINT", stopOnSignal);
    process.off("SIGTERM", stopOnSignal);
    await world.stop();
    await policy.remove();
  }
}
function plantedFindingsJson() {
  return `${JSON.stringify(
    plantedFindings(DEMO_SMTP_PORT).map(({ rule, name, subject, planted }) => ({
      rule,
      severity: RULES[rule].defaultSeverity,
      name,
      subject,
      planted
    })),
    null,
    2
  )}
`;
}

// src/logger.ts
var consoleLogger = (verbose) => ({
  info: (message) => process.stderr.write(`${message}
`),
  warning: (message) => process.stderr.write(`warning: ${message}
`),
  debug: (message) => {
    if (verbose) process.stderr.write(`debug: ${message}
`);
  }
});

// src/cli.ts
async function main(argv) {
  let command;
  try {
    command = parseCli(argv);
  } catch (error) {
    return reportFailure(error);
  }
  if (command.command === "help") {
    process.stdout.write(`${USAGE}
`);
    return 0;
  }
  if (command.command === "version") {
    process.stdout.write(`${TOOL.name} ${TOOL.version}
`);
    return 0;
  }
  const logger = consoleLogger(command.verbose);
  try {
    if (command.command === "demo" && command.planted) {
      process.stdout.write(plantedFindingsJson());
      return 0;
    }
    if (command.command === "demo" && command.serve) {
      await serveDemoWorld(logger, command.settings.policyFile === "" ? void 0 : command.settings.policyFile);
      return 0;
    }
    const result2 = command.command === "demo" ? await runDemo(command, logger) : await run(command.settings, logger);
    if (command.output !== void 0 && command.format === "json") await writeJsonReport(command.output, result2.report);
    else {
      const rendered = render(result2.report, command.format, result2.failed, command.category);
      if (command.output !== void 0) await writeFile2(command.output, rendered);
      else process.stdout.write(rendered);
    }
    if (result2.policyInvalid) {
      for (const finding of result2.report.findings) {
        const location = finding.location;
        process.stderr.write(
          printable(`${location ? `${location.file}:${location.line}:${location.column}: ` : ""}${finding.message}`) + "\n"
        );
      }
    }
    return result2.exitCode;
  } catch (error) {
    return reportFailure(error);
  }
}
function reportFailure(error) {
  if (error instanceof ConfigurationError) process.stderr.write(`mail-perimeter: ${printable(error.message)}
`);
  else {
    const trace = (error.stack ?? String(error)).split("\n").map(printable).join("\n  ");
    process.stderr.write(`mail-perimeter: internal error (please report): ${trace}
`);
  }
  return 2;
}
process.exitCode = await main(process.argv.slice(2));

/**
 * A short fuzzing campaign (src/lab/fuzz.ts; `npm run fuzz` runs a long one): forged, mutated and
 * garbage answers from a zone's own servers never crash or hang a run, and no forgery is believed.
 */
import { describe, expect, it } from 'vitest';
import { fuzzCampaign } from '../src/lab/fuzz.js';

describe('fuzzing the DNS engine', () => {
  it('10,000 hostile packets: no crash, no hang, no believed forgery, and the genuine answers still get through', async () => {
    const report = await fuzzCampaign({ packets: 10_000, seed: 7, names: 30, dnsPort: 14053 });
    expect(report.packetsSent).toBeGreaterThanOrEqual(10_000);
    expect(report.forgedSent).toBeGreaterThan(1000);
    expect(report.mutatedSent).toBeGreaterThan(100);
    expect({ crashes: report.crashes, hangs: report.hangs, believedForgeries: report.believedForgeries }).toEqual({
      crashes: 0,
      hangs: 0,
      believedForgeries: 0,
    });
    expect(report.answersDropped).toBeGreaterThan(report.forgedSent / 2);
    expect(report.answersAccepted).toBeGreaterThan(0);
  }, 120_000);
});

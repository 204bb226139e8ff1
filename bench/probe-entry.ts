// The SMTP probe and the policy loader, bundled for bench/run.mjs (the benchmarks run plain JavaScript).
export { probeMxTargets } from '../src/probe/probe.js';
export { loadPolicy } from '../src/policy/load.js';

// The lab, bundled for bench/lab-server.mjs (the benchmarks run plain JavaScript).
export { LabWorld } from '../src/lab/world.js';

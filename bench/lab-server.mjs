// Runs a lab world (src/lab) in its own process, so that the servers do not share an event loop
// with the client being measured. Usage: node lab-server.mjs SPEC.json; prints "ready", stops on SIGTERM.
import { readFileSync } from 'node:fs';
import { LabWorld } from './.build/lab.mjs';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const world = new LabWorld(spec.world, spec.dnsPort);
await world.start();
process.stdout.write('ready\n');
const stop = async () => {
  const queries = world.dnsServers.reduce((sum, server) => sum + server.queries.length, 0);
  const connections = world.listeners.reduce((sum, listener) => sum + listener.connections, 0);
  await world.stop();
  process.stdout.write(`${JSON.stringify({ queries, connections })}\n`);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

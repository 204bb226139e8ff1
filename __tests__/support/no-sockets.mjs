// Preloaded (node --import) into a run that must open no socket: every way this tool could open
// one throws, so a zone-data-only run that tried would fail loudly instead of passing.
import dgram from 'node:dgram';
import net from 'node:net';
import tls from 'node:tls';

const refuse = (what) => () => {
  throw new Error(`a socket was opened (${what}) in a run that must open none`);
};
dgram.createSocket = refuse('dgram.createSocket');
net.createConnection = refuse('net.createConnection');
net.connect = refuse('net.connect');
tls.connect = refuse('tls.connect');

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';

/** One Application Insights envelope as the exporter sends it (Breeze v2.1). */
export interface Envelope {
  name: string;
  tags?: Record<string, string>;
  data?: { baseType?: string; baseData?: Record<string, unknown> };
}

/**
 * A stand-in for Application Insights' ingestion endpoint on loopback: records every envelope
 * posted to /v2.1/track (gzip or not) and accepts them all. HTTPS, as the exporter turns any
 * http:// endpoint into https://: a self-signed certificate for 127.0.0.1 made by openssl, which
 * the client trusts through NODE_EXTRA_CA_CERTS=`caFile` (verification stays on).
 */
export async function startIngestionEndpoint(): Promise<{ url: string; caFile: string; envelopes: Envelope[]; stop(): Promise<void> }> {
  const envelopes: Envelope[] = [];
  const dir = await mkdtemp(join(tmpdir(), 'samverkan-ingestion-'));
  const [keyFile, caFile] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  await promisify(execFile)('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyFile, '-out', caFile,
  ]);
  const server: Server = createServer({ key: await readFile(keyFile), cert: await readFile(caFile) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
      let received = 0;
      if (req.url?.startsWith('/v2.1/track') && body.length > 0) {
        const text = body.toString('utf8').trim();
        const items = (text.startsWith('[') ? JSON.parse(text) : text.split('\n').map((line) => JSON.parse(line))) as Envelope[];
        envelopes.push(...items);
        received = items.length;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ itemsReceived: received, itemsAccepted: received, errors: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    caFile,
    envelopes,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await rm(dir, { recursive: true, force: true });
    },
  };
}

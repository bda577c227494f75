// Read-only live view: GET only, localhost by default, data re-loaded per request so it follows the database.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReportData } from './data.ts';
import { renderReport } from './render.ts';

const DEFAULT_HOST = '127.0.0.1';

export function startServer(load: () => ReportData, options: { port: number; host?: string }): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405, { allow: 'GET, HEAD' }).end('read-only'); return; }
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    try {
      if (path === '/data.json') { res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(load())); return; }
      if (path === '/' || path === '/compare' || /^\/article\/\d+$/.test(path)) {
        // Same page as the file; the path maps onto the hash route in the browser.
        const html = renderReport(load()).replace('</body>', `<script>if(!location.hash)location.hash=${JSON.stringify('#' + path)};</script></body>`);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:" }).end(html);
        return;
      }
      res.writeHead(404).end('not found');
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String((err as Error).message));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? DEFAULT_HOST, () => {
      const { address, port } = server.address() as AddressInfo;
      resolve({ url: `http://${address}:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

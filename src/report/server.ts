// Read-only live views: GET and HEAD only, localhost by default, each request answered from queries sized to its view
// (pages.ts). The database is opened once, read-only; in WAL mode every request sees what an ingest has committed.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import type { DB } from '../store/store.ts';
import { articlePage, articlesView, claimsView, entitiesView, factsView, overviewPage, searchView, type Params } from './pages.ts';

const DEFAULT_HOST = '127.0.0.1';
const LOCAL_NAMES = ['localhost', '127.0.0.1', '::1'];
/** No inline script beyond our own, no external fetches, no framing by other sites. */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const ROUTES: Record<string, (db: DB, params: Params) => string> = {
  '/': (db) => overviewPage(db),
  '/facts': factsView,
  '/compare': factsView,
  '/claims': claimsView,
  '/entities': entitiesView,
  '/articles': articlesView,
  '/search': searchView,
};

/**
 * The names a request may carry in its Host header: the local names and the bound address, and when bound to every
 * interface, this machine's addresses and name. Anything else is refused, so a page on another site that re-points
 * its own domain at 127.0.0.1 (DNS rebinding) cannot read the database through the visitor's browser.
 */
export function allowedHostNames(boundHost: string, extra: string[] = []): Set<string> {
  const names = new Set([...LOCAL_NAMES, boundHost, ...extra].map((h) => h.toLowerCase()));
  if (boundHost === '0.0.0.0' || boundHost === '::') {
    names.add(hostname().toLowerCase());
    for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) names.add(a.address.toLowerCase());
  }
  return names;
}

/** The host name of a Host header, without the port and the brackets of an IPv6 literal. */
export function hostOf(header: string | undefined): string {
  if (!header) return '';
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']'));
  const colon = h.lastIndexOf(':');
  return colon > 0 && h.indexOf(':') === colon ? h.slice(0, colon) : h;
}

export interface ServerOptions {
  port: number;
  host?: string;
  /** More Host header names to accept (a reverse proxy's name, say). */
  allowHosts?: string[];
}

export function startServer(db: DB, options: ServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const bound = options.host ?? DEFAULT_HOST;
  const allowed = allowedHostNames(bound, options.allowHosts);
  const handle = (req: IncomingMessage): { status: number; type: string; body: string; headers?: Record<string, string> } => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return { status: 405, type: 'text/plain', body: 'read-only', headers: { allow: 'GET, HEAD' } };
    if (!allowed.has(hostOf(req.headers.host))) return { status: 421, type: 'text/plain', body: `unexpected Host header: ${req.headers.host ?? '(none)'}` };
    const url = new URL(req.url ?? '/', 'http://localhost');
    const article = url.pathname.match(/^\/article\/(\d+)$/);
    if (article) {
      const html = articlePage(db, Number(article[1]));
      return html ? { status: 200, type: 'text/html', body: html } : { status: 404, type: 'text/plain', body: 'no such article' };
    }
    const route = ROUTES[url.pathname];
    return route ? { status: 200, type: 'text/html', body: route(db, url.searchParams) } : { status: 404, type: 'text/plain', body: 'not found' };
  };
  const server = createServer((req, res) => {
    let answer;
    try {
      answer = handle(req);
    } catch (err) {
      answer = { status: 500, type: 'text/plain', body: `error: ${(err as Error).message}` };
    }
    res.writeHead(answer.status, { 'content-type': `${answer.type}; charset=utf-8`, ...SECURITY_HEADERS, ...answer.headers });
    res.end(req.method === 'HEAD' ? undefined : answer.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, bound, () => {
      const { address, port } = server.address() as AddressInfo;
      const shown = address.includes(':') ? `[${address}]` : address;
      resolve({ url: `http://${shown}:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

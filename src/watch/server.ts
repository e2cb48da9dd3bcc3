// The preview server on 127.0.0.1: index, pages, and a Server-Sent Events stream that tells
// open pages to reload after each render. Other hosts in the Host header are refused (DNS rebinding).
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { t, type Lang, type MessageKey } from '../i18n/index.js';
import type { DocKind } from '../render/build-view.js';
import type { PreviewSession, RenderedEvent } from './session.js';
import { errorPage, indexPage, injectReload } from './pages.js';

export interface PreviewServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

export async function startPreviewServer(session: PreviewSession, o: { port: number; lang: Lang }): Promise<PreviewServer> {
  const clients = new Set<http.ServerResponse>();
  let port = o.port;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const send = (res: http.ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8', extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...HEADERS, ...extra, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  };
  /** a plain-text answer in the user's language */
  const say = (res: http.ServerResponse, status: number, key: MessageKey, data?: Record<string, unknown>, extra?: Record<string, string>) =>
    send(res, status, `${t(o.lang, key, { url: `http://127.0.0.1:${port}/`, ...data })}\n`, 'text/plain; charset=utf-8', extra);

  const server = http.createServer((req, res) => {
    if (!allowedHosts().has(req.headers.host ?? '')) return say(res, 403, 'watch/forbidden-host');
    if (req.method !== 'GET' && req.method !== 'HEAD') return say(res, 405, 'watch/method-not-allowed', {}, { Allow: 'GET, HEAD' });
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const nonce = randomBytes(16).toString('base64');
    if (url.pathname === '/') return send(res, 200, indexPage(session.notes(), session.docs, nonce, o.lang));
    if (url.pathname === '/events') {
      res.writeHead(200, { ...HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url.pathname === '/view') {
      // only notes of the session can be shown: the parameter is a key, never a path to open
      const file = url.searchParams.get('file') ?? '';
      const s = session.note(file);
      const doc = (url.searchParams.get('doc') ?? session.docs[0]) as DocKind;
      if (!s) return say(res, 404, 'watch/note-not-found', { file });
      if (!session.docs.includes(doc)) return say(res, 404, 'watch/doc-not-found', { doc, docs: session.docs.join(', ') });
      const html = s.html[doc];
      return send(res, 200, html ? injectReload(html, nonce, s.rel) : errorPage(s, nonce, o.lang));
    }
    return say(res, 404, 'watch/page-not-found', { path: url.pathname });
  });

  const onRendered = (e: RenderedEvent) => {
    // a removed note's open page reloads too, to say it is gone
    const data = JSON.stringify({ files: [...e.files, ...e.removed.map((r) => r.rel)], all: e.all });
    for (const c of clients) c.write(`event: reload\ndata: ${data}\n\n`);
  };
  session.on('rendered', onRendered);
  // a comment now and then keeps idle connections open
  const ping = setInterval(() => {
    for (const c of clients) c.write(': ping\n\n');
  }, 15000);
  ping.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        session.off('rendered', onRendered);
        clearInterval(ping);
        for (const c of clients) c.end();
        clients.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// A tiny static server for end-to-end tests: serves dist/ plus pages given by the test, with an
// optional Content-Security-Policy, on a free loopback port. Files from dist/ go out gzipped to a
// browser that accepts it, as any real host serves them (Lighthouse measures the transfer).
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export async function serve(pages: Record<string, string>, csp?: string): Promise<TestServer> {
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const headers: Record<string, string> = csp ? { 'Content-Security-Policy': csp } : {};
    if (pages[path] !== undefined) {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(pages[path]);
      return;
    }
    try {
      const file = normalize(join('dist', path));
      if (!file.startsWith('dist')) throw new Error('outside dist');
      const body = await readFile(file);
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res
        .writeHead(200, {
          ...headers,
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        })
        .end(gzip ? gzipSync(body) : body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

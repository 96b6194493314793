// A plain static file server like `python3 -m http.server`: no CORS headers, no rewriting. It records every
// request path, so a test can prove a page asked for nothing else.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves `root` on 127.0.0.1 at a random port in 20000–29999; resolves to { url, requests, close }. */
export async function serveStatic(root) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const file = join(root, normalize(path.endsWith('/') ? `${path}index.html` : path));
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  for (let tries = 0; ; tries++) {
    const port = 20000 + Math.floor(Math.random() * 10000);
    try {
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', resolve);
      });
      return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((r) => (server.close(r), server.closeAllConnections())) };
    } catch (e) {
      if (tries > 20) throw e;
    }
  }
}

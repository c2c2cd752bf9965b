import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** Base URL ending in '/', e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves one folder read-only on 127.0.0.1 at a random port; directories serve their index.html. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = normalize(root);
  const server: Server = createServer((request, response) => {
    const pathname = decodedPath(request.url ?? '/');
    if (pathname === null) {
      response.writeHead(400).end();
      return;
    }
    const target = normalize(join(base, pathname));
    if (target !== base && !target.startsWith(base.endsWith(sep) ? base : base + sep)) {
      response.writeHead(403).end();
      return;
    }
    resolveFile(target).then(
      (file) => {
        if (!file) {
          response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
        response.writeHead(200, {
          'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        createReadStream(file).pipe(response);
      },
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The request's path, percent-decoded (so `..%2F` is seen as a parent step), or null if malformed. */
function decodedPath(url: string): string | null {
  try {
    return decodeURIComponent(new URL(url, 'http://127.0.0.1').pathname);
  } catch {
    return null;
  }
}

async function resolveFile(path: string): Promise<string | null> {
  const info = await stat(path).catch(() => null);
  if (!info) return null;
  if (info.isFile()) return path;
  if (!info.isDirectory()) return null;
  const index = join(path, 'index.html');
  const indexInfo = await stat(index).catch(() => null);
  return indexInfo?.isFile() ? index : null;
}

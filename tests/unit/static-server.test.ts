import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type StaticServer, startStaticServer } from '../e2e/static-server';

/** Raw GET so paths like /../ reach the server unnormalised, as a hostile client would send them. */
function get(url: string, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk) => {
        body += String(chunk);
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'] ?? '', body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startStaticServer', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const parent = mkdtempSync(join(tmpdir(), 'lead-guard-static-'));
    writeFileSync(join(parent, 'secret.txt'), 'outside');
    const root = join(parent, 'site');
    mkdirSync(join(root, 'sub'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<p>home</p>');
    writeFileSync(join(root, 'sub', 'page.js'), 'export {};');
    server = await startStaticServer(root);
  });
  afterAll(async () => {
    await server.close();
  });

  test('listens on 127.0.0.1 at a random port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test.each([
    ['/', 200, 'text/html; charset=utf-8', '<p>home</p>'],
    ['/sub/page.js', 200, 'text/javascript; charset=utf-8', 'export {};'],
    ['/missing.html', 404, 'text/plain', 'not found'],
    // Dot segments are resolved by URL parsing and stay inside the root.
    ['/../secret.txt', 404, 'text/plain', 'not found'],
    ['/%2e%2e/secret.txt', 404, 'text/plain', 'not found'],
    // An encoded slash only becomes a parent step after decoding: refused.
    ['/..%2Fsecret.txt', 403, '', ''],
    ['/%E0%A4%A', 400, '', ''],
  ])('GET %s → %i', async (path, status, type, body) => {
    const response = await get(server.url, path);
    expect(response.status).toBe(status);
    expect(response.type).toBe(type);
    expect(response.body).toBe(body);
  });
});

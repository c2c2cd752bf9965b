/**
 * Firefox end-to-end harness: Debian's firefox-esr driven over WebDriver BiDi (puppeteer-core),
 * the built extension installed as a temporary add-on, pages served on 127.0.0.1.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.LEAD_GUARD_FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_DIST = resolve(process.env.LEAD_GUARD_FIREFOX_DIST ?? 'dist-firefox');

/** Preferences that keep a test profile quiet and off the network. */
const QUIET_PREFS = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

export interface FirefoxSession {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(dist: string = FIREFOX_DIST): Promise<FirefoxSession> {
  const profileDir = await mkdtemp(join(tmpdir(), 'lead-guard-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profileDir,
    extraPrefsFirefox: QUIET_PREFS,
  });
  try {
    // BiDi `webExtension.install`: a temporary add-on, so an unsigned build loads.
    const extensionId = await browser.installExtension(dist);
    return {
      browser,
      extensionId,
      async close() {
        await browser.close();
        await rm(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}

export interface Submission {
  path: string;
  body: string;
}

export interface PageServer {
  origin: string;
  /** Form posts the server received, in order. */
  submissions: Submission[];
  close(): Promise<void>;
}

const PAGES_DIR = resolve(import.meta.dirname, 'pages');

/** Serves tests/firefox/pages/*.html and records every POST (a form that really was sent). */
export async function servePages(): Promise<PageServer> {
  const submissions: Submission[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (request.method === 'POST') {
      void readBody(request).then((body) => {
        submissions.push({ path, body });
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<!doctype html><title>Sent</title><p id="sent">Sent</p>');
      });
      return;
    }
    const name = /^\/([a-z0-9-]+\.html)$/.exec(path)?.[1];
    if (!name) {
      response.writeHead(404).end();
      return;
    }
    readFile(join(PAGES_DIR, name)).then(
      (html) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The page server has no TCP address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    submissions,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

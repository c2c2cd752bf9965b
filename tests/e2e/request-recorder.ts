import type { BrowserContext, Request, Route } from 'playwright-core';

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Who asked: the extension's service worker or pages, or a web page (content scripts run there). */
  origin: 'extension' | 'page';
  /** URL of the worker or frame that made the request. */
  requester: string;
  /** True when the request would leave this machine; such requests are aborted, never sent. */
  external: boolean;
}

export interface RequestRecorder {
  readonly requests: readonly RecordedRequest[];
  external(): RecordedRequest[];
  fromExtension(): RecordedRequest[];
  stop(): Promise<void>;
}

const localProtocols = new Set(['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:']);

export function isLocalUrl(url: string): boolean {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed) return false;
  if (localProtocols.has(parsed.protocol)) return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
}

function requesterOf(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    // Requests from workers without a frame.
    return '';
  }
}

/**
 * Records every request in the context, saying whether the extension made it, and aborts any request that
 * would leave the machine, so a privacy test both sees the attempt and never sends anything.
 */
export async function recordRequests(context: BrowserContext): Promise<RequestRecorder> {
  const requests: RecordedRequest[] = [];
  const onRequest = (request: Request): void => {
    const requester = requesterOf(request);
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      origin: requester.startsWith('chrome-extension://') ? 'extension' : 'page',
      requester,
      external: !isLocalUrl(request.url()),
    });
  };
  const blockExternal = (route: Route): Promise<void> => route.abort('blockedbyclient');
  const isExternal = (url: URL): boolean => !isLocalUrl(url.href);
  context.on('request', onRequest);
  await context.route(isExternal, blockExternal);
  return {
    requests,
    external: () => requests.filter((request) => request.external),
    fromExtension: () => requests.filter((request) => request.origin === 'extension'),
    stop: async () => {
      context.off('request', onRequest);
      await context.unroute(isExternal, blockExternal);
    },
  };
}

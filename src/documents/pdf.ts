/**
 * PDF text layers through pdfjs-dist, loaded only when a PDF is actually read. pdfjs runs its parser in
 * this thread ("fake worker", the worker module imported from the bundle): no worker URL, no network, no
 * remote fonts or maps are ever requested.
 */
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { joinBlocks } from './blocks';
import { DocumentError } from './errors';
import type { DocumentText } from './types';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<Pdfjs> | undefined;

function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    // pdfjs looks for its parser here before trying to start a worker from a URL.
    if (Reflect.get(globalThis, 'pdfjsWorker') === undefined) Reflect.set(globalThis, 'pdfjsWorker', worker);
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

function isTextItem(item: TextContent['items'][number]): item is TextItem {
  return 'str' in item;
}

/** A vertical gap this many line heights wide ends a paragraph. */
const PARAGRAPH_GAP = 1.6;

/**
 * A page's text: lines as pdfjs ends them (hasEOL), and a blank line where the vertical gap between lines
 * says a new paragraph starts, so sentences are split the way the page shows them.
 */
export function pageText(content: TextContent): string {
  let text = '';
  let lastY: number | undefined;
  let lastHeight = 0;
  for (const item of content.items) {
    if (!isTextItem(item)) continue;
    const y = item.transform[5];
    if (y !== undefined && lastY !== undefined && text.endsWith('\n') && lastHeight > 0) {
      if (Math.abs(lastY - y) > lastHeight * PARAGRAPH_GAP) text += '\n';
    }
    text += item.str;
    if (item.hasEOL) text += '\n';
    if (item.str.trim() !== '') {
      lastY = y;
      lastHeight = item.height;
    }
  }
  return text.replace(/[ \t]+\n/g, '\n').trim();
}

function errorName(error: unknown): string {
  const name: unknown = typeof error === 'object' && error !== null ? Reflect.get(error, 'name') : undefined;
  return typeof name === 'string' ? name : '';
}

export async function readPdf(bytes: Uint8Array): Promise<DocumentText> {
  const { getDocument, VerbosityLevel } = await loadPdfjs();
  const task = getDocument({
    // A plain copy: pdfjs detaches the buffer it is given (the caller keeps its bytes) and refuses Node Buffers.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      pages.push(pageText(await page.getTextContent()));
      page.cleanup();
    }
    if (pages.every((page) => page === '')) throw new DocumentError('no-text');
    return { kind: 'pdf', ...joinBlocks(pages, (index) => `page ${index + 1}`) };
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError(errorName(error) === 'PasswordException' ? 'password' : 'corrupt', {
      cause: error,
    });
  } finally {
    await task.destroy();
  }
}

/**
 * Checks files the writer chose or dropped: reads them locally, runs the engine in slices (the page keeps
 * responding), and shows a notice when something is flagged or the file cannot be read. Loaded with the
 * document readers only when a readable file is actually chosen. The upload itself is never altered.
 */

import type { DocumentText } from '../../documents/index';
import {
  correctDocument,
  DocumentError,
  describeFindings,
  findInDocument,
  isDocumentError,
  MAX_DOCUMENT_BYTES,
  readDocument,
} from '../../documents/index';
import type { EngineOptions, Finding } from '../../engine/types';
import { documentErrorText, t } from '../../shared/i18n';
import { sendToBackground } from '../../shared/messaging';
import type { UiRoot } from '../ui/host';
import { showFlaggedNotice, showUnreadableNotice } from './notice';
import { saveFile } from './save';

export interface DocumentCheckDeps {
  ui: () => UiRoot;
  options: () => EngineOptions;
  paused: () => boolean;
  signal: AbortSignal;
}

/** A file dropped on a file input also fires its change event: one check, not two. */
const REPEAT_WINDOW_MS = 2000;
const lastChecked = new Map<string, number>();

function isRepeat(file: File): boolean {
  const key = `${file.name}|${file.size}|${file.lastModified}`;
  const now = Date.now();
  const repeat = now - (lastChecked.get(key) ?? Number.NEGATIVE_INFINITY) < REPEAT_WINDOW_MS;
  lastChecked.set(key, now);
  return repeat;
}

async function downloadCorrected(
  ui: UiRoot,
  bytes: Uint8Array,
  name: string,
  findings: readonly Finding[],
  options: EngineOptions,
): Promise<string> {
  try {
    const corrected = await correctDocument(bytes, name, findings, options);
    saveFile(ui.layer, corrected.bytes, corrected.name, corrected.mimeType);
    return t('noticeDownloaded', corrected.name);
  } catch (error) {
    return `${t('noticeCorrectionFailed')} ${isDocumentError(error) ? documentErrorText(error.code) : ''}`.trim();
  }
}

/**
 * The engine runs in the service worker, off the page's thread; where the worker cannot answer, here in
 * slices that hand the thread back between sentences.
 */
async function findings(
  document: DocumentText,
  options: EngineOptions,
  signal: AbortSignal,
): Promise<Finding[]> {
  try {
    return (await sendToBackground('documents/analyze', { text: document.text, options })).findings;
  } catch {
    return findInDocument(document, { engine: options, signal });
  }
}

async function checkFile(file: File, deps: DocumentCheckDeps): Promise<void> {
  if (deps.paused() || isRepeat(file)) return;
  try {
    if (file.size > MAX_DOCUMENT_BYTES) throw new DocumentError('too-large');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const document = await readDocument(bytes, file.name);
    const options = deps.options();
    const flagged = await findings(document, options, deps.signal);
    if (flagged.length === 0 || deps.signal.aborted) return;
    const ui = deps.ui();
    showFlaggedNotice(ui, {
      fileName: file.name,
      passages: describeFindings(document, flagged),
      download: () => downloadCorrected(ui, bytes, file.name, flagged, options),
    });
  } catch (error) {
    if (deps.signal.aborted) return;
    const why = isDocumentError(error) ? documentErrorText(error.code) : t('noticeUnreadableFile');
    showUnreadableNotice(deps.ui(), file.name, why);
  }
}

export async function checkFiles(files: readonly File[], deps: DocumentCheckDeps): Promise<void> {
  for (const file of files) await checkFile(file, deps);
}

/**
 * Checks files the writer chose or dropped: reads them locally, runs the engine in slices (the page keeps
 * responding), shows a notice when something is flagged or the file cannot be read, and settles each file's
 * check in the guard's record of attached files (`attached-files.ts`), which the Send guard reads. Loaded with
 * the document readers only when a readable file is actually chosen. The upload itself is never altered.
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
import type { CheckResult, FileCheck } from './attached-files';
import { showFlaggedNotice, showUnreadableNotice } from './notice';
import { saveFile } from './save';

export interface DocumentCheckDeps {
  ui: () => UiRoot;
  options: () => EngineOptions;
  paused: () => boolean;
  signal: AbortSignal;
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

async function checkFile(file: File, deps: DocumentCheckDeps): Promise<CheckResult> {
  if (deps.paused()) return { kind: 'clean' };
  try {
    if (file.size > MAX_DOCUMENT_BYTES) throw new DocumentError('too-large');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const document = await readDocument(bytes, file.name);
    const options = deps.options();
    const flagged = await findings(document, options, deps.signal);
    if (flagged.length === 0 || deps.signal.aborted) return { kind: 'clean' };
    const ui = deps.ui();
    const passages = describeFindings(document, flagged);
    // The Send review offers the same corrected copy as the notice.
    const download = () => downloadCorrected(ui, bytes, file.name, flagged, options);
    const notice = showFlaggedNotice(ui, { fileName: file.name, passages, download });
    return { kind: 'flagged', passages, download, dismiss: () => notice.remove() };
  } catch (error) {
    if (deps.signal.aborted) return { kind: 'failed' };
    const why = isDocumentError(error) ? documentErrorText(error.code) : t('noticeUnreadableFile');
    showUnreadableNotice(deps.ui(), file.name, why);
    return { kind: 'unreadable' };
  }
}

/** Runs the checks one file after another, settling each in the record as it finishes. */
export async function checkFiles(
  checks: readonly Pick<FileCheck, 'file' | 'settle'>[],
  deps: DocumentCheckDeps,
): Promise<void> {
  for (const check of checks) {
    // Nothing may leave a Send waiting for a check that will never finish.
    check.settle(await checkFile(check.file, deps).catch((): CheckResult => ({ kind: 'failed' })));
  }
}

/**
 * Installed by the bootstrap: notices files the writer picks in an `<input type=file>` (change), drops, or
 * pastes, anywhere in the page (capture phase, through open shadow roots), and hands over those LEAD Guard
 * can read. Only File handles are passed on: nothing is read here, and the page's own handling is untouched.
 */
import { kindFromName } from '../../documents/kind';

export type FilesChosen = (files: File[]) => void;

function readable(list: FileList | null | undefined): File[] {
  return [...(list ?? [])].filter((file) => kindFromName(file.name) !== null);
}

function fileInputOf(event: Event): HTMLInputElement | null {
  const target = event.composedPath()[0];
  return target instanceof HTMLInputElement && target.type === 'file' ? target : null;
}

export function installDocumentCapture(onFiles: FilesChosen, signal: AbortSignal): void {
  const hand = (files: File[]): void => {
    if (files.length > 0) onFiles(files);
  };
  const options = { capture: true, passive: true, signal };
  window.addEventListener('change', (event) => hand(readable(fileInputOf(event)?.files)), options);
  window.addEventListener('drop', (event) => hand(readable(event.dataTransfer?.files)), options);
  window.addEventListener('paste', (event) => hand(readable(event.clipboardData?.files)), options);
}

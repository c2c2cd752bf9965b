/**
 * Installed by the bootstrap: notices files the writer picks in an `<input type=file>` (change), drops, or
 * pastes, anywhere in the page (capture phase, through open shadow roots), and hands over those LEAD Guard
 * can read with where they came from. Only File handles are passed on: nothing is read here, and the page's
 * own handling is untouched.
 */
import { kindFromName } from '../../documents/kind';
import type { ChosenFiles, FileOrigin } from '../contracts';
import { isReplaying } from '../send/replay-mark';

export type FilesChosen = (chosen: ChosenFiles) => void;

function readable(list: FileList | null | undefined): File[] {
  return [...(list ?? [])].filter((file) => kindFromName(file.name) !== null);
}

function fileInputOf(event: Event): HTMLInputElement | null {
  const target = event.composedPath()[0];
  return target instanceof HTMLInputElement && target.type === 'file' ? target : null;
}

/** A file dropped on a file input lands in it (its change event follows); elsewhere the page takes it. */
function landing(event: Event, kind: 'drop' | 'paste'): FileOrigin {
  const input = fileInputOf(event);
  if (input) return { kind: 'input', input };
  const target = event.composedPath()[0];
  if (target instanceof Element) return { kind, target };
  return { kind, target: target instanceof Node ? target.parentElement : null };
}

export function installDocumentCapture(onFiles: FilesChosen, signal: AbortSignal): void {
  /** Inputs whose files were handed over: each later change is too, so what they no longer hold is forgotten. */
  const handedOver = new WeakSet<HTMLInputElement>();
  const hand = (files: File[], origin: FileOrigin): void => {
    if (files.length > 0) onFiles({ files, origin });
  };
  const options = { capture: true, passive: true, signal };
  window.addEventListener(
    'change',
    (event) => {
      // The guard's own change (it took a flagged attachment out) is already in its record.
      const input = isReplaying() ? null : fileInputOf(event);
      if (!input) return;
      const files = readable(input.files);
      if (files.length === 0 && !handedOver.has(input)) return;
      handedOver.add(input);
      onFiles({ files, origin: { kind: 'input', input } });
    },
    options,
  );
  window.addEventListener(
    'drop',
    (event) => hand(readable(event.dataTransfer?.files), landing(event, 'drop')),
    options,
  );
  window.addEventListener(
    'paste',
    (event) => hand(readable(event.clipboardData?.files), landing(event, 'paste')),
    options,
  );
}

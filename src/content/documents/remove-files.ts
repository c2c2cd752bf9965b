/**
 * Takes files out of the page's file input, as if the writer had chosen again without them: the input holds
 * the rest (a new FileList through DataTransfer, or none), and the page hears `input` and `change` as after a
 * choice. The events carry the guard's own mark, so the capture does not take them for the writer's choice.
 */
import { asReplay } from '../send/replay-mark';
import { fileKey } from './attached-files';

/** True when at least one of `files` was in `input` and is out now. */
export function removeFiles(input: HTMLInputElement, files: readonly File[]): boolean {
  if (!input.isConnected) return false;
  const gone = new Set(files.map(fileKey));
  const held = [...(input.files ?? [])];
  const rest = held.filter((file) => !gone.has(fileKey(file)));
  if (rest.length === held.length) return false;
  const list = new DataTransfer();
  for (const file of rest) list.items.add(file);
  asReplay(() => {
    input.files = list.files;
    if (rest.length === 0) input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  return true;
}

/** Hands bytes to the browser's download manager from the page itself: a Blob URL, never the network. */

/** How long the Blob URL stays valid: long enough for the browser to start the download. */
const URL_LIFETIME_MS = 60_000;

export function saveFile(host: Element, bytes: Uint8Array, name: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mimeType }));
  const link = host.ownerDocument.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  host.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}

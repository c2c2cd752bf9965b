/** Which reader a file needs, from its name; its first bytes then confirm or refute it. */
import type { DocumentKind } from './types';

const EXTENSIONS: ReadonlyMap<string, DocumentKind> = new Map([
  ['txt', 'txt'],
  ['text', 'txt'],
  ['docx', 'docx'],
  ['pdf', 'pdf'],
]);

/** The kind a file name announces, or null for file types LEAD Guard does not read. */
export function kindFromName(name: string): DocumentKind | null {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  return EXTENSIONS.get(name.slice(dot + 1).toLowerCase()) ?? null;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

/** A zip archive, the container of every .docx. */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

/**
 * An OLE compound file: what Word writes for a password-protected .docx (and for the old .doc format,
 * which sometimes arrives renamed).
 */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

const ENCRYPTION_INFO = [...'EncryptionInfo'].flatMap((char) => [char.charCodeAt(0), 0]);

/** An encrypted Office document keeps its key data in a stream named "EncryptionInfo" (UTF-16 name). */
export function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const first = ENCRYPTION_INFO[0];
  for (let i = bytes.indexOf(first ?? 0); i >= 0; i = bytes.indexOf(first ?? 0, i + 1)) {
    if (startsWith(bytes, ENCRYPTION_INFO, i)) return true;
  }
  return false;
}

/** PDF readers accept the header anywhere in the first kilobyte. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 1024);
  for (let i = 0; i + 5 <= limit; i++) {
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return true;
  }
  return false;
}

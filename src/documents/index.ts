/**
 * Reading and correcting documents (.txt, .docx, .pdf). Pure: bytes in, text and bytes out, no DOM and no
 * Node API, so the CLI and the content script share it. Heavy parsers load only when a file needs them.
 */
export {
  type AnalyzeText,
  type CheckOptions,
  describeFindings,
  type FlaggedPassage,
  findInDocument,
} from './check';
export { correctDocument, correctedName } from './correct';
export { DocumentError, type DocumentErrorCode, isDocumentError } from './errors';
export { kindFromName } from './kind';
export { readDocument } from './read';
export * from './types';

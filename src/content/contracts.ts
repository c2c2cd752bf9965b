/**
 * Interfaces between the parts of the content script: the field guard (discovery, text model,
 * underlines, replacement), the site adapters, and the send guard.
 */
import type { Edit, Finding } from '../engine/types';

/** One editable field the guard watches. */
export interface GuardedField {
  /** Stable for the life of the field on this page. */
  readonly id: string;
  readonly element: HTMLElement;
  /** Human label ("Message body", "Filing comments"). */
  readonly label: string;
  /** Current plain text of the writer's own words (quoted replies and signatures excluded). */
  text(): string;
  /** Up-to-date findings, waiting (bounded) for a running analysis; ignored ones removed. */
  findings(): Promise<Finding[]>;
  /**
   * Applies edits (offsets into `text()`) through the editor's input path, as one undo step where
   * the editor allows. Resolves false, changing nothing, if the text no longer matches.
   */
  applyEdits(edits: readonly Edit[], expectedText: string): Promise<boolean>;
}

/** What a site teaches the guard. One file per site under `content/sites/`. */
export interface SiteAdapter {
  readonly name: string;
  /** True when this adapter applies to the page (host name, then page structure). */
  matches(location: Location, doc: Document): boolean;
  /** False for elements that look editable but are not the writer's field (decoys, search boxes). */
  acceptsField(element: HTMLElement): boolean;
  /** True for nodes inside a field that are not the writer's new words (quoted reply, signature). */
  isExcluded(node: Node): boolean;
  /** The compose window or form that a field belongs to (for Send and recipients). */
  composeRootOf(element: Element): Element | null;
  /** Send controls inside a compose root: matched by structure, never by translated text alone. */
  isSendControl(element: Element, composeRoot: Element): boolean;
  /** Recipient addresses currently entered in a compose root (empty when unknown). */
  recipients(composeRoot: Element): string[];
  /** Subject line or other short fields that are sent along with the body. */
  extraFields(composeRoot: Element): HTMLElement[];
}

/**
 * Interfaces between the parts of the content script: the field guard (discovery, text model,
 * underlines, replacement), the site adapters, and the send guard.
 */
import type { Edit, Finding } from '../engine/types';
import type { AttachedFiles } from './documents/attached-files';
import type { SendGuard } from './send/send-event';

/** One editable field the guard watches. */
export interface GuardedField {
  /** Stable for the life of the field on this page. */
  readonly id: string;
  readonly element: HTMLElement;
  /** Human label ("Message body", "Filing comments"). */
  readonly label: string;
  /** Current plain text of the writer's own words (quoted replies and signatures excluded). */
  text(): string;
  /** Up-to-date findings, waiting (bounded) for a running analysis; ignored ones removed. Rejects when the
   * analysis cannot catch up in time, never answering with the findings of an older text. */
  findings(): Promise<Finding[]>;
  /** Findings for the current text if analysis is up to date, else null (lets Send decide synchronously). */
  currentFindings(): Finding[] | null;
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

/** The fields the guard knows on this page (and attaches to on demand). */
export interface FieldRegistry {
  /** Guarded fields inside a compose root, attaching to acceptable fields there not yet watched. */
  fieldsWithin(root: Element): GuardedField[];
  /** The guarded field for an element (attaching if acceptable), or null. */
  fieldFor(element: Element): GuardedField | null;
}

/** Where files the writer attached came from. */
export type FileOrigin =
  /** Chosen in (or dropped on) a file input: the input holds them, so the guard can take them out again. */
  | { kind: 'input'; input: HTMLInputElement }
  /** Dropped or pasted anywhere else: the page takes them in itself. `target`: where they landed. */
  | { kind: 'drop' | 'paste'; target: Element | null };

/**
 * The readable files of one choice, drop or paste. Empty when a file input whose files were handed over
 * before changed to hold none LEAD Guard reads.
 */
export interface ChosenFiles {
  files: File[];
  origin: FileOrigin;
}

/** What the lazily loaded guard hands to the send guard. */
export interface GuardApi {
  registry: FieldRegistry;
  adapter: SiteAdapter;
  /**
   * The send guard's heavier part (checks, review dialog, replay): the guard chunk passes
   * `startSendGuard` from `send/send-guard.ts`, because the IIFE bootstrap cannot load code itself.
   */
  startSendGuard: (api: GuardApi, signal: AbortSignal) => SendGuard;
  /**
   * Checks files the writer chose, dropped or pasted (the readers load only now) and notes them in
   * `attachedFiles`; never alters the upload.
   */
  checkDocuments(chosen: ChosenFiles): void;
  /** The files attached on this page, checked or being checked, for the send guard. */
  attachedFiles: AttachedFiles;
}

/**
 * The UI's observable surface, shared by the UI code and the end-to-end tests.
 * All UI lives in one open shadow root on a host element appended to <html>; the page's own
 * DOM and field values are never modified to draw.
 */
export const UI = {
  hostTag: 'lead-guard-ui',
  /** CSS Custom Highlight names, one per severity, in the field's own document. */
  highlight: { high: 'lead-guard-high', medium: 'lead-guard-medium', low: 'lead-guard-low' },
  /**
   * Per-field badge: `[data-lg-badge][data-field-id=ID]`, text = number of flagged passages; `hidden` when there
   * are none. Clicking it opens the field's list `[role=dialog][data-lg-list]` (one button per passage, and
   * `[data-action=replace-all]`).
   */
  badgeAttr: 'data-lg-badge',
  /** Mirror overlay for textarea/input: `[data-lg-mirror][data-field-id=ID]` holding `mark[data-severity]`. */
  mirrorAttr: 'data-lg-mirror',
  /**
   * Card for one passage: `[role=dialog][data-lg-card][data-finding-id="FIELD:START"]`, reason in
   * `[data-lg-reason]`, replacement preview in `[data-lg-preview]`. Opened by a click in a flagged passage or by
   * Alt+Shift+N (focus moves to Replace); Escape closes it and returns focus to the field.
   */
  cardAttr: 'data-lg-card',
  reasonAttr: 'data-lg-reason',
  /**
   * Buttons carry `data-action`: replace | ignore | allow | replace-all | remove-attachment | send-anyway |
   * keep-editing.
   */
  actionAttr: 'data-action',
  /**
   * The send-time review dialog: `[role=dialog][data-lg-review]`. Each flagged attachment in it is a
   * `[data-lg-review-file]` whose value is the file name, listing its passages as the document notice does.
   */
  reviewAttr: 'data-lg-review',
  reviewFileAttr: 'data-lg-review-file',
} as const;

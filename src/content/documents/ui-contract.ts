/** The document notice's observable surface, shared by the panel code and the end-to-end tests. */
export const DOCUMENT_UI = {
  /** One notice per file: `[role=dialog][data-lg-document]`, `data-state` = flagged | unreadable. */
  noticeAttr: 'data-lg-document',
  /** Each flagged passage: `li[data-lg-passage]` with `[data-lg-location]` and `[data-lg-reason]`. */
  passageAttr: 'data-lg-passage',
  locationAttr: 'data-lg-location',
  /** Buttons carry `data-action`: download-corrected | keep-file. */
  download: 'download-corrected',
  keep: 'keep-file',
} as const;

export type NoticeState = 'flagged' | 'unreadable';

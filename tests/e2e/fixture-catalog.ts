import type { Locator, Page } from 'playwright-core';

/** How a test reaches the writer's field on each fixture page. */
export interface FixtureShape {
  /** Page name under tests/fixtures/pages (without .html). */
  name: string;
  /** The element to click and type into; resolves after any set-up the page needs (e.g. adding a field). */
  field(page: Page): Promise<Locator>;
  /** Multi-line rich editors and contenteditables; false for input and textarea (mirror overlay). */
  rich: boolean;
  /** A quoted reply on the page holding flaggable words that must never be flagged. */
  quoted?: string;
}

const at = (selector: string) => async (page: Page) => page.locator(selector).first();

export const fixtures: FixtureShape[] = [
  { name: 'textarea', field: at('#note'), rich: false },
  { name: 'input', field: at('#summary'), rich: false },
  { name: 'contenteditable', field: at('#note'), rich: true },
  {
    name: 'gmail',
    // The first line of the body: clicking the body's centre would land in the signature or quote.
    field: at('div[g_editable=true][role=textbox] > div:first-child'),
    rich: true,
    quoted: 'I heard he used meth on Friday and was arrested for shoplifting last week.',
  },
  {
    name: 'outlook',
    field: at('#editorBody > div:first-child'),
    rich: true,
    quoted: 'Please confirm whether he was arrested for shoplifting and whether he used meth on Friday.',
  },
  { name: 'quill', field: at('#editor .ql-editor'), rich: true },
  { name: 'tiptap', field: at('#editor .ProseMirror'), rich: true },
  { name: 'lexical', field: at('#editor'), rich: true },
  { name: 'ckeditor', field: at('.ck-editor__editable'), rich: true },
  {
    name: 'tinymce',
    field: async (page) => page.frameLocator('iframe.tox-edit-area__iframe').locator('body'),
    rich: true,
  },
  { name: 'react-court', field: at('#filing-comments'), rich: false },
  { name: 'court-form', field: at('#comments'), rich: false },
  // A hostile page whose script attacks the extension's UI (tests/e2e/hostile-page.e2e.ts).
  { name: 'attacker', field: at('#note'), rich: false },
  { name: 'shadow', field: at('note-field textarea'), rich: false },
  {
    name: 'late-field',
    field: async (page) => {
      await page.locator('#add').click();
      return page.locator('#note');
    },
    rich: false,
  },
];

import { fixtures } from './fixture-catalog';
import { guardSuite } from './guard-suite';

const names = new Set(['quill', 'tiptap', 'lexical', 'ckeditor', 'tinymce']);
guardSuite(
  'Rich text editors',
  fixtures.filter((shape) => names.has(shape.name)),
);

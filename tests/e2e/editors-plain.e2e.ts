import { fixtures } from './fixture-catalog';
import { guardSuite } from './guard-suite';

const names = new Set(['textarea', 'input', 'contenteditable', 'shadow', 'late-field']);
guardSuite(
  'Plain fields',
  fixtures.filter((shape) => names.has(shape.name)),
);

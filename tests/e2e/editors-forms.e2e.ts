import { fixtures } from './fixture-catalog';
import { guardSuite } from './guard-suite';

const names = new Set(['react-court', 'court-form']);
guardSuite(
  'Court e-filing forms',
  fixtures.filter((shape) => names.has(shape.name)),
);

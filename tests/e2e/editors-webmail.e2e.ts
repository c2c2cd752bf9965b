import { fixtures } from './fixture-catalog';
import { guardSuite } from './guard-suite';

const names = new Set(['gmail', 'outlook']);
guardSuite(
  'Webmail compose',
  fixtures.filter((shape) => names.has(shape.name)),
);

/**
 * `npm run rules`: regenerates src/engine/rules/gates.generated.ts from the rules and the lexicon. Run it after
 * changing either, and commit the result with the change (tests/unit/rule-gates.test.ts fails until then).
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildGateTables, GATES_MODULE, renderGatesModule } from './rule-gates';

const tables = buildGateTables();
const module = renderGatesModule(tables);
writeFileSync(GATES_MODULE, module);
const unanchored = tables.gates.filter(([primary]) => primary === -1).length;
const bytes = Buffer.from(module);
process.stdout.write(
  `${tables.gates.length} patterns (${unanchored} without anchors), ${tables.sets.length} anchor sets; ` +
    `gates module ${(bytes.length / 1024).toFixed(1)} kB, ${(gzipSync(bytes).length / 1024).toFixed(1)} kB gzipped\n`,
);

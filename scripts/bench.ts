/**
 * `npm run bench`: how fast the shipped engine is. Builds the engine into a standalone minified bundle
 * (the code a browser loads), times that bundle, and sets a plain compromise parse beside it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { build } from 'vite';
import { decodeWeights } from '../src/engine/model/format';
import { predict } from '../src/engine/model/predict';
import { MODEL } from '../src/engine/model/weights.generated';
import { segment } from '../src/engine/segment';
import { caseNotes } from './bench-text';
import {
  ACT_WEIGHTS_MODULE,
  NAMING_WEIGHTS_MODULE,
  VETO_WEIGHTS_MODULE,
  WEIGHTS_MODULE,
} from './weights-path';

type Engine = typeof import('../src/engine/index');

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = [300, 1000, 10_000];
const RUNS: Record<number, number> = { 300: 41, 1000: 25, 10000: 9 };
const EDIT_RUNS = 41;
const LOAD_RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function time(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** Passes over the 1,000 words before inference is timed. */
const INFERENCE_WARM_UP = 20;

function timeRuns(runs: number, work: () => unknown): number {
  return median(Array.from({ length: runs }, () => time(work)));
}

/**
 * Times `first` and `second` in alternation, so a change in the machine's load falls on both sides of a ratio:
 * the median time of each and the median of the per-pair ratios second / first.
 */
function timePaired(
  runs: number,
  first: () => unknown,
  second: () => unknown,
): { first: number; second: number; ratio: number } {
  const firsts: number[] = [];
  const seconds: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = time(first);
    const b = time(second);
    firsts.push(a);
    seconds.push(b);
    ratios.push(b / a);
  }
  return { first: median(firsts), second: median(seconds), ratio: median(ratios) };
}

async function buildEngine(outDir: string): Promise<string> {
  await build({
    configFile: false,
    root: ROOT,
    publicDir: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: { entry: join(ROOT, 'src/engine/index.ts'), formats: ['es'], fileName: () => 'engine.mjs' },
    },
  });
  return join(outDir, 'engine.mjs');
}

/** Runs `script` (an ES module that prints one number) in a fresh Node process, where nothing is warm. */
function inFreshProcess(script: string): number {
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

function loadTime(bundle: string): number {
  const url = JSON.stringify(pathToFileURL(bundle).href);
  const script = `const t = performance.now(); await import(${url}); process.stdout.write(String(performance.now() - t));`;
  return median(Array.from({ length: LOAD_RUNS }, () => inFreshProcess(script)));
}

/** `lead-guard scan --jsonl` answering 1,000 different request lines, run from the checkout as the README shows. */
function cliJsonlTime(): number {
  const input = Array.from({ length: 1000 }, (_, id) =>
    JSON.stringify({ id, text: caseNotes(60, id + 1).text }),
  );
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'scan', '--jsonl'],
    {
      input: `${input.join('\n')}\n`,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const elapsed = performance.now() - started;
  // Exit 1 means something was flagged; 2 is bad input.
  const answered = result.stdout.trim().split('\n').length;
  if (result.status === 2 || answered !== 1000)
    throw new Error(`the CLI answered ${answered} of 1,000 lines`);
  return elapsed;
}

/** The first analysis in a fresh process: module loaded, but no JIT warm-up and no lazy set-up done. */
function coldTime(bundle: string, textFile: string): number {
  const script = [
    `import { readFileSync } from 'node:fs';`,
    `const { createAnalyzer } = await import(${JSON.stringify(pathToFileURL(bundle).href)});`,
    `const text = readFileSync(${JSON.stringify(textFile)}, 'utf8');`,
    'const t = performance.now(); createAnalyzer().analyze(text);',
    'process.stdout.write(String(performance.now() - t));',
  ].join('\n');
  return median(Array.from({ length: LOAD_RUNS }, () => inFreshProcess(script)));
}

const ms = (value: number): string => value.toFixed(value < 10 ? 2 : 1);

/** The model on its own: decoding the weight file once, then scoring every sentence of 1,000 words. */
function modelFigures(): {
  decode: number;
  inference: number;
  gzipKb: number;
  actGzipKb: number;
  namingGzipKb: number;
  vetoGzipKb: number;
} {
  const decode = timeRuns(LOAD_RUNS, () => decodeWeights(MODEL));
  const model = decodeWeights(MODEL);
  const { text } = caseNotes(1000);
  const sentences = segment(text).map((seg) => text.slice(seg.start, seg.end));
  const scoreAll = () => {
    for (const sentence of sentences) predict(model, sentence);
  };
  // Steady state, as on a page after its first few edits: the JIT's first passes over the scoring loop measure
  // compilation, which the cold first analysis above already counts.
  for (let run = 0; run < INFERENCE_WARM_UP; run++) scoreAll();
  const inference = timeRuns(51, scoreAll);
  const gzipKb = (path: string): number => gzipSync(readFileSync(path)).length / 1024;
  return {
    decode,
    inference,
    gzipKb: gzipKb(WEIGHTS_MODULE),
    actGzipKb: gzipKb(ACT_WEIGHTS_MODULE),
    namingGzipKb: gzipKb(NAMING_WEIGHTS_MODULE),
    vetoGzipKb: gzipKb(VETO_WEIGHTS_MODULE),
  };
}
const mark = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'lead-guard-bench-'));
  try {
    const bundle = await buildEngine(outDir);
    const bytes = readFileSync(bundle);
    const engine: Engine = await import(pathToFileURL(bundle).href);

    const rows: string[][] = [];
    let cold1000 = Number.NaN;
    let warm1000 = Number.NaN;
    let ratio1000 = Number.NaN;
    let warm10000 = Number.NaN;
    for (const size of SIZES) {
      const { text, words } = caseNotes(size);
      const runs = RUNS[size] ?? 9;
      const textFile = join(outDir, `text-${size}.txt`);
      writeFileSync(textFile, text);
      const cold = coldTime(bundle, textFile);
      const findings = engine.createAnalyzer().analyze(text).length;
      nlp(text);
      const versus = timePaired(
        runs,
        () => engine.createAnalyzer().analyze(text),
        () => nlp(text),
      );
      const { first: warm, second: plain, ratio } = versus;
      const cachedAnalyzer = engine.createAnalyzer();
      cachedAnalyzer.analyze(text);
      const cached = timeRuns(runs, () => cachedAnalyzer.analyze(text));
      if (size === 1000) {
        cold1000 = cold;
        warm1000 = warm;
        ratio1000 = ratio;
      }
      if (size === 10_000) warm10000 = warm;
      rows.push([
        words.toLocaleString('en-US'),
        String(findings),
        ms(cold),
        ms(warm),
        ms(cached),
        ms(plain),
        `${ratio.toFixed(1)}×`,
      ]);
    }

    // One-character edits at different places in a 1,000-word message, each on a primed analyzer.
    const { text: base } = caseNotes(1000);
    const editing = engine.createAnalyzer();
    editing.analyze(base);
    const editTimes: number[] = [];
    for (let i = 0; i < EDIT_RUNS; i++) {
      const at = Math.floor(((i + 0.5) / EDIT_RUNS) * base.length);
      const edited = `${base.slice(0, at)}x${base.slice(at)}`;
      editTimes.push(time(() => editing.analyze(edited)));
    }
    const edit = median(editTimes);
    // What the engine itself costs around the classifier: segmentation, cache lookups, findings.
    const { text: large } = caseNotes(10_000);
    const overheadAnalyzer = engine.createAnalyzer({ classify: () => null });
    overheadAnalyzer.analyze(large);
    const overhead = timeRuns(25, () => overheadAnalyzer.analyze(large));
    // Segmentation must stay linear on text dense with abbreviations, times, list items and blank lines.
    const unit = 'He met Dr. Lee at 9 a.m. today and it went well.\n- item one\n\n';
    const segmentOnly = (text: string) => () => engine.createAnalyzer({ classify: () => null }).analyze(text);
    const scaling = timePaired(9, segmentOnly(unit.repeat(2_000)), segmentOnly(unit.repeat(16_000))).ratio;
    const load = loadTime(bundle);
    const jsonl = cliJsonlTime();
    const model = modelFigures();

    const header = ['words', 'flagged', 'cold ms', 'warm ms', 'cached ms', 'compromise ms', 'speed-up'];
    const widths = header.map((title, i) =>
      Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
    );
    const line = (cells: string[]): string =>
      cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  ');
    const out = [
      `LEAD Guard engine benchmark (minified engine bundle, Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)})`,
      '',
      line(header),
      ...rows.map(line),
      '',
      `cold: first analysis in a fresh Node process (bundle already imported, nothing warmed up), median of ${LOAD_RUNS}.`,
      'warm: median, fresh analyzer per run (no cache hits); cached: median, same analyzer, same text.',
      'compromise: median of a plain full parse, nlp(text), of the same text, each run right after a warm one;',
      'speed-up: median of compromise / warm over those pairs, so a change in load falls on both.',
      '',
      `1,000 words warm: ${ms(warm1000)} ms (target ≤ 10 ms: ${mark(warm1000 <= 10)}), ` +
        `${ratio1000.toFixed(1)}× faster than compromise (target ≥ 7×: ${mark(ratio1000 >= 7)})`,
      `1,000 words cold: ${ms(cold1000)} ms (target ≤ 250 ms: ${mark(cold1000 <= 250)})`,
      `10,000 words warm: ${ms(warm10000)} ms (target ≤ 100 ms: ${mark(warm10000 <= 100)})`,
      `re-analysis after a one-character edit, 1,000 words: ${ms(edit)} ms median of ${EDIT_RUNS} (target ≤ 2 ms: ${mark(edit <= 2)})`,
      `segmentation + cache overhead alone (no-op classifier, cached), 10,000 words: ${ms(overhead)} ms`,
      `segmentation, 8× the text: ${scaling.toFixed(1)}× the time, median of 9 alternating pairs (linear ≈ 8×, quadratic ≈ 64×; target < 16×: ${mark(scaling < 16)})`,
      `engine module load: ${ms(load)} ms median of ${LOAD_RUNS} fresh node processes`,
      `CLI scan --jsonl, 1,000 lines: ${(jsonl / 1000).toFixed(2)} s end to end, one process, start-up included (target: seconds)`,
      `engine bundle: ${(bytes.length / 1024).toFixed(1)} kB minified, ${(gzipSync(bytes).length / 1024).toFixed(1)} kB gzip (model weights included)`,
      `model inference alone, 1,000 words, after ${INFERENCE_WARM_UP} warm-up passes: ${ms(model.inference)} ms median of 51 (target ≤ 2 ms: ${mark(model.inference <= 2)})`,
      `model weight file decode (once, on first classification): ${ms(model.decode)} ms median of ${LOAD_RUNS}`,
      `weights modules: ${model.gzipKb.toFixed(1)} kB gzip sentence model + ${model.actGzipKb.toFixed(1)} kB act model + ` +
        `${model.namingGzipKb.toFixed(1)} kB naming model + ${model.vetoGzipKb.toFixed(1)} kB veto model ` +
        `(target ≤ 150 kB together: ${mark(model.gzipKb + model.actGzipKb + model.namingGzipKb + model.vetoGzipKb <= 150)})`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createAnalyzer } from './analyzer';
import { combinedClassifier } from './combine';
import { lazyModel } from './model/load';
import { applyEdits, rewrite } from './rewrite';
import { segment } from './segment';
import { keywordClassifier } from './testing/keyword-classifier';
import { toyEncoded } from './testing/toy-model';
import { DEFAULT_WORDING, type Finding } from './types';

const classify = keywordClassifier(['meth', 'cited']);
/** Hundreds of runs each: generous so a busy machine does not fail them. */
const PROPERTY_TIMEOUT_MS = 60_000;

/**
 * Pieces that stress segmentation and the fold: abbreviations, markers, line breaks, quotes, surrogates,
 * ligatures, fullwidth and styled letters, invisible format characters.
 */
const piece = fc.oneof(
  fc.constantFrom(
    'He used meth',
    'was cited',
    'Met Tuesday',
    'Mr.',
    'Dr. Lee',
    'a.m.',
    'U.S.',
    'e.g.',
    '3.5',
    '...',
    '?!',
    '. ',
    '.',
    '"',
    ')',
    ' ',
    '  ',
    '\n',
    '\r\n',
    '\r',
    '\n\n',
    '- ',
    '\n- ',
    '\n1. ',
    '• ',
    'a) ',
    '😀',
    '\u00a0',
    'ﬂed',
    'ﬃ',
    'ｍｅｔｈ',
    '𝐦𝐞𝐭𝐡',
    '\u00ad',
    '\u200b',
    '\u200d',
    '\ufeff',
    'There is nothing helpful to report at this time.',
  ),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
);
const messyText = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

/** Words the rules or a model act on, mixed with the messy pieces, for the combined engine. */
const conductPiece = fc.oneof(
  piece,
  fc.constantFrom(
    'he zorbled last night',
    'She glimmed a man',
    'If anyone zorbled, ',
    'skipped court again',
    'was booked Friday',
    'slipped after the funeral',
    'nobody has seen him',
    'denies any new arrests',
    'Her roommate zorbled',
    '\u201cfinding\u201d bikes',
    ' and ',
    ', ',
  ),
);
const conductText = fc.array(conductPiece, { maxLength: 30 }).map((pieces) => pieces.join(''));
/** The shipped engine (rules + the committed model), and rules + a toy model that surely fires. */
const combinedEngines = () => [
  createAnalyzer(),
  createAnalyzer({ classify: combinedClassifier(lazyModel(toyEncoded(0.4))) }),
];

function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function assertFindingsWellFormed(text: string, findings: Finding[]): void {
  for (const f of findings) {
    expect(0 <= f.start && f.start < f.end && f.end <= text.length).toBe(true);
    expect(f.start <= f.triggerStart && f.triggerStart <= f.triggerEnd && f.triggerEnd <= f.end).toBe(true);
    for (const offset of [f.start, f.end, f.triggerStart, f.triggerEnd]) {
      expect(splitsSurrogatePair(text, offset)).toBe(false);
    }
    expect(f.trigger).toBe(text.slice(f.triggerStart, f.triggerEnd));
  }
}

describe('engine properties', () => {
  test(
    'analyze never throws and keeps every offset inside the input on code-point boundaries',
    () => {
      const analyzer = createAnalyzer({ classify });
      const anyText = fc.oneof(messyText, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
      fc.assert(
        fc.property(anyText, (text) => {
          assertFindingsWellFormed(text, analyzer.analyze(text));
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    'rewrite changes nothing outside flagged segments and the whitespace around them',
    () => {
      const analyzer = createAnalyzer({ classify });
      fc.assert(
        fc.property(messyText, (text) => {
          const findings = analyzer.analyze(text);
          const result = rewrite(text, findings);
          expect(applyEdits(text, result.edits)).toBe(result.text);

          // A run-on segment may be flagged by a clause inside it (clause.ts): it counts as flagged here.
          const flaggedIn = (seg: { start: number; end: number }): boolean =>
            findings.some((f) => f.start >= seg.start && f.end <= seg.end);
          const removable = new Uint8Array(text.length);
          const kept: string[] = [];
          for (const seg of segment(text)) {
            if (!flaggedIn(seg)) {
              kept.push(text.slice(seg.start, seg.end));
              continue;
            }
            removable.fill(1, seg.item ? seg.lineStart : seg.start, seg.end);
          }
          let previousEnd = 0;
          for (const edit of result.edits) {
            expect(edit.start).toBeGreaterThanOrEqual(previousEnd);
            previousEnd = edit.end;
            expect(edit.insert === '' || edit.insert === DEFAULT_WORDING).toBe(true);
            for (let i = edit.start; i < edit.end; i++) {
              expect(removable[i] === 1 || /\s/.test(text.charAt(i))).toBe(true);
            }
          }
          // The wording is added at most once per paragraph that lost segments.
          const occurrences = (haystack: string): number => haystack.split(DEFAULT_WORDING).length - 1;
          const flaggedParagraphs = new Set(
            segment(text)
              .filter(flaggedIn)
              .map((seg) => seg.paragraph),
          );
          expect(occurrences(result.text)).toBeLessThanOrEqual(occurrences(text) + flaggedParagraphs.size);
          // Every segment that was not flagged survives verbatim and in order.
          let cursor = 0;
          for (const sentence of kept) {
            const at = result.text.indexOf(sentence, cursor);
            expect(at).toBeGreaterThanOrEqual(0);
            cursor = at + sentence.length;
          }
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    're-analysis after small edits agrees with a fresh analysis',
    () => {
      const edit = fc.record({
        at: fc.nat(),
        removeLength: fc.nat({ max: 3 }),
        insert: fc.oneof(piece, fc.constant('')),
      });
      fc.assert(
        fc.property(messyText, fc.array(edit, { minLength: 1, maxLength: 8 }), (initial, edits) => {
          const incremental = createAnalyzer({ classify, cacheSize: 64 });
          let text = initial;
          incremental.analyze(text);
          for (const { at, removeLength, insert } of edits) {
            const start = text.length === 0 ? 0 : at % (text.length + 1);
            text = text.slice(0, start) + insert + text.slice(start + removeLength);
            expect(incremental.analyze(text)).toEqual(createAnalyzer({ classify }).analyze(text));
          }
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    'the combined engine never throws and keeps every offset inside the input, at both levels',
    () => {
      const engines = combinedEngines();
      const anyText = fc.oneof(conductText, messyText, fc.string({ unit: 'grapheme' }));
      fc.assert(
        fc.property(anyText, fc.constantFrom('standard' as const, 'strict' as const), (text, level) => {
          for (const engine of engines) {
            const findings = engine.analyze(text, { level });
            assertFindingsWellFormed(text, findings);
            for (const f of findings) expect(f.reason.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    'the combined engine: re-analysis after small edits agrees with a fresh analysis',
    () => {
      const toy = lazyModel(toyEncoded(0.4));
      const edit = fc.record({
        at: fc.nat(),
        removeLength: fc.nat({ max: 3 }),
        insert: fc.oneof(conductPiece, fc.constant('')),
      });
      fc.assert(
        fc.property(conductText, fc.array(edit, { minLength: 1, maxLength: 6 }), (initial, edits) => {
          const incremental = createAnalyzer({ classify: combinedClassifier(toy), cacheSize: 64 });
          let text = initial;
          incremental.analyze(text);
          for (const { at, removeLength, insert } of edits) {
            const start = text.length === 0 ? 0 : at % (text.length + 1);
            text = text.slice(0, start) + insert + text.slice(start + removeLength);
            expect(incremental.analyze(text)).toEqual(
              createAnalyzer({ classify: combinedClassifier(toy) }).analyze(text),
            );
          }
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    'huge input is analysed without throwing',
    () => {
      const text = `${'Met Tuesday. He used meth.\n- item\n\n'.repeat(20_000)}\ud800`;
      const findings = createAnalyzer({ classify }).analyze(text);
      expect(findings).toHaveLength(20_000);
    },
    PROPERTY_TIMEOUT_MS,
  );
});

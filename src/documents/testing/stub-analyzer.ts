/**
 * A deterministic analyzer for document tests: flags sentences naming a few unmistakable words, so the
 * tests exercise reading and rewriting independently of the classifier's rules.
 */
import { type Analyzer, createAnalyzer } from '../../engine/index';

const TRIGGER = /\b(heroin|arrested|warrant)\b/i;

export function stubAnalyzer(): Analyzer {
  return createAnalyzer({
    classify: (sentence) => {
      const match = TRIGGER.exec(sentence);
      if (match === null) return null;
      return {
        category: 'substance',
        severity: 'high',
        ruleId: 'test.trigger',
        reason: 'Names a test trigger word.',
        triggerStart: match.index,
        triggerEnd: match.index + match[0].length,
      };
    },
  });
}

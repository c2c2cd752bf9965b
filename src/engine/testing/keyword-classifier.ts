/**
 * A stand-in classifier for engine tests: flags any segment containing one of the keywords (case-sensitive),
 * so tests of segmentation, caching and rewriting exercise real findings without the linguistic rules.
 */
import type { Classifier } from '../analyzer';

export function keywordClassifier(keywords: readonly string[] = ['meth']): Classifier {
  return (sentence) => {
    for (const keyword of keywords) {
      const at = sentence.indexOf(keyword);
      if (at !== -1) {
        return {
          category: 'substance',
          severity: 'high',
          ruleId: `test.${keyword}`,
          reason: `Mentions “${keyword}”.`,
          triggerStart: at,
          triggerEnd: at + keyword.length,
        };
      }
    }
    return null;
  };
}

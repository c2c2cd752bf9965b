/**
 * What a model finding tells the case manager, per category. The model cannot name a rule, so the reason says
 * what the sentence reads like and quotes the words that made it so; the phrasing mirrors the rules' reasons.
 */
import type { Category } from '../types';

export const MODEL_REASONS: Readonly<Record<Category, string>> = {
  offense: 'Reads like a report of new criminal conduct',
  substance: 'Reads like a report of drug or alcohol use',
  testing: 'Reads like a report of a positive, missed or tampered test',
  enforcement: 'Reads like a report of police contact, an arrest, a citation or a warrant',
  noncompliance: 'Reads like a report of a missed court date or check-in, or a broken condition',
  whereabouts: 'Reads like a report that the participant cannot be located or is avoiding contact',
  violence: 'Reads like a report of a fight, a threat or a weapon',
  'sex-work': 'Reads like a report of trading sex',
  driving: 'Reads like a report of impaired or unlicensed driving',
};

export function modelReason(category: Category, trigger: string): string {
  return `${MODEL_REASONS[category]}: \u201c${trigger.trim()}\u201d`;
}

/** The model's classes: "none" (leave alone) first, then the engine's categories in their published order. */
import { CATEGORIES, type Category } from '../types';

export type ModelClass = 'none' | Category;
export const MODEL_CLASSES: readonly ModelClass[] = ['none', ...CATEGORIES];
export const NONE = 0;

export function classIndex(label: ModelClass): number {
  return MODEL_CLASSES.indexOf(label);
}

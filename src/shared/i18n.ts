/**
 * Interface strings through the browser's i18n API (`public/_locales/<lang>/messages.json`).
 * Page text and the engine's reasons stay as they are; only LEAD Guard's own interface is translated.
 */
import type { DocumentErrorCode } from '../documents/errors';
import type { Category, Severity } from '../engine/types';
import { browser } from './browser';
import type { SettingKey } from './settings';
import type { Problem } from './settings-schema';

/**
 * The message for `key` with `$1`… substitutions. A missing message returns the key itself, so a
 * forgotten string is visible in the interface (and caught by the locale unit test) rather than blank.
 */
export function t(key: string, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}

export const settingLabel = (key: SettingKey): string => t(`setting_${key}`);

/** A validation problem as one sentence. */
export const problemText = (problem: Problem): string => t(`problem_${problem.code}`, ...problem.subs);

/** The interface language, for `<html lang>`. */
export const uiLanguage = (): string => browser.i18n.getUILanguage();

/** Message names allow no `-`, so `sex-work` is `category_sex_work`. */
export const categoryLabel = (category: Category): string => t(`category_${category.replaceAll('-', '_')}`);

export const severityLabel = (severity: Severity): string => t(`severity_${severity}`);

/** Why a document could not be checked, in the interface language. */
export const documentErrorText = (code: DocumentErrorCode): string =>
  t(`documentError_${code.replaceAll('-', '_')}`);

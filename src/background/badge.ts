/** The toolbar badge: how many passages are flagged in a tab (empty when none). */
import { browser } from '../shared/browser';

const BADGE_COLOR = '#B3261E';

export async function showCount(tabId: number, count: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
  ]);
}

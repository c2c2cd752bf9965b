import { browser } from '../shared/browser';

browser.runtime.onInstalled.addListener(() => undefined);

import { describe, expect, test } from 'vitest';
import { chromeCandidates, findChrome } from '../e2e/chrome-path';

describe('findChrome', () => {
  test.each([
    ['linux', {}, ['/usr/bin/chromium'], '/usr/bin/chromium'],
    [
      'linux',
      {},
      ['/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge'],
      '/usr/bin/google-chrome-stable',
    ],
    [
      'linux',
      { CHROME_PATH: '/opt/chrome/chrome' },
      ['/opt/chrome/chrome', '/usr/bin/chromium'],
      '/opt/chrome/chrome',
    ],
    ['linux', { CHROME_PATH: '/missing' }, ['/usr/bin/chromium'], '/usr/bin/chromium'],
    [
      'darwin',
      {},
      ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    [
      'win32',
      { PROGRAMFILES: 'C:\\Program Files' },
      ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    ],
    ['linux', {}, [], null],
  ] as const)('%s %o with %o installed → %s', (platform, env, installed, expected) => {
    const present = new Set<string>(installed);
    expect(findChrome(platform, env, (path) => present.has(path))).toBe(expected);
  });

  test('the environment variable is tried first', () => {
    expect(chromeCandidates('linux', { CHROME_PATH: '/x/chrome' })[0]).toBe('/x/chrome');
  });
});

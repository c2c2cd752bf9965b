import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Finding } from '../../engine/types';

const sendToBackground = vi.fn();
vi.mock('../../shared/messaging', () => ({ sendToBackground }));
vi.mock('../../shared/browser', () => import('../../../tests/unit/support/english-browser'));

const { createReporter, REPORT_RETRY_DELAYS_MS } = await import('./report');

const TEXT = 'We met on Monday. He used meth on Friday.';
const finding: Finding = {
  start: 18,
  end: TEXT.length,
  category: 'substance',
  severity: 'high',
  trigger: 'used meth',
  triggerStart: 21,
  triggerEnd: 30,
  reason: 'Mentions drug use by the participant.',
  ruleId: 'substance.use',
};
const field = {
  id: 'f1',
  label: 'Case note',
  lastFindings: () => [finding],
  passageText: (found: Finding) => TEXT.slice(found.start, found.end),
};

/** Lets the rejected send's handler run under fake timers. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('createReporter', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('location', { href: 'https://mail.example/compose' });
    sendToBackground.mockReset();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test('sends one summary per finding after a short pause, coalescing rapid changes', async () => {
    sendToBackground.mockResolvedValue(null);
    const schedule = createReporter(() => [field], new AbortController().signal);
    schedule();
    schedule();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sendToBackground).toHaveBeenCalledTimes(1);
    expect(sendToBackground).toHaveBeenCalledWith('findings/report', {
      frameUrl: 'https://mail.example/compose',
      findings: [
        {
          id: 'f1:18',
          fieldId: 'f1',
          fieldLabel: 'Case note',
          category: 'substance',
          severity: 'high',
          reason: finding.reason,
          snippet: 'He used meth on Friday.',
        },
      ],
    });
  });

  test('re-sends a report the worker did not take, so the popup and badge still learn of the passage', async () => {
    sendToBackground
      .mockRejectedValueOnce(new Error('Could not establish connection.'))
      .mockResolvedValue(null);
    const schedule = createReporter(() => [field], new AbortController().signal);
    schedule();
    await vi.advanceTimersByTimeAsync(300);
    expect(sendToBackground).toHaveBeenCalledTimes(1);
    await settle();
    await vi.advanceTimersByTimeAsync(REPORT_RETRY_DELAYS_MS[0] ?? 0);
    expect(sendToBackground).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sendToBackground).toHaveBeenCalledTimes(2);
  });

  test('gives up after the last retry with a warning that carries no user text', async () => {
    sendToBackground.mockRejectedValue(new Error('Could not establish connection.'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const schedule = createReporter(() => [field], new AbortController().signal);
    schedule();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sendToBackground).toHaveBeenCalledTimes(1 + REPORT_RETRY_DELAYS_MS.length);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('meth');
    warn.mockRestore();
  });

  test('a report that fails after a newer change was scheduled is not retried', async () => {
    let rejectFirst: (error: Error) => void = () => undefined;
    sendToBackground
      .mockImplementationOnce(
        () =>
          new Promise((_resolve, reject) => {
            rejectFirst = reject;
          }),
      )
      .mockResolvedValue(null);
    const schedule = createReporter(() => [field], new AbortController().signal);
    schedule();
    await vi.advanceTimersByTimeAsync(300);
    schedule();
    rejectFirst(new Error('restarting'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sendToBackground).toHaveBeenCalledTimes(2);
  });

  test('stops when the guard is torn down', async () => {
    sendToBackground.mockRejectedValue(new Error('restarting'));
    const controller = new AbortController();
    const schedule = createReporter(() => [field], controller.signal);
    schedule();
    await vi.advanceTimersByTimeAsync(300);
    controller.abort();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sendToBackground).toHaveBeenCalledTimes(1);
  });
});

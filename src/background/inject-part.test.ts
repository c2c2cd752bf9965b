import { describe, expect, test } from 'vitest';
import type { Runtime, Scripting } from '../shared/browser';
import { injectPart } from './inject-part';

function recorder(): {
  calls: Scripting.ScriptInjection[];
  executeScript: (i: Scripting.ScriptInjection) => Promise<unknown>;
} {
  const calls: Scripting.ScriptInjection[] = [];
  return {
    calls,
    executeScript: async (injection) => {
      calls.push(injection);
      return [];
    },
  };
}

const frame = (extra: Record<string, unknown> = {}): Runtime.MessageSender =>
  ({ id: 'ext', tab: { id: 7 }, frameId: 3, ...extra }) as Runtime.MessageSender;

describe('injectPart', () => {
  test('injects the named part into the asking document only (Chrome names the document)', async () => {
    const scripting = recorder();
    await injectPart('guard', frame({ documentId: 'doc-1' }), scripting);
    expect(scripting.calls).toEqual([
      { target: { tabId: 7, documentIds: ['doc-1'] }, files: ['src/content/guard.js'] },
    ]);
  });

  test('names the frame where the browser does not name the document', async () => {
    const scripting = recorder();
    await injectPart('documents', frame(), scripting);
    expect(scripting.calls).toEqual([
      { target: { tabId: 7, frameIds: [3] }, files: ['src/content/documents.js'] },
    ]);
  });

  test('refuses anything but a part name, and senders outside a tab', async () => {
    const scripting = recorder();
    await expect(injectPart('../../manifest.json', frame(), scripting)).rejects.toThrow('No such part');
    await expect(injectPart('toString', frame(), scripting)).rejects.toThrow('No such part');
    await expect(injectPart('guard', { id: 'ext' } as Runtime.MessageSender, scripting)).rejects.toThrow(
      'frame of a tab',
    );
    expect(scripting.calls).toEqual([]);
  });
});

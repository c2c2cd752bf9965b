import { describe, expect, test } from 'vitest';
import { AllowRequests, phraseFrom, type SessionArea } from './allow-requests';

function setup(initial: string[] = []) {
  const stored: Record<string, unknown> = {};
  const session: SessionArea = {
    get: async (key) => (key in stored ? { [key]: structuredClone(stored[key]) } : {}),
    set: async (items) => {
      Object.assign(stored, structuredClone(items));
    },
  };
  let allowList = [...initial];
  const writes: string[][] = [];
  const requests = new AllowRequests(session, {
    read: async () => allowList,
    write: async (phrases) => {
      writes.push(phrases);
      allowList = phrases;
    },
  });
  return { requests, allowList: () => allowList, writes };
}

describe('phraseFrom', () => {
  test.each([
    ['used meth', 'used meth'],
    ['  used \n meth ', 'used meth'],
    ['', null],
    ['   ', null],
    [42, null],
    [null, null],
    ['x'.repeat(81), null],
    ['used\u0000meth', null],
  ])('%o → %o', (value, expected) => {
    expect(phraseFrom(value)).toBe(expected);
  });
});

describe('allow requests', () => {
  test('a request never writes the allow-list; it waits for the writer to confirm', async () => {
    const { requests, writes } = setup();
    await requests.request('used meth', 'mail.example.org');
    expect(writes).toEqual([]);
    expect(await requests.state()).toEqual({
      requested: [{ phrase: 'used meth', host: 'mail.example.org' }],
      recent: [],
    });
  });

  test('confirming adds the phrase once and lists it as recent, with an undo', async () => {
    const { requests, allowList } = setup(['other']);
    await requests.request('used meth', 'a.example');
    await requests.request('Used Meth', 'b.example');
    await requests.confirm('used meth');
    expect(allowList()).toEqual(['other', 'used meth']);
    expect(await requests.state()).toEqual({ requested: [], recent: ['used meth'] });
    await requests.undo('used meth');
    expect(allowList()).toEqual(['other']);
    expect(await requests.state()).toEqual({ requested: [], recent: [] });
  });

  test('only a phrase that was asked for can be confirmed', async () => {
    const { requests, writes } = setup();
    await expect(requests.confirm('arrested')).rejects.toThrow(/No such request/);
    expect(writes).toEqual([]);
  });

  test('only a phrase confirmed in this session can be undone', async () => {
    const { requests, allowList } = setup(['set in options']);
    await expect(requests.undo('set in options')).rejects.toThrow(/this session/);
    expect(allowList()).toEqual(['set in options']);
  });

  test('dismissing forgets the request', async () => {
    const { requests, writes } = setup();
    await requests.request('arrested', 'a.example');
    await requests.dismiss('arrested');
    expect(await requests.state()).toEqual({ requested: [], recent: [] });
    expect(writes).toEqual([]);
  });

  test('an already allowed phrase is not asked again; invalid phrases are refused', async () => {
    const { requests } = setup(['used meth']);
    await requests.request('USED METH', 'a.example');
    await expect(requests.request('', 'a.example')).rejects.toThrow();
    await expect(requests.request({ phrase: 'x' }, 'a.example')).rejects.toThrow();
    expect((await requests.state()).requested).toEqual([]);
  });

  test('a flood of requests keeps only the newest twenty', async () => {
    const { requests } = setup();
    for (let index = 0; index < 30; index++) await requests.request(`phrase ${index}`, 'a.example');
    const { requested } = await requests.state();
    expect(requested).toHaveLength(20);
    expect(requested[0]?.phrase).toBe('phrase 10');
  });
});

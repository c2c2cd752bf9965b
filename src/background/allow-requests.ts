/**
 * "Always allow" as a request, never a write from the page. The allow-list switches a flag off on every site,
 * so a page that drives the content script must not be able to grow it: the content script may only ask
 * (`allow/request`); the worker keeps the asked phrases in `storage.session` (readable by the extension's own
 * pages only), and the writer confirms each one in the popup, which names the phrase. Phrases confirmed in this
 * browser session are listed with an undo.
 *
 * Storage and the settings write come in as arguments, so the rules here are unit-tested without a browser.
 */

import type { AllowRequest, AllowState } from '../shared/messages';

/** The subset of a `storage.session` area used here. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The allow-list in settings: read it, and write it (rejects when invalid or locked by policy). */
export interface AllowList {
  read(): Promise<readonly string[]>;
  write(phrases: string[]): Promise<void>;
}

const KEY = 'allowRequests';
/** A page cannot flood the popup: a writer asks for a handful at most. */
const MAX_REQUESTED = 20;
const MAX_RECENT = 10;
/** Trigger phrases are a few words; anything longer is not one. */
const MAX_PHRASE = 80;

/** The phrase as it would be stored, or null when it cannot be an allow-list entry. */
export function phraseFrom(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const phrase = value.replace(/\s+/g, ' ').trim();
  // No control characters: the list is one phrase per line in the options page.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting them is the point
  if (phrase === '' || phrase.length > MAX_PHRASE || /[\u0000-\u001f\u007f]/.test(phrase)) return null;
  return phrase;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function isRequest(value: unknown): value is AllowRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'phrase') === 'string' &&
    typeof Reflect.get(value, 'host') === 'string'
  );
}

function readState(stored: unknown): AllowState {
  const requested = Reflect.get(Object(stored), 'requested');
  const recent = Reflect.get(Object(stored), 'recent');
  return {
    requested: Array.isArray(requested) ? requested.filter(isRequest) : [],
    recent: Array.isArray(recent) ? recent.filter((entry) => typeof entry === 'string') : [],
  };
}

export class AllowRequests {
  constructor(
    private readonly session: SessionArea,
    private readonly list: AllowList,
  ) {}

  async state(): Promise<AllowState> {
    return readState((await this.session.get(KEY))[KEY]);
  }

  private async save(state: AllowState): Promise<void> {
    await this.session.set({ [KEY]: state });
  }

  /** From a content script, after the writer's own click. Already allowed or already asked: nothing changes. */
  async request(value: unknown, host: string): Promise<void> {
    const phrase = phraseFrom(value);
    if (phrase === null) throw new Error('Not a phrase that can be allowed.');
    if ((await this.list.read()).some((known) => same(known, phrase))) return;
    const state = await this.state();
    if (state.requested.some((request) => same(request.phrase, phrase))) return;
    state.requested = [...state.requested, { phrase, host }].slice(-MAX_REQUESTED);
    await this.save(state);
  }

  /** From the popup: the writer confirmed. Only a phrase that was asked for can be confirmed. */
  async confirm(value: unknown): Promise<void> {
    const phrase = phraseFrom(value);
    const state = await this.state();
    const request = state.requested.find((candidate) => phrase !== null && same(candidate.phrase, phrase));
    if (!request) throw new Error('No such request.');
    const current = await this.list.read();
    if (!current.some((known) => same(known, request.phrase)))
      await this.list.write([...current, request.phrase]);
    state.requested = state.requested.filter((candidate) => candidate !== request);
    state.recent = [request.phrase, ...state.recent.filter((entry) => !same(entry, request.phrase))].slice(
      0,
      MAX_RECENT,
    );
    await this.save(state);
  }

  /** From the popup: the writer declined. */
  async dismiss(value: unknown): Promise<void> {
    const phrase = phraseFrom(value);
    const state = await this.state();
    state.requested = state.requested.filter((request) => phrase === null || !same(request.phrase, phrase));
    await this.save(state);
  }

  /** From the popup: take a phrase confirmed in this session off the allow-list again. */
  async undo(value: unknown): Promise<void> {
    const phrase = phraseFrom(value);
    const state = await this.state();
    const recent = state.recent.find((entry) => phrase !== null && same(entry, phrase));
    if (recent === undefined) throw new Error('Only a phrase allowed in this session can be undone here.');
    const current = await this.list.read();
    await this.list.write(current.filter((known) => !same(known, recent)));
    state.recent = state.recent.filter((entry) => entry !== recent);
    await this.save(state);
  }
}

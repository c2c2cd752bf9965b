/**
 * Marks the events the send guard dispatches itself, so its own listeners let them through: the
 * replay runs synchronously inside `asReplay`, and the listeners check `isReplaying()`.
 *
 * The bootstrap and the guard chunk are separate bundles, each with its own copy of this module, so
 * the mark lives on the content script's global object (isolated world: the page cannot see it).
 */
const DEPTH = Symbol.for('lead-guard.replay-depth');

function depth(): number {
  const value: unknown = Reflect.get(globalThis, DEPTH);
  return typeof value === 'number' ? value : 0;
}

export function isReplaying(): boolean {
  return depth() > 0;
}

export function asReplay(dispatch: () => void): void {
  Reflect.set(globalThis, DEPTH, depth() + 1);
  try {
    dispatch();
  } finally {
    Reflect.set(globalThis, DEPTH, depth() - 1);
  }
}

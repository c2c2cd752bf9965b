/**
 * How the content scripts of a page and of its same-origin editor frames (TinyMCE's about:blank iframe)
 * reach each other. Each frame publishes a bridge on its own global object in the extension's isolated
 * world; a same-origin parent or child reads it through `contentWindow` / `parent`. The page's own scripts
 * run in another world and never see it.
 */
import type { GuardApi } from './contracts';
import type { SendEvent } from './send/send-event';

const KEY = Symbol.for('lead-guard.frame-bridge');

export interface FrameBridge {
  /** The frame's guard if it has loaded, else null. */
  loaded(): GuardApi | null;
  /** Loads the frame's guard (once). */
  load(): Promise<GuardApi>;
  /** Judges a possible Send seen in a child frame, as if it had happened in this frame: synchronous. */
  judge(event: SendEvent): 'pass' | 'cancel';
}

export function publishBridge(bridge: FrameBridge): void {
  Reflect.set(globalThis, KEY, bridge);
}

function isBridge(value: unknown): value is FrameBridge {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'loaded') === 'function' &&
    typeof Reflect.get(value, 'load') === 'function' &&
    typeof Reflect.get(value, 'judge') === 'function'
  );
}

/** The bridge of another frame's window, or null (cross-origin, or no content script there). */
export function bridgeOf(win: unknown): FrameBridge | null {
  if (!win || typeof win !== 'object') return null;
  try {
    const bridge: unknown = Reflect.get(win, KEY);
    return isBridge(bridge) ? bridge : null;
  } catch {
    return null;
  }
}

/** True in an editor's src-less or srcdoc frame, whose Send lives in the parent page. */
export function isEditorFrame(): boolean {
  return window !== window.parent && (location.href === 'about:blank' || location.href === 'about:srcdoc');
}

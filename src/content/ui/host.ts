/**
 * The one UI host per document: `<lead-guard-ui>` appended to `<html>`, holding a closed shadow root. Closed,
 * because an open root lets the page's scripts read the flagged passages and press the UI's buttons; the
 * reference to the root lives only here, in the content script's isolated world. Page styles cannot reach in,
 * and the UI never restyles the page.
 */
import { UI } from '../contracts';
import { UI_CSS } from './styles';

export interface UiRoot {
  readonly shadow: ShadowRoot;
  /** Fixed-position container for everything drawn. */
  readonly layer: HTMLElement;
}

const roots = new WeakMap<Document, UiRoot>();

export function uiRootFor(doc: Document, signal: AbortSignal): UiRoot {
  const existing = roots.get(doc);
  if (existing?.layer.isConnected) return existing;
  const host = doc.createElement(UI.hostTag);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  shadow.append(style, layer);
  doc.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  const root = { shadow, layer };
  roots.set(doc, root);
  return root;
}

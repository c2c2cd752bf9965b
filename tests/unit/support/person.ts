/**
 * Unit tests stand in for a person: happy-dom cannot produce events the browser marks trusted, so these mark a
 * dispatched event as the browser would mark a real click. Test-only; a page script cannot do this in a browser,
 * where `isTrusted` is unforgeable.
 */
export function personClick(target: Element | null | undefined): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1 });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target?.dispatchEvent(event);
}

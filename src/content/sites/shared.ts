/** Small DOM helpers shared by the site adapters. */
import type { SiteAdapter } from '../contracts';

const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/gi;

/** Email addresses found in the given strings, lower-cased, without duplicates, in order. */
function emailsIn(values: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const value of values) for (const match of value.matchAll(EMAIL)) found.add(match[0].toLowerCase());
  return [...found];
}

/** Values of the given attributes on every element matching `selector` under `root`. */
function attributeValues(root: Element, selector: string, attributes: readonly string[]): string[] {
  const values: string[] = [];
  for (const element of root.querySelectorAll(selector)) {
    for (const name of attributes) {
      const value = element.getAttribute(name);
      if (value) values.push(value);
    }
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
      values.push(element.value);
  }
  return values;
}

/** The nearest ancestor (the element itself included) that also contains a match for `selector`. */
export function ancestorContaining(element: Element, selector: string, maxDepth = 25): Element | null {
  let current: Element | null = element;
  for (let depth = 0; current && depth < maxDepth; depth++) {
    if (current.querySelector(selector)) return current;
    current = current.parentElement;
  }
  return null;
}

/** The element for a node (its parent for text nodes). */
export function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

/** Search boxes look editable but never carry a message. */
export function isSearchBox(element: HTMLElement): boolean {
  if (element instanceof HTMLInputElement && element.type === 'search') return true;
  return (
    element.closest('[role=search], form[role=search]') !== null ||
    element.getAttribute('role') === 'combobox'
  );
}

/** Send is a control matching `selector` inside the compose the field belongs to. */
export function sendControlMatching(selector: string): SiteAdapter['isSendControl'] {
  return (element, composeRoot) => {
    const control = element.closest(selector);
    return control !== null && composeRoot.contains(control);
  };
}

/** Recipients are the addresses in the given attributes (and values) of elements matching `selector`. */
export function recipientsFrom(selector: string, attributes: readonly string[]): SiteAdapter['recipients'] {
  return (composeRoot) => emailsIn(attributeValues(composeRoot, selector, attributes));
}

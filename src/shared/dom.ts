/**
 * A small element builder for the extension's own pages (popup, options). Text always goes in
 * through `textContent`, never as HTML.
 */
type Child = Node | string | null | undefined | false;

export interface ElementProps {
  className?: string;
  id?: string;
  text?: string;
  attrs?: Readonly<Record<string, string>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.id) element.id = props.id;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

export function button(text: string, onClick: () => void, props: ElementProps = {}): HTMLButtonElement {
  const created = el('button', { ...props, text });
  created.type = 'button';
  created.addEventListener('click', onClick);
  return created;
}

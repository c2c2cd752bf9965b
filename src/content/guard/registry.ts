/** The fields the guard watches in this frame, attached on first use and dropped when they leave the page. */
import type { FieldRegistry } from '../contracts';
import { editableRootOf } from '../editable';
import type { Field } from './field';

const CANDIDATES = 'textarea, input, [contenteditable=""], [contenteditable=true], [role=textbox]';

export interface Attachment {
  field: Field;
  detach(): void;
}

export class Registry implements FieldRegistry {
  private readonly byElement = new WeakMap<HTMLElement, Attachment>();
  private readonly live = new Map<string, Attachment>();

  constructor(
    /** Creates a field for an acceptable editable root, or null to refuse it. */
    private readonly attach: (root: HTMLElement) => Attachment | null,
    private readonly onDetach: (field: Field) => void,
  ) {}

  fieldFor(element: Element): Field | null {
    const root = editableRootOf(element);
    if (!root?.isConnected) return null;
    const known = this.byElement.get(root);
    if (known && this.live.has(known.field.id)) return known.field;
    this.sweep();
    const attachment = this.attach(root);
    if (!attachment) return null;
    this.byElement.set(root, attachment);
    this.live.set(attachment.field.id, attachment);
    return attachment.field;
  }

  /** Only fields already attached; never attaches (for events that should not start watching). */
  knownFieldFor(element: Element): Field | null {
    const root = editableRootOf(element);
    const known = root ? this.byElement.get(root) : undefined;
    return known && this.live.has(known.field.id) ? known.field : null;
  }

  fieldsWithin(root: Element): Field[] {
    const found = new Set<Field>();
    for (const element of root.querySelectorAll(CANDIDATES)) {
      const field = this.fieldFor(element);
      if (field) found.add(field);
    }
    return [...found];
  }

  byId(id: string): Field | null {
    return this.live.get(id)?.field ?? null;
  }

  all(): Field[] {
    this.sweep();
    return [...this.live.values()].map((attachment) => attachment.field);
  }

  /** Detaches every field (guard paused). */
  clear(): void {
    for (const attachment of [...this.live.values()]) this.drop(attachment);
  }

  /** Drops fields removed from the page. */
  sweep(): void {
    for (const attachment of [...this.live.values()])
      if (!attachment.field.element.isConnected) this.drop(attachment);
  }

  private drop(attachment: Attachment): void {
    this.live.delete(attachment.field.id);
    this.byElement.delete(attachment.field.element);
    attachment.detach();
    this.onDetach(attachment.field);
  }
}

/**
 * The fields a writer used before the guard finished loading. The bootstrap notes every editable field a
 * person focused, typed or pasted in from its first use until the guard starts; the guard then attaches and
 * analyses all of them at once. Without this only the field that triggered the load was handed over, and a
 * second field used within the load time (typing in one, pasting into another) was never underlined.
 * Kept tiny: it ships in the bootstrap.
 */
import { editableFromEvent } from './editable';
import { isUserEvent } from './ui/user-event';

/** Events that mean a person is using a field (focus, typing, paste, IME, a press on it). */
export const FIELD_USE_EVENTS = [
  'focusin',
  'pointerdown',
  'keydown',
  'beforeinput',
  'input',
  'paste',
  'compositionstart',
] as const;

export interface EarlyFields {
  /**
   * Notes the editable field a person's event came from, while the guard has not started. Returns that
   * field, or null for a page script's event, an event outside any field, or once the fields were taken.
   */
  note(event: Event): HTMLElement | null;
  /** Every noted field still on the page, in order of first use; noting stops for good. */
  take(): HTMLElement[];
  /** Forgets the noted fields and stops noting (the guard could not be loaded). */
  drop(): void;
}

export function createEarlyFields(trusted: (event: Event) => boolean = isUserEvent): EarlyFields {
  let fields: Set<HTMLElement> | null = new Set();
  return {
    note(event) {
      if (!fields || !trusted(event)) return null;
      const field = editableFromEvent(event);
      if (field) fields.add(field);
      return field;
    },
    take() {
      const taken = fields ? [...fields].filter((field) => field.isConnected) : [];
      fields = null;
      return taken;
    },
    drop() {
      fields = null;
    },
  };
}

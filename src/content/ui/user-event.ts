/**
 * Only a person's events may make a choice in the guard's UI or count as typing. A page script can call
 * `element.click()`, `dispatchEvent(new MouseEvent('click'))` or dispatch `input` events on anything it reaches;
 * the browser marks all of those `isTrusted: false`. Events our own content script dispatches (the send replay)
 * are untrusted too, so they can never be mistaken for the writer's choice either.
 */
export function isUserEvent(event: Event): boolean {
  // Strictly true: an event object never dispatched by the browser may not carry the flag at all.
  return event.isTrusted === true;
}

/** `addEventListener` that hears only events a person made (see `isUserEvent`). */
export function onUserEvent(
  target: EventTarget,
  type: string,
  listener: (event: Event) => void,
  options?: AddEventListenerOptions,
): void {
  target.addEventListener(
    type,
    (event) => {
      if (isUserEvent(event)) listener(event);
    },
    options,
  );
}

/**
 * Where a card or list goes: below its anchor, else above it, inside the viewport, and never over the
 * controls it must keep clear (the Send button of the field's message), which the writer needs next.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(low, value), Math.max(low, high));
}

/** The panel's top-left corner. */
export function placePanel(
  anchor: Box,
  panel: Size,
  view: Size,
  keepClear: readonly Box[],
  gap: number,
): { left: number; top: number } {
  const below = anchor.bottom + gap;
  const above = Math.max(gap, anchor.top - gap - panel.height);
  const fitsBelow = below + panel.height <= view.height;
  const fitsAbove = anchor.top - gap - panel.height >= gap;
  const tops = fitsBelow ? [below, ...(fitsAbove ? [above] : [])] : [above, below];
  const maxLeft = view.width - panel.width - gap;
  const lefts = [
    anchor.left,
    ...keepClear.flatMap((box) => [box.left - gap - panel.width, box.right + gap]),
  ].map((left) => clamp(left, gap, maxLeft));
  for (const top of tops) {
    for (const left of lefts) {
      const box = { left, top, right: left + panel.width, bottom: top + panel.height };
      if (!keepClear.some((clear) => overlaps(box, clear))) return { left, top };
    }
  }
  return { left: lefts[0] ?? gap, top: tops[0] ?? below };
}

/** Polite screen-reader announcements, at most one every few seconds (the latest message wins). */

const MIN_GAP_MS = 4000;

export class Announcer {
  private readonly region: HTMLElement;
  private lastAt = -Infinity;
  private pending: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(layer: HTMLElement, signal: AbortSignal) {
    this.region = layer.ownerDocument.createElement('div');
    this.region.className = 'sr-only';
    this.region.setAttribute('aria-live', 'polite');
    this.region.setAttribute('role', 'status');
    layer.append(this.region);
    signal.addEventListener('abort', () => clearTimeout(this.timer), { once: true });
  }

  announce(message: string): void {
    this.pending = message;
    if (this.timer !== undefined) return;
    const wait = Math.max(0, this.lastAt + MIN_GAP_MS - performance.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.pending === null) return;
      this.region.textContent = this.pending;
      this.pending = null;
      this.lastAt = performance.now();
    }, wait);
  }
}

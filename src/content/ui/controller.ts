/**
 * The visible guard: one badge per field with flagged passages, the card for one passage, the list of a field's
 * passages, and polite announcements. Everything lives in the UI shadow root and follows scroll and resize.
 */
import type { Finding } from '../../engine/types';
import { t } from '../../shared/i18n';
import { UI } from '../contracts';
import type { Field } from '../guard/field';
import { Announcer } from './announcer';
import type { UiRoot } from './host';
import { buildCard, buildList, isAction, snippetOf } from './panels';
import { placePanel } from './placement';
import { onUserEvent } from './user-event';

export interface UiActions {
  replace(field: Field, finding: Finding): Promise<boolean>;
  ignore(field: Field, finding: Finding): void;
  /** Asks the worker to always allow the passage's phrase (the writer confirms in the popup); the phrase asked. */
  allow(field: Field, finding: Finding): Promise<string>;
  replaceAll(field: Field): Promise<boolean>;
  /** The wording a Replace would put in place of the passage ('' when it is removed). */
  replacementFor(field: Field, finding: Finding): string;
}

type Open = { kind: 'card'; field: Field; finding: Finding } | { kind: 'list'; field: Field };

const GAP = 6;

export class GuardUi {
  private readonly badges = new Map<string, { field: Field; badge: HTMLButtonElement }>();
  private readonly counts = new Map<string, number>();
  private readonly announcer: Announcer;
  private open: (Open & { panel: HTMLElement }) | null = null;
  private frame = 0;

  constructor(
    private readonly ui: UiRoot,
    private readonly actions: UiActions,
    private readonly signal: AbortSignal,
    /** The control that sends the field's message: cards and lists never cover it. */
    private readonly sendControlOf: (field: Field) => Element | null = () => null,
  ) {
    this.announcer = new Announcer(ui.layer, signal);
    const view = ui.layer.ownerDocument.defaultView ?? window;
    const relayout = (): void => this.scheduleLayout();
    view.addEventListener('scroll', relayout, { capture: true, passive: true, signal });
    view.addEventListener('resize', relayout, { passive: true, signal });
    // Buttons and keys act only for a person: a script's click() or dispatched event is no choice.
    onUserEvent(
      ui.shadow,
      'keydown',
      (event) => {
        if (event instanceof KeyboardEvent) this.onPanelKey(event);
      },
      { signal },
    );
    onUserEvent(ui.shadow, 'click', (event) => void this.onPanelClick(event), { signal });
  }

  /** The field's findings changed. */
  update(field: Field): void {
    const count = field.lastFindings().length;
    const previous = this.counts.get(field.id) ?? 0;
    this.counts.set(field.id, count);
    const badge = this.badgeFor(field);
    badge.textContent = String(count);
    badge.hidden = count === 0;
    badge.setAttribute(
      'aria-label',
      count === 1 ? t('badgeLabelOne', field.label) : t('badgeLabelMany', count, field.label),
    );
    if (count > previous)
      this.announcer.announce(
        count === 1 ? t('announceOne', field.label) : t('announceMany', count, field.label),
      );
    this.refreshOpen(field);
    this.scheduleLayout();
  }

  remove(field: Field): void {
    this.badges.get(field.id)?.badge.remove();
    this.badges.delete(field.id);
    this.counts.delete(field.id);
    if (this.open?.field === field) this.close(false);
  }

  openCard(field: Field, finding: Finding, moveFocus: boolean): void {
    const doc = this.ui.layer.ownerDocument;
    const panel = buildCard(doc, field.id, {
      finding,
      replacement: this.actions.replacementFor(field, finding),
      offerReplaceAll: field.lastFindings().length > 1,
    });
    this.show({ kind: 'card', field, finding, panel }, moveFocus);
  }

  openList(field: Field, moveFocus: boolean): void {
    const doc = this.ui.layer.ownerDocument;
    const passages = field
      .lastFindings()
      .map((finding) => ({ finding, snippet: snippetOf(field.passageText(finding)) }));
    this.show({ kind: 'list', field, panel: buildList(doc, field.id, field.label, passages) }, moveFocus);
  }

  /** True while a card or a list is showing. */
  isOpen(): boolean {
    return this.open !== null;
  }

  isOpenFor(field: Field, finding: Finding): boolean {
    return this.open?.kind === 'card' && this.open.field === field && this.open.finding === finding;
  }

  close(returnFocus: boolean): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    open.panel.remove();
    if (returnFocus) open.field.element.focus({ preventScroll: true });
  }

  private show(open: Open & { panel: HTMLElement }, moveFocus: boolean): void {
    this.close(false);
    this.open = open;
    this.ui.layer.append(open.panel);
    this.layoutPanel();
    if (moveFocus) open.panel.querySelector<HTMLButtonElement>('button')?.focus();
  }

  /** Keeps an open card or list in step with the field's new findings. */
  private refreshOpen(field: Field): void {
    const open = this.open;
    if (!open || open.field !== field) return;
    const hadFocus = open.panel.contains(this.ui.shadow.activeElement);
    if (open.kind === 'list') {
      if (field.lastFindings().length === 0) this.close(hadFocus);
      else this.openList(field, hadFocus);
      return;
    }
    // Findings are new objects after each analysis: find the same passage by position and wording.
    const text = field.passageText(open.finding);
    const same = field
      .lastFindings()
      .find((f) => f.start === open.finding.start && field.passageText(f) === text);
    if (same) open.finding = same;
    else this.close(hadFocus);
  }

  private badgeFor(field: Field): HTMLButtonElement {
    const known = this.badges.get(field.id);
    if (known) return known.badge;
    const badge = this.ui.layer.ownerDocument.createElement('button');
    badge.type = 'button';
    badge.setAttribute(UI.badgeAttr, '');
    badge.dataset.fieldId = field.id;
    badge.hidden = true;
    onUserEvent(badge, 'click', () => this.openList(field, true), { signal: this.signal });
    this.ui.layer.append(badge);
    this.badges.set(field.id, { field, badge });
    return badge;
  }

  private async onPanelClick(event: Event): Promise<void> {
    const open = this.open;
    const target = event.composedPath()[0];
    if (!open || !(target instanceof Element) || !open.panel.contains(target)) return;
    const findingButton = target.closest<HTMLElement>('[data-finding-id]');
    if (open.kind === 'list' && findingButton && !findingButton.hasAttribute(UI.actionAttr)) {
      const finding = open.field
        .lastFindings()
        .find((f) => `${open.field.id}:${f.start}` === findingButton.dataset.findingId);
      if (finding) {
        open.field.element.focus({ preventScroll: true });
        this.openCard(open.field, finding, true);
      }
      return;
    }
    const action = target.closest(`[${UI.actionAttr}]`)?.getAttribute(UI.actionAttr);
    if (!isAction(action)) return;
    const { field } = open;
    this.close(false);
    if (action === 'replace-all') {
      await this.actions.replaceAll(field);
      return;
    }
    if (open.kind !== 'card') return;
    if (action === 'replace') {
      await this.actions.replace(field, open.finding);
      return;
    }
    if (action === 'ignore') {
      this.actions.ignore(field, open.finding);
      field.element.focus({ preventScroll: true });
      return;
    }
    if (action === 'allow') {
      field.element.focus({ preventScroll: true });
      try {
        this.announcer.announce(t('allowAsked', await this.actions.allow(field, open.finding)));
      } catch {
        this.announcer.announce(t('allowAskFailed'));
      }
    }
  }

  private onPanelKey(event: KeyboardEvent): void {
    const open = this.open;
    if (!open) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close(true);
      return;
    }
    if (event.key !== 'Tab') return;
    // Keep keyboard focus cycling inside the dialog.
    const buttons = [...open.panel.querySelectorAll<HTMLButtonElement>('button')];
    const first = buttons[0];
    const last = buttons.at(-1);
    const active = this.ui.shadow.activeElement;
    if (event.shiftKey && active === first && last) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last && first) {
      event.preventDefault();
      first.focus();
    }
  }

  private scheduleLayout(): void {
    const view = this.ui.layer.ownerDocument.defaultView ?? window;
    view.cancelAnimationFrame(this.frame);
    this.frame = view.requestAnimationFrame(() => {
      for (const { field, badge } of this.badges.values()) this.layoutBadge(field, badge);
      this.layoutPanel();
    });
  }

  private layoutBadge(field: Field, badge: HTMLButtonElement): void {
    if (badge.hidden) return;
    const rect = field.element.getBoundingClientRect();
    const visible = rect.width > 0 && rect.height > 0;
    badge.style.visibility = visible ? 'visible' : 'hidden';
    const size = 22;
    const top = rect.height > 2 * size + 8 ? rect.bottom - size - 6 : rect.top + (rect.height - size) / 2;
    badge.style.left = `${Math.max(0, rect.right - size - 10 - (badge.offsetWidth - size))}px`;
    badge.style.top = `${Math.max(0, top)}px`;
  }

  private layoutPanel(): void {
    const open = this.open;
    if (!open) return;
    const view = this.ui.layer.ownerDocument.defaultView ?? window;
    const anchor =
      (open.kind === 'card' ? open.field.rectOf(open.finding) : null) ??
      this.badges.get(open.field.id)?.badge.getBoundingClientRect() ??
      open.field.element.getBoundingClientRect();
    const { panel } = open;
    const send = this.sendControlOf(open.field);
    // A control in another frame lives in other coordinates, and the panel cannot reach it there anyway.
    const keepClear =
      send && send.ownerDocument === panel.ownerDocument ? [send.getBoundingClientRect()] : [];
    const { left, top } = placePanel(
      anchor,
      { width: panel.offsetWidth, height: panel.offsetHeight },
      { width: view.innerWidth, height: view.innerHeight },
      keepClear,
      GAP,
    );
    panel.style.top = `${top}px`;
    panel.style.left = `${left}px`;
  }
}

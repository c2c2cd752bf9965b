/**
 * The guarded fields of the same-origin editor frames inside a compose region (TinyMCE's iframe body
 * whose Send is in the parent page). Each frame's own guard watches its field; the parent asks it
 * through the frame bridge instead of attaching a second time.
 */
import type { GuardedField } from '../contracts';
import { bridgeOf } from '../frame-bridge';
import { frameBodyOf, holdsProse } from './prose';

export interface FrameFields {
  fields: GuardedField[];
  /** Frames holding text whose guard has not started yet: the Send waits for them. */
  loading: Promise<unknown>[];
}

export function frameFieldsIn(root: Element): FrameFields {
  const found: FrameFields = { fields: [], loading: [] };
  for (const frame of root.querySelectorAll('iframe')) {
    const body = frameBodyOf(frame);
    const bridge = body ? bridgeOf(Reflect.get(frame, 'contentWindow')) : null;
    if (!body || !bridge) continue;
    const api = bridge.loaded();
    const field = api?.registry.fieldFor(body);
    if (field) found.fields.push(field);
    else if (!api && holdsProse(body)) found.loading.push(bridge.load());
  }
  return found;
}

/** Picks the adapter for the current page. Adding a site is one file plus one entry here. */
import type { SiteAdapter } from '../contracts';
import { generic } from './generic';
import { gmail } from './gmail';
import { outlook } from './outlook';

const SITES: readonly SiteAdapter[] = [gmail, outlook];

export function adapterFor(location: Location, doc: Document): SiteAdapter {
  return SITES.find((site) => site.matches(location, doc)) ?? generic;
}

/** Host name helpers for paused-site checks. */

/** The host a frame belongs to; src-less frames (about:blank, srcdoc) take their parent's. */
export function frameHostname(location: Location): string {
  if (location.hostname) return location.hostname;
  const ancestor = location.ancestorOrigins?.[0];
  if (!ancestor) return '';
  try {
    return new URL(ancestor).hostname;
  } catch {
    return '';
  }
}

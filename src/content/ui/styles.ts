/** Styles of everything inside the UI shadow root. Kept apart from the page by the shadow boundary. */
import { SEVERITIES } from '../../engine/types';
import { SEVERITY_STYLE, underline } from '../draw/severity-style';

const severityRules = SEVERITIES.map(
  (severity) => `
  mark[data-severity=${severity}] { text-decoration: ${underline(severity)}; text-decoration-skip-ink: none; }
  [data-severity-chip=${severity}] { color: ${SEVERITY_STYLE[severity].color}; border-color: currentColor;
    border-style: ${SEVERITY_STYLE[severity].line === 'wavy' ? 'solid' : SEVERITY_STYLE[severity].line}; }`,
).join('');

export const UI_CSS = `
/* Important declarations of the shadow tree beat the page's, even its !important ones and inline styles: a page
   cannot hide the UI, fade it out or let clicks pass through it to trick the writer into pressing its buttons. */
:host { all: initial !important; display: block !important; visibility: visible !important; opacity: 1 !important;
  pointer-events: auto !important; filter: none !important; transform: none !important; clip-path: none !important;
  mask: none !important; position: static !important; contain: none !important; }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483647; }
[data-lg-mirror] { position: fixed; box-sizing: border-box; overflow: hidden; pointer-events: none;
  color: transparent; background: transparent; border-color: transparent; margin: 0; }
[data-lg-mirror] mark { color: transparent; background: transparent; }
${severityRules}
[data-lg-badge] { position: fixed; min-width: 22px; height: 22px; padding: 0 6px; border-radius: 11px;
  border: 2px solid #fff; background: #c5221f; color: #fff; font: 600 12px/18px system-ui, sans-serif;
  cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.35); }
[data-lg-badge]:focus-visible, button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.panel { position: fixed; width: 340px; max-width: calc(100vw - 16px); box-sizing: border-box; padding: 12px 14px;
  background: #fff; color: #202124; border: 1px solid #dadce0; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.2); font: 14px/1.4 system-ui, sans-serif; }
.panel h2 { margin: 0 0 6px; font-size: 14px; font-weight: 600; }
.chip { display: inline-block; margin-left: 6px; padding: 0 6px; border: 1px solid; border-radius: 10px;
  font-size: 12px; font-weight: 500; }
.panel p { margin: 6px 0; }
.preview { padding: 6px 8px; background: #e6f4ea; border-radius: 4px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
.actions button, .list button { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 4px;
  border: 1px solid #dadce0; background: #fff; color: #202124; cursor: pointer; }
.actions button[data-action=replace] { background: #1a73e8; border-color: #1a73e8; color: #fff; }
.list { list-style: none; margin: 0; padding: 0; max-height: 280px; overflow: auto; }
.list li { margin: 4px 0; }
.list button { width: 100%; text-align: left; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

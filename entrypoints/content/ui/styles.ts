// Styles of everything inside <ungxu-root>'s shadow root; the page's CSS cannot reach in, ours cannot leak out.

/** The one element of the page that holds all our UI, in its open shadow root. */
export const HOST_TAG = 'ungxu-root';

/** info (guidance, Điều 5.3 / 6.3) is a calm teal, not a warning colour. */
export const SEVERITY_COLOURS = {
  high: '#d93025',
  medium: '#e37400',
  low: '#1a73e8',
  info: '#00796b',
} as const;

export const CSS = `
:host { all: initial; }
.layer { position: fixed; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
[data-ungxu="mark"] { position: fixed; box-sizing: border-box; pointer-events: none;
  border-bottom: 2px solid var(--c); background: color-mix(in srgb, var(--c) 8%, transparent); }
[data-ungxu="mark"][data-severity="low"] { border-bottom-style: dashed; }
[data-ungxu="aim"] { position: fixed; box-sizing: border-box; pointer-events: none;
  border-bottom: 2px dotted color-mix(in srgb, var(--c) 70%, transparent); }
[data-ungxu="badge"] { position: fixed; pointer-events: auto; min-width: 20px; height: 20px; padding: 0 6px;
  box-sizing: border-box; border: none; border-radius: 10px; background: var(--c); color: #fff; cursor: pointer;
  font: 600 12px/20px system-ui, sans-serif; box-shadow: 0 1px 3px rgba(0,0,0,.3); opacity: .92; }
[data-ungxu="badge"]:focus-visible { outline: 2px solid #202124; outline-offset: 2px; }
[data-ungxu="card"] { position: fixed; pointer-events: auto; width: 320px; max-width: calc(100vw - 16px);
  box-sizing: border-box; padding: 12px 14px; background: #fff; color: #202124; border-radius: 10px;
  border-top: 4px solid var(--c); box-shadow: 0 4px 16px rgba(0,0,0,.25); font: 14px/1.45 system-ui, sans-serif; }
[data-ungxu="card"] header { display: flex; justify-content: space-between; gap: 8px; font-size: 12px; color: #5f6368; }
[data-ungxu="card"] .cat { font-weight: 600; color: var(--c); }
[data-ungxu="card"] p { margin: 6px 0; }
[data-ungxu="card"] .matched { font-weight: 600; }
[data-ungxu="card"] .related { font-size: 13px; color: #5f6368; }
[data-ungxu="card"] .clause { font-size: 12px; color: #5f6368; }
[data-ungxu="card"] .pinned { font-size: 12px; color: #5f6368; font-style: italic; }
[data-ungxu="card"] .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
[data-ungxu="card"] button { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px;
  border: 1px solid #dadce0; background: #fff; color: #202124; cursor: pointer; }
[data-ungxu="card"] button.primary { background: #1a73e8; border-color: #1a73e8; color: #fff; }
[data-ungxu="card"] button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
[data-ungxu="card"] .nav { display: flex; gap: 4px; align-items: center; }
[data-ungxu="card"] .nav button, [data-ungxu="card"] .x { padding: 0 6px; border: none; }
`;

// Styles of everything inside <ungxu-root>'s shadow root; the page's CSS cannot reach in, ours cannot leak out.

/** The one element of the page that holds all our UI, in its open shadow root. */
export const HOST_TAG = 'ungxu-root';

/** Underline colours by severity; info (guidance, Điều 5.3 / 6.3) is a calm teal, not a warning colour. */
export const SEVERITY_COLOURS = {
  high: '#d93025',
  medium: '#e37400',
  low: '#1a73e8',
  info: '#00796b',
} as const;

type Severity = keyof typeof SEVERITY_COLOURS;

/**
 * Text in the severity's colour (the card's category, its clause link; white on it in the badge), at
 * least 4.5:1 against the panel: darker than the underline on light panels, lighter on dark ones.
 */
export const SEVERITY_TEXT: Record<'light' | 'dark', Record<Severity, string>> = {
  light: { high: '#c5221f', medium: '#b06000', low: '#1967d2', info: '#00796b' },
  dark: { high: '#f28b82', medium: '#fdab54', low: '#8ab4f8', info: '#80cbc4' },
};

const severityText = (scheme: 'light' | 'dark') =>
  Object.entries(SEVERITY_TEXT[scheme])
    .map(([s, c]) => `.panel[data-severity="${s}"] { --ct: ${c}; }`)
    .join('\n');

const badgeColours = Object.entries(SEVERITY_TEXT.light)
  .map(([s, c]) => `[data-ungxu="badge"][data-severity="${s}"] { background: ${c}; }`)
  .join('\n');

/**
 * Stacking inside the host: marks and badges in tree order at the bottom, the card and the nudge above
 * every one of them (z-index), whichever box's layer was added last.
 */
export const CSS = `
:host { all: initial; }
.layer { position: fixed; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
[data-ungxu="mark"] { position: fixed; box-sizing: border-box; pointer-events: none;
  border-bottom: 2px solid var(--c); background: color-mix(in srgb, var(--c) 8%, transparent); }
[data-ungxu="mark"][data-severity="low"] { border-bottom-style: dashed; }
[data-ungxu="aim"] { position: fixed; box-sizing: border-box; pointer-events: none;
  border-bottom: 2px dotted color-mix(in srgb, var(--c) 70%, transparent); }
[data-ungxu="badge"] { position: fixed; pointer-events: auto; z-index: 1; min-width: 24px; height: 24px;
  padding: 0 7px; box-sizing: border-box; border: none; border-radius: 12px; color: #fff; cursor: pointer;
  font: 600 13px/24px system-ui, sans-serif; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
${badgeColours}
[data-ungxu="badge"]:focus-visible { outline: 2px solid #202124; outline-offset: 2px; }

/* The card and the nudge: one panel look, light or dark with the system. */
.panel { --bg: #fff; --fg: #202124; --muted: #5f6368; --line: #dadce0; --accent: #1a73e8; --on-accent: #fff;
  position: fixed; z-index: 2; pointer-events: auto; box-sizing: border-box; max-width: calc(100vw - 16px);
  padding: 12px 14px; background: var(--bg); color: var(--fg); border-radius: 10px;
  border-top: 4px solid var(--c); box-shadow: 0 4px 16px rgba(0,0,0,.25); font: 14px/1.45 system-ui, sans-serif; }
${severityText('light')}
@media (prefers-color-scheme: dark) {
  .panel { --bg: #202124; --fg: #e8eaed; --muted: #bdc1c6; --line: #5f6368; --accent: #8ab4f8; --on-accent: #202124;
    box-shadow: 0 4px 16px rgba(0,0,0,.6), 0 0 0 1px #5f6368; }
  ${severityText('dark')}
}
/* Focusable only so a click on its text keeps focus inside (never a Tab stop): no ring of its own. */
.panel:focus { outline: none; }
.panel p { margin: 6px 0; }
.panel .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.panel button { font: inherit; font-size: 13px; min-width: 24px; min-height: 24px; padding: 4px 10px;
  box-sizing: border-box; border-radius: 6px; border: 1px solid var(--line); background: var(--bg); color: var(--fg);
  cursor: pointer; }
.panel button.primary { background: var(--accent); border-color: var(--accent); color: var(--on-accent); }
.panel button:focus-visible { outline: 2px solid var(--fg); outline-offset: 2px; }
.panel .muted { font-size: 12px; color: var(--muted); }

[data-ungxu="card"] { width: 320px; }
[data-ungxu="card"] header { display: flex; justify-content: space-between; align-items: center; gap: 8px;
  font-size: 12px; color: var(--muted); }
[data-ungxu="card"] .cat { font-weight: 600; color: var(--ct); }
[data-ungxu="card"] .matched { font-weight: 600; }
[data-ungxu="card"] .related, [data-ungxu="card"] .learned { font-size: 13px; color: var(--muted); }
[data-ungxu="card"] .clause { font-size: 12px; color: var(--muted); }
[data-ungxu="card"] .pinned { font-size: 12px; color: var(--muted); font-style: italic; }
[data-ungxu="card"] .nav { display: flex; gap: 2px; align-items: center; }
[data-ungxu="card"] .nav button { padding: 0 6px; border: none; font-size: 16px; line-height: 1; }
/* The clause label reads as a link; it is a button because the page opens through the background. */
[data-ungxu="card"] button.clause-link { display: inline-flex; align-items: center; padding: 0; border: none;
  background: none; color: var(--ct); text-decoration: underline; font-size: inherit; font-weight: 600; }

[data-ungxu="nudge"] { width: 340px; --c: ${SEVERITY_COLOURS.high}; }
[data-ungxu="nudge"] h2 { font-size: 15px; margin: 0 0 6px; }
[data-ungxu="nudge"] ul { margin: 6px 0; padding-left: 18px; }
[data-ungxu="nudge"] .actions { justify-content: flex-end; gap: 8px; margin-top: 10px; }
`;

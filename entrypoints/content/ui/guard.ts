// The page shares the DOM with the overlay: its script can dispatch events (element.click(), a forged
// keydown), add CSS and remove nodes. So the in-page UI acts only on events the browser itself made,
// the host's inline style outranks any page rule and is put back when changed, and the host comes
// back when removed.

/** Events that could make the card or the badge act. */
const GUARDED = [
  'click',
  'auxclick',
  'dblclick',
  'keydown',
  'keyup',
  'keypress',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'submit',
];

/**
 * Stops every event a page script made (isTrusted false) at the shadow root, in the capture phase,
 * before any listener of the badge or the card sees it: a page cannot "always ignore" a word, apply
 * a suggestion or open tabs for the user.
 */
export function acceptTrustedOnly(root: ShadowRoot, signal: AbortSignal): void {
  const stop = (e: Event) => {
    // Test environments without isTrusted (happy-dom) leave it undefined: only a false one is forged.
    if (e.isTrusted !== false) return;
    e.stopImmediatePropagation();
    e.preventDefault();
  };
  for (const type of GUARDED) root.addEventListener(type, stop, { capture: true, signal });
}

/**
 * Inline, with !important, so it outranks any page rule (`ungxu-root { opacity: 0 !important }`
 * included): `all` resets what a page could set, then the few properties the overlay needs.
 */
export const HOST_STYLE = [
  'all:initial',
  'display:block',
  'position:fixed',
  'left:0',
  'top:0',
  'width:0',
  'height:0',
  'z-index:2147483647',
  'opacity:1',
  'visibility:visible',
]
  .map((d) => `${d}!important`)
  .join(';');

/** Puts the host's style back when a script changes it, and the host back when a script removes it. */
export function keepHost(host: HTMLElement, signal: AbortSignal): void {
  const doc = host.ownerDocument;
  const restore = () => {
    if (signal.aborted) return;
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    if (!host.isConnected) doc.documentElement.append(host);
  };
  const styleWatch = new MutationObserver(restore);
  styleWatch.observe(host, { attributes: true, attributeFilter: ['style'] });
  // The host is a child of the root element: removing it (or the root) is a change of their children.
  const placeWatch = new MutationObserver(() => {
    if (!host.isConnected) restore();
  });
  placeWatch.observe(doc.documentElement, { childList: true });
  placeWatch.observe(doc, { childList: true });
  signal.addEventListener('abort', () => {
    styleWatch.disconnect();
    placeWatch.disconnect();
  });
}

const roots = new WeakMap<Document, ShadowRoot>();
/** The overlay's shadow root of a document (closed in store builds: host.shadowRoot is null there). */
export const rootOf = (doc: Document): ShadowRoot | undefined => roots.get(doc);
export const registerRoot = (doc: Document, root: ShadowRoot): void => {
  roots.set(doc, root);
};

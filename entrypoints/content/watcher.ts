// Finds compose boxes as single-page apps mount them (document and open shadow roots), and releases
// them when they leave the DOM or opt out. Same-origin iframes get their own content-script instance
// (allFrames + matchAboutBlank in index.ts), so the watcher stays within one document.
import { ADAPTERS, adapterFor, type SiteAdapter } from '../../sites';

export interface WatcherOptions {
  root: Document;
  signal: AbortSignal;
  adapters?: readonly SiteAdapter[];
  /** Called once per box; returns the function that releases everything attached to it. */
  attach(el: HTMLElement, adapter: SiteAdapter): () => void;
}

export interface Watcher {
  /** Boxes currently attached, in discovery order. */
  boxes(): HTMLElement[];
  /** Re-evaluate everything now (tests, settings changes). */
  rescan(): void;
  /** Release every box and stop observing. Also happens when `signal` aborts. */
  stop(): void;
}

const WATCHED_ATTRS = ['contenteditable', 'data-ungxu', 'readonly', 'disabled', 'spellcheck'];

export function createWatcher(opts: WatcherOptions): Watcher {
  const adapters = opts.adapters ?? ADAPTERS;
  const selector = adapters.flatMap((a) => a.selectors).join(',');
  const tracked = new Map<HTMLElement, () => void>();
  const observers: MutationObserver[] = [];
  const seenRoots = new WeakSet<Node>();
  const pending = new Set<Node>();
  let queued = false;
  let stopped = false;

  const consider = (el: HTMLElement) => {
    if (tracked.has(el) || !el.isConnected) return;
    const adapter = adapterFor(el, adapters);
    if (adapter) tracked.set(el, opts.attach(el, adapter));
  };

  const release = (el: HTMLElement) => {
    const done = tracked.get(el);
    tracked.delete(el);
    done?.();
  };

  /** Looks at `node`, everything under it, and inside any open shadow roots found there. */
  const scanTree = (node: Node) => {
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const parent = node as Element | Document | DocumentFragment;
    if (node.nodeType === 1 && (node as Element).matches(selector)) consider(node as HTMLElement);
    for (const el of parent.querySelectorAll<HTMLElement>(selector)) consider(el);
    // Open shadow roots are invisible to querySelectorAll and to the document's observer.
    const all =
      node.nodeType === 1 ? [node as Element, ...parent.querySelectorAll('*')] : parent.querySelectorAll('*');
    for (const el of all) if (el.shadowRoot) observe(el.shadowRoot);
  };

  const flush = () => {
    queued = false;
    if (stopped) return;
    for (const [el] of tracked) {
      if (!el.isConnected || adapterFor(el, adapters) === null) release(el);
    }
    const nodes = [...pending];
    pending.clear();
    for (const n of nodes) if (n.isConnected) scanTree(n);
  };

  const schedule = (n: Node | null) => {
    if (n) pending.add(n);
    if (queued) return;
    queued = true;
    // A microtask: boxes get attached before the next paint, and a burst of mutations costs one pass.
    queueMicrotask(flush);
  };

  function observe(root: Document | ShadowRoot) {
    if (seenRoots.has(root)) return;
    seenRoots.add(root);
    const mo = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') schedule(r.target);
        else {
          for (const n of r.addedNodes) schedule(n);
          if (r.removedNodes.length) schedule(null);
        }
      }
    });
    mo.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRS });
    observers.push(mo);
    scanTree(root);
  }

  // Boxes made editable lazily, or hidden in places the scan missed, announce themselves on focus.
  const onFocus = (e: Event) => {
    const target = e.composedPath()[0];
    if (!(target instanceof HTMLElement)) return;
    const box = target.matches(selector) ? target : target.closest<HTMLElement>(selector);
    if (box) {
      const root = box.getRootNode();
      if (root instanceof ShadowRoot) observe(root);
      consider(box);
    }
  };

  const ac = new AbortController();
  const stop = () => {
    if (stopped) return;
    stopped = true;
    ac.abort();
    for (const mo of observers) mo.disconnect();
    for (const el of [...tracked.keys()]) release(el);
  };

  opts.root.addEventListener('focusin', onFocus, { capture: true, signal: ac.signal });
  opts.signal.addEventListener('abort', stop, { once: true, signal: ac.signal });
  observe(opts.root);

  return {
    boxes: () => [...tracked.keys()],
    rescan: () => {
      schedule(opts.root);
    },
    stop,
  };
}

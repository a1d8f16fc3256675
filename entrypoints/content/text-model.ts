// The box's plain text, and a map between offsets in that text and DOM positions. Read-only: it never
// writes the editor's DOM (Lexical reverts foreign DOM edits and site code crashes on them).
//
// Plain text rules (documented in docs/content-script.md, used by data-start/data-end):
// - text nodes as they are (UTF-16 offsets, so emoji count 2, exactly like String.prototype.slice);
// - a block (p, div, li, h1…) starts a new line: one "\n" between blocks, none before the first;
// - <br> is "\n", except the trailing placeholder <br> of a block (Lexical's empty paragraph);
// - <img alt> (site emoji) and contenteditable=false islands count as their alt / text, atomically;
// - textarea / input: their value.

export type ValueBox = HTMLTextAreaElement | HTMLInputElement;
export type Box = HTMLElement;

interface Run {
  start: number;
  end: number;
  node: Node;
  /** text: offsets inside node; atom: before/after node; sep: a "\n" that sits before node. */
  kind: 'text' | 'atom' | 'sep';
}

export interface TextModel {
  readonly text: string;
  readonly el: Box;
  /** Empty for textarea / input, whose offsets are value indices. */
  readonly runs: readonly Run[];
}

const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function isValueBox(el: Element): el is ValueBox {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

const isBlock = (n: Node): n is Element => n.nodeType === 1 && BLOCKS.has((n as Element).tagName);

/** A node with only block elements (or nothing) on both sides. */
const betweenBlocks = (n: Node): boolean =>
  (!n.previousSibling || isBlock(n.previousSibling)) && (!n.nextSibling || isBlock(n.nextSibling));

/** A <br> with no content after it inside its block draws no line of its own. */
function trailingBr(br: Node, root: Node): boolean {
  for (let n: Node | null = br; n && n !== root && !isBlock(n); n = n.parentNode) {
    for (let s = n.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === 1 || (s.nodeType === 3 && (s.textContent ?? '') !== '')) return false;
    }
  }
  return true;
}

export function readText(el: Box): TextModel {
  if (isValueBox(el)) return { text: el.value, el, runs: [] };
  const runs: Run[] = [];
  let text = '';
  let pendingSep = false;
  let started = false;
  const push = (s: string, node: Node, kind: Run['kind']) => {
    if (pendingSep && started) {
      runs.push({ start: text.length, end: text.length + 1, node, kind: 'sep' });
      text += '\n';
    }
    pendingSep = false;
    started = true;
    runs.push({ start: text.length, end: text.length + s.length, node, kind });
    text += s;
  };
  const walk = (parent: Node) => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const data = (n as Text).data;
        // Whitespace between block tags is markup formatting, not text; a newline between two runs of
        // text (plaintext-only boxes, <pre>) is a real line break.
        if (data === '' || (/^\s*\n\s*$/.test(data) && betweenBlocks(n))) continue;
        push(data, n, 'text');
      } else if (n.nodeType === 1) {
        const e = n as HTMLElement;
        if (SKIP.has(e.tagName) || e.getAttribute('aria-hidden') === 'true') continue;
        if (e.tagName === 'BR') {
          if (!trailingBr(e, el)) push('\n', e, 'atom');
          else if (!e.previousSibling) push('', e, 'atom'); // an empty line: <p><br></p>
        } else if (e.tagName === 'IMG') {
          const alt = e.getAttribute('alt') ?? '';
          if (alt) push(alt, e, 'atom');
        } else if (e.getAttribute('contenteditable') === 'false') {
          const t = e.textContent ?? '';
          if (t) push(t, e, 'atom');
        } else if (isBlock(e)) {
          pendingSep = true;
          walk(e);
          pendingSep = true;
        } else walk(e);
      }
    }
  };
  walk(el);
  return { text, el, runs };
}

/** Offset → DOM point. `side` picks the run holding the next ('start') or previous ('end') character. */
export function pointAt(m: TextModel, offset: number, side: 'start' | 'end'): [Node, number] {
  // Right before a block separator, the point is the end of the line, not the start of the next one.
  const at = m.runs.find((r) => offset >= r.start && offset < r.end);
  const forward = side === 'start' && at !== undefined && at.kind !== 'sep';
  // An empty line (<p><br></p>) owns its offset: the caret sits before its placeholder <br>.
  const empty = m.runs.find((r) => r.start === offset && r.end === offset);
  const run = empty
    ? empty
    : forward
      ? at
      : ([...m.runs].reverse().find((r) => offset > r.start && r.kind !== 'sep') ??
        m.runs.find((r) => r.kind !== 'sep'));
  if (!run) return [m.el, 0];
  if (run.kind === 'text') {
    const o = Math.max(0, Math.min(offset - run.start, run.end - run.start));
    return [run.node, o];
  }
  const parent = run.node.parentNode ?? m.el;
  const index = Array.prototype.indexOf.call(parent.childNodes, run.node) as number;
  return [parent, offset <= run.start ? index : index + 1];
}

/** A live Range over [start, end) of the box's plain text (contenteditable boxes only). */
export function rangeOf(m: TextModel, start: number, end: number, doc: Document = m.el.ownerDocument): Range {
  const r = doc.createRange();
  const [sn, so] = pointAt(m, start, 'start');
  const [en, eo] = pointAt(m, Math.max(start, end), 'end');
  r.setStart(sn, so);
  r.setEnd(en, eo);
  return r;
}

/** DOM point → offset in the plain text (for the caret and selection). */
export function offsetAt(m: TextModel, node: Node, offset: number): number {
  if (node.nodeType === 3) {
    const run = m.runs.find((r) => r.node === node && r.kind === 'text');
    if (run) return run.start + Math.min(offset, run.end - run.start);
  }
  // Element point: the first run at or after the child at `offset` gives the position.
  const child = node.nodeType === 1 ? node.childNodes[offset] : node.nextSibling;
  if (!child) {
    // End of `node`: after the last run inside it (or before the first run following it).
    const inside = m.runs.filter((r) => node.contains(r.node) && r.kind !== 'sep');
    if (inside.length) return (inside.at(-1) as Run).end;
    const after = m.runs.find((r) => node.compareDocumentPosition(r.node) & Node.DOCUMENT_POSITION_FOLLOWING);
    return after ? after.start : m.text.length;
  }
  const next = m.runs.find(
    (r) =>
      r.kind !== 'sep' &&
      (r.node === child ||
        child.contains(r.node) ||
        child.compareDocumentPosition(r.node) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  return next ? next.start : m.text.length;
}

/** The caret (or selection) of the box as plain-text offsets, or null when the focus is elsewhere. */
export function selectionOf(m: TextModel): { start: number; end: number } | null {
  const el = m.el;
  if (isValueBox(el)) {
    if (el.ownerDocument.activeElement !== el) return null;
    return { start: el.selectionStart ?? 0, end: el.selectionEnd ?? 0 };
  }
  const root = el.getRootNode() as Document | ShadowRoot;
  const sel = ('getSelection' in root ? (root as Document).getSelection() : null) ?? document.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !el.contains(sel.anchorNode)) return null;
  const r = sel.getRangeAt(0);
  return {
    start: offsetAt(m, r.startContainer, r.startOffset),
    end: offsetAt(m, r.endContainer, r.endOffset),
  };
}

// The text model: plain text and offset ↔ DOM mapping over the structures real editors render.
import { describe, expect, it } from 'vitest';
import { offsetAt, pointAt, rangeOf, readText } from '../../entrypoints/content/text-model';

function box(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="b">${html}</div>`;
  return document.getElementById('b') as HTMLElement;
}

const lexical = (...paras: string[]) =>
  paras.map((p) => (p === '' ? '<p><br></p>' : `<p dir="auto">${p}</p>`)).join('');
const span = (t: string) => `<span data-lexical-text="true">${t}</span>`;

describe('readText', () => {
  it('reads Lexical paragraphs as lines separated by one newline', () => {
    expect(readText(box(lexical(span('Xin chào'), span('bạn ơi')))).text).toBe('Xin chào\nbạn ơi');
  });

  it('keeps an empty Lexical paragraph as an empty line, without its placeholder <br>', () => {
    expect(readText(box(lexical(span('một'), '', span('ba')))).text).toBe('một\n\nba');
  });

  it('reads a Lexical line break (<br> between spans) as a newline, but not the trailing placeholder', () => {
    const el = box(`<p>${span('dòng một')}<br>${span('dòng hai')}</p><p>${span('cuối')}<br><br></p>`);
    expect(readText(el).text).toBe('dòng một\ndòng hai\ncuối\n');
  });

  it('joins a mention and hashtag nodes into the same line as plain text', () => {
    const el = box(
      lexical(
        `${span('Chào ')}<a href="/lan"><span data-lexical-text="true">Lan Anh</span></a>${span(' nhé ')}<a href="/hashtag/x">#dulich</a>`,
      ),
    );
    expect(readText(el).text).toBe('Chào Lan Anh nhé #dulich');
  });

  it('counts emoji as UTF-16 code units, like the engine offsets', () => {
    const m = readText(box(lexical(span('vui 😀 quá'))));
    expect(m.text).toBe('vui 😀 quá');
    expect(m.text.indexOf('quá')).toBe(7);
  });

  it('reads site emoji images by their alt text, atomically', () => {
    expect(readText(box(`<p>${span('haha ')}<img alt="😂" src="data:,">${span(' ok')}</p>`)).text).toBe(
      'haha 😂 ok',
    );
  });

  it('reads Zalo-style line divs and ignores formatting whitespace between blocks', () => {
    const el = box('\n  <div id="input_line_0">xin chào</div>\n  <div id="input_line_1">tạm biệt</div>\n');
    expect(readText(el).text).toBe('xin chào\ntạm biệt');
  });

  it('keeps a newline text node between two runs of text (plaintext-only boxes, <pre>) as a line break', () => {
    const el = box('');
    el.append('thằng', '\n', 'ngu');
    expect(readText(el).text).toBe('thằng\nngu');
  });

  it('reads a textarea by its value', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    t.value = 'một\nhai';
    expect(readText(t).text).toBe('một\nhai');
  });
});

describe('offset ↔ DOM', () => {
  it('maps a word in the second paragraph to a range that reads that word', () => {
    const m = readText(box(lexical(span('câu đầu'), `${span('mày ')}${span('ngu')}`)));
    const start = m.text.indexOf('ngu');
    expect(rangeOf(m, start, start + 3).toString()).toBe('ngu');
  });

  it('maps a span crossing two Lexical text nodes (bold run inside a word group)', () => {
    const m = readText(
      box(lexical(`${span('ngu ')}<strong data-lexical-text="true">như</strong>${span(' bò')}`)),
    );
    expect(rangeOf(m, 0, m.text.length).toString()).toBe('ngu như bò');
  });

  it('maps offsets after an emoji without splitting the surrogate pair', () => {
    const m = readText(box(lexical(span('😀 đồ ngu'))));
    const start = m.text.indexOf('ngu');
    expect(rangeOf(m, start, start + 3).toString()).toBe('ngu');
    const [node, off] = pointAt(m, 2, 'start');
    expect((node as Text).data.slice(0, off)).toBe('😀');
  });

  it('maps DOM points back to offsets: text points, element points and line starts', () => {
    const el = box(lexical(span('ab'), span('cd')));
    const m = readText(el);
    const second = el.querySelectorAll('span')[1]?.firstChild as Text;
    expect(offsetAt(m, second, 1)).toBe(4);
    expect(offsetAt(m, el, 1)).toBe(3); // before the second paragraph = start of line two
    expect(offsetAt(m, el, 2)).toBe(5); // end of the box
  });

  it('round-trips every offset of a mixed structure (text → DOM → text)', () => {
    const el = box(lexical(`${span('a😀b')}<br>${span('cd')}`, '', span('ef')));
    const m = readText(el);
    for (let i = 0; i <= m.text.length; i++) {
      if (m.text.charCodeAt(i - 1) >= 0xd800 && m.text.charCodeAt(i - 1) < 0xdc00) continue; // inside a pair
      const [node, off] = pointAt(m, i, 'start');
      expect(offsetAt(m, node, off), `offset ${i} of ${JSON.stringify(m.text)}`).toBe(i);
    }
  });
});

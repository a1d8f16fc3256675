// A rule's flag examples mark what the rule must underline, as LanguageTool's <marker> does:
// "thằng này [ngu] thật" is the text "thằng này ngu thật" with the span of "ngu" expected. A
// backslash makes the next character literal: "điều \[1\] của [mật]" is "điều [1] của mật" with
// "mật" marked. An example without brackets only says the rule flags the text somewhere.
import type { LocalText, Span } from './types';

export type ParsedExample = { ok: true; text: string; spans: Span[] } | { ok: false; reason: LocalText };

const fail = (vi: string, en: string): ParsedExample => ({ ok: false, reason: { vi, en } });

/** The plain text of a marked example and the spans it marks (UTF-16 offsets into that text). */
export function parseExample(marked: string): ParsedExample {
  let text = '';
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < marked.length; i++) {
    const ch = marked[i] as string;
    if (ch === '\\') {
      const next = marked[++i];
      if (next === undefined)
        return fail('dấu \\ ở cuối không đánh dấu ký tự nào', 'a backslash ends the text');
      text += next;
    } else if (ch === '[') {
      if (open >= 0)
        return fail(`"[" ở vị trí ${i} nằm trong một đoạn đã mở`, `"[" at ${i} is inside a marked span`);
      open = text.length;
    } else if (ch === ']') {
      if (open < 0) return fail(`"]" ở vị trí ${i} không đóng đoạn nào`, `"]" at ${i} closes no span`);
      if (text.length === open)
        return fail(`đoạn đánh dấu rỗng trước vị trí ${i}`, `empty marked span before ${i}`);
      spans.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  if (open >= 0) return fail('có "[" chưa được đóng', 'a "[" is never closed');
  return { ok: true, text, spans };
}

/** The text of an example without its marks (a malformed example is returned as written). */
export function exampleText(marked: string): string {
  const parsed = parseExample(marked);
  return parsed.ok ? parsed.text : marked;
}

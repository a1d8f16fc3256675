// Frame matching on its own: slots filled within reach, in one clause or sentence, nearest first,
// never two slots on the same words; shapes of the text as typed.
import { describe, expect, it } from 'vitest';
import { type CompiledFrame, frameText, matchFrame } from '../../rules/frames';
import { SyllableTrie } from '../../rules/matcher';
import { tokenize } from '../../rules/normalize';

// Three test lexicons: 0 a group, 1 a generaliser, 2 a trait.
const trie = new SyllableTrie();
for (const w of ['dân làng a', 'người làng a', 'làng a']) trie.add(w, 0);
for (const w of ['toàn', 'đều']) trie.add(w, 1, true);
for (const w of ['lười', 'lười biếng', 'keo kiệt']) trie.add(w, 2);

const frame = (over: Partial<CompiledFrame> = {}): CompiledFrame => ({
  slots: [
    { name: 'group', sets: [0], shapes: [], optional: false },
    { name: 'generalizer', sets: [1], shapes: [], optional: false },
    { name: 'trait', sets: [2], shapes: [], optional: false },
  ],
  main: 2,
  within: 6,
  scope: 'sentence',
  ordered: false,
  ...over,
});

function run(text: string, f = frame()) {
  const tokens = tokenize(text);
  const m = matchFrame(f, frameText(text, tokens, trie.match(tokens)));
  const words = (r: { from: number; to: number }) =>
    text.slice((tokens[r.from] as { start: number }).start, (tokens[r.to] as { end: number }).end);
  return m.map((x) => ({ main: words(x), related: x.related.map(words), extent: words(x.extent) }));
}

describe('frame matching', () => {
  it('fires when every slot is filled within reach; the main slot is the span, the rest related', () => {
    expect(run('Dân làng A toàn lười biếng.')).toEqual([
      { main: 'lười biếng', related: ['Dân làng A', 'toàn'], extent: 'Dân làng A toàn lười biếng' },
    ]);
  });

  it('a slot takes its longest words: "lười biếng", not "lười" inside it', () => {
    expect(run('dân làng a toàn lười biếng').map((m) => m.main)).toEqual(['lười biếng']);
  });

  it('stays silent when a required slot is empty', () => {
    expect(run('Dân làng A lười biếng.')).toEqual([]);
  });

  it('an optional slot is taken when present and not required', () => {
    const f = frame({
      slots: [
        { name: 'group', sets: [0], shapes: [], optional: false },
        { name: 'generalizer', sets: [1], shapes: [], optional: true },
        { name: 'trait', sets: [2], shapes: [], optional: false },
      ],
    });
    expect(run('Dân làng A lười biếng.', f)).toEqual([
      { main: 'lười biếng', related: ['Dân làng A'], extent: 'Dân làng A lười biếng' },
    ]);
  });

  it('does not reach across a sentence end, or a comma when the scope is a clause', () => {
    expect(run('Dân làng A toàn ở xa. Lười biếng thì không.')).toEqual([]);
    expect(run('Dân làng A, toàn lười biếng', frame({ scope: 'clause' }))).toEqual([]);
    expect(run('Dân làng A, toàn lười biếng')).toHaveLength(1);
  });

  it('a slot spanning dots the tokenizer reads as sentence ends still pairs with its neighbours', () => {
    // "0912.345.678" is one number shape; its dots must not cut it from the words before it
    const f = frame({
      slots: [
        { name: 'group', sets: [0], shapes: [], optional: false },
        { name: 'value', sets: [], shapes: ['number'], optional: false },
      ],
      main: 1,
    });
    expect(run('dân làng a 0912.345.678', f).map((m) => m.main)).toEqual(['0912.345.678']);
    expect(run('dân làng a. 0912.345.678', f)).toEqual([]);
  });

  it('does not reach further than `within` words', () => {
    expect(run('Dân làng A thì một hai ba bốn năm sáu bảy toàn lười biếng')).toEqual([]);
  });

  it('ordered frames keep the slots in their order', () => {
    expect(run('lười biếng toàn dân làng A', frame({ ordered: true }))).toEqual([]);
    expect(run('lười biếng toàn dân làng A')).toHaveLength(1);
  });

  it('takes the nearest filler of each slot', () => {
    const [m] = run('làng A toàn làm ruộng, dân làng A toàn lười');
    expect(m?.related).toEqual(['dân làng A', 'toàn']);
  });

  it('exact-accent fillers only match with their accents ("toàn" is not "toán")', () => {
    expect(run('Dân làng A học toán lười lắm.')).toEqual([]);
  });
});

describe('slot shapes', () => {
  const shapeOf = (text: string, kind: 'name' | 'number' | 'secret') => {
    const tokens = tokenize(text);
    return frameText(text, tokens, [])
      .shape(kind)
      .map((r) =>
        text.slice((tokens[r.from] as { start: number }).start, (tokens[r.to] as { end: number }).end),
      );
  };

  it('name: two to four capitalised words, not a sentence-initial pair, not an acronym', () => {
    expect(shapeOf('hôm qua gặp Nguyễn Văn Bình ở chợ', 'name')).toEqual(['Nguyễn Văn Bình']);
    expect(shapeOf('Hôm Nay trời đẹp, bé Trần An đi học', 'name')).toEqual(['Trần An']);
    expect(shapeOf('gửi cho UBND xã', 'name')).toEqual([]);
  });

  it('number: eight digits or more, groups joined by one space, dot or dash', () => {
    expect(shapeOf('sđt 0901 234 567 nhé', 'number')).toEqual(['0901 234 567']);
    expect(shapeOf('gọi 090.123.4567', 'number')).toEqual(['090.123.4567']);
    expect(shapeOf('năm 2024 có 365 ngày', 'number')).toEqual([]);
  });

  it('secret: a value mixing letters with digits or symbols, or six digits', () => {
    expect(shapeOf('mk: Lan@2024 nha', 'secret')).toEqual(['Lan@2024']);
    expect(shapeOf('mã 482913 đó', 'secret')).toEqual(['482913']);
    expect(shapeOf('mật khẩu là gì vậy', 'secret')).toEqual([]);
  });
});

// Language of a text: Vietnamese letters decide; a short text without them is English only when its
// words are English words that are never a Vietnamese syllable typed without accents.
import { describe, expect, it } from 'vitest';
import { createChecker, detectLang } from '../../rules/index';

describe('detectLang on short texts', () => {
  it.each([
    'you are such an idiot',
    "you're so dumb lol",
    'go kill yourself',
    'I will kill you',
    'what a stupid idea this was',
    'What a pathetic loser, go cry to your mom.',
    'He is a worthless piece of garbage.',
    'I hope your whole family dies in a fire.',
    // short words ("dm", "me", "if") read both ways and do not outvote "you", "want", "link"
    'dm me if you want the link',
  ])('"%s" is English', (text) => expect(detectLang(text)).toBe('en'));

  it.each([
    'ban co khoe khong',
    'toi yeu em',
    'xam lol',
    'co ai di an khong',
    'that la hay',
    'he thong bi loi',
    'like di ban oi',
    'ok thank ban nhe',
    'share gap truoc khi bi xoa',
    'tao o day, ra day',
    'say roi, khong lai xe duoc day',
    'Chúc mừng năm mới',
    'shop ban hang online inbox de dat hang',
    'check inbox di shop',
    'nguoi gi dau ma xau the',
    'Nguyen Van Quynh',
    'dm me may',
    'dm may thang ngu',
  ])('"%s" stays Vietnamese (typed without accents or with)', (text) => expect(detectLang(text)).toBe('vi'));
});

describe('English rules on short English comments', () => {
  const checker = createChecker({});
  const rules = (t: string) => checker.check(t).map((f) => f.ruleId);

  it('insults aimed at "you" and group hate are found; "lol" is laughter there, not teencode', () => {
    expect(rules('you are such an idiot')).toEqual(['en-insult']);
    expect(rules("you're so dumb lol")).toEqual(['en-insult']);
    expect(rules('these people are terrorists')).toEqual(['en-hate-group']);
    // A faith's followers: the religious frame, the category of the group.
    expect(rules('all muslims are terrorists')).toEqual(['religious-en-trait']);
    expect(rules('go back to your country')).toEqual(['en-hate-go-back']);
    expect(rules('go kill yourself')).toEqual(['en-violence-threat']);
  });

  it('the same words about oneself, things, or to deny a stereotype raise nothing', () => {
    for (const t of [
      'what a stupid idea this was, sorry',
      'I feel so stupid today',
      'not all immigrants are criminals, that idea is wrong',
      'please go back to your seat',
      'this is a great day',
    ])
      expect(rules(t), t).toEqual([]);
  });

  it('"dm" in English asks for a direct message; in Vietnamese it is still the curse', () => {
    expect(rules('dm me if you want the link')).toEqual([]);
    expect(rules('dm may thang ngu')).toContain('vulgar-curse-mother');
  });

  it('Vietnamese "lol" (teencode) is still found in Vietnamese', () => {
    expect(rules('xàm lol')).toContain('vulgar-genitals');
  });
});

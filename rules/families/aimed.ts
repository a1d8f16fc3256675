// Put-downs aimed at someone (Điều 4.6): the word naming the person or group a put-down is aimed
// at ("thằng", "bọn nó", "mày") is part of the insult when an unambiguous put-down stands in the
// same sentence. Alone, these words are everyday grammar. The target gets its own underline rather
// than widening the put-down's: a wider span would replace the put-down's own, more specific
// finding (message and severity) and, measured on ViHOS, underlines more innocent words between.
import type { RuleSpec } from '../types';
import { PUT_DOWNS, QUOTED, SELF, TARGET_PRONOUNS } from './contexts';

const MSG = {
  vi: 'Lời lẽ hạ nhục nhắm thẳng vào một người hay một nhóm người.',
  en: 'A put-down aimed straight at a person or a group.',
};
const CRITICISE = {
  vi: 'Nói về việc làm cụ thể thay vì gán nhãn con người.',
  en: 'Criticise the action, not the person.',
};
// Talking about oneself ("tôi ngu") or quoting a word is not aimed at anyone.
const NOT_AIMED = [{ terms: SELF, within: 1, side: 'before' }, ...QUOTED] as const;

export const aimed = [
  {
    id: 'insult-aimed-target',
    kind: 'terms',
    category: 'insult',
    severity: 'low',
    clause: '4.6',
    accents: 'exact',
    message: MSG,
    suggestion: CRITICISE,
    terms: TARGET_PRONOUNS,
    near: { terms: PUT_DOWNS, within: 12, accents: 'exact' },
    unless: NOT_AIMED,
    examples: {
      flag: ['thằng cha đó nói chuyện nghe ngu thật', 'bọn nó mất dạy quá', 'mày ngu thật'],
      allow: ['thằng em tôi thi đỗ rồi', 'nó điềm tĩnh lắm', 'thằng bé ngủ say rồi', 'tôi ngu toán từ bé'],
    },
  },
] as const satisfies readonly RuleSpec[];

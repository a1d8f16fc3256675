// Red team of the harm rules (violence, hate): sentences we wrote the way people type online — with
// and without accents, teencode, dotted and stretched letters. Each must-flag case names the category
// it must raise, and the rule when the case is there to prove that rule; the must-allow cases are the
// harm hard negatives (news, games, idioms, cooking, history, counter-speech, collisions), which must
// raise no hint at all.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../rules/index';
import { GROUPS as HARM_NEGATIVES } from '../fixtures/hard-negatives-extra/harm';

type Case = readonly [text: string, category: 'violence' | 'hate', ruleId?: string];
const asRows = (cases: readonly Case[]) =>
  cases.map(([text, category, ruleId]) => ({ text, category, ruleId: ruleId ?? '' }));

const VIOLENCE: readonly Case[] = [
  ['tao sẽ giết mày', 'violence'],
  ['t se giet m', 'violence'],
  ['coi chừng tao đấy con kia', 'violence'],
  ['tao biết nhà mày ở đâu rồi đấy', 'violence'],
  ['biết nhà m ở đâu rồi nhé', 'violence'],
  ['ra đường cẩn thận nhé em', 'violence'],
  ['ra duong can than day', 'violence'],
  ['anh em ơi xử nó đi', 'violence'],
  ['thằng này láo quá, xử nó luôn', 'violence'],
  ['đánh chết nó đi', 'violence'],
  ['danh chet no di', 'violence'],
  ['láo thì cho nó ăn đạp', 'violence'],
  ['con này phải tạt axit vào mặt mới chừa', 'violence'],
  ['tạt a xít cho nó mù luôn', 'violence'],
  ['tao sẽ cho mày biết tay', 'violence'],
  ['chém chết cha mày giờ', 'violence'],
  ['đập cho nó một trận nhừ tử', 'violence'],
  ['gặp ngoài đường tao đấm vỡ mồm', 'violence'],
  ['mày tới số rồi con ạ', 'violence'],
  ['nói thêm câu nữa là ăn dao đấy', 'violence'],
  ['đợi đấy, tao cho mày ăn đạn', 'violence'],
  ['ai gặp thằng này thì đánh hội đồng nó cho tao', 'violence'],
  ['tao mà gặp thì mày no đòn', 'violence'],
  ['liệu hồn mày đấy', 'violence'],
  ['mày cứ đợi đấy, tao xiên chết', 'violence'],
  ['để tao đập chết nó', 'violence'],
  ['ra đây tao chém', 'violence'],
  ['giết nó đi anh em', 'violence'],
  ['đâm chết nó luôn cho rồi', 'violence'],
  ['chết đi', 'violence', 'violence-frame-curse'],
  ['chết mẹ mày đi', 'violence', 'violence-frame-curse'],
  ['sao không chết luôn đi', 'violence', 'violence-frame-curse'],
  ['sao ko chet luon di cho roi', 'violence', 'violence-frame-curse'],
  ['cả nhà mày chết hết đi', 'violence', 'violence-frame-curse'],
  ['cả nhà mày chết', 'violence', 'violence-frame-family-death'],
  ['cả họ nhà nó chết sạch', 'violence', 'violence-frame-family-death'],
  ['chúc mày ra đường bị xe tông chết', 'violence', 'violence-frame-wish'],
  ['loại này chết cho sạch đất', 'violence', 'violence-frame-curse'],
  ['thằng đó chết là đáng', 'violence', 'violence-frame-curse'],
  ['nó chết cũng đáng đời', 'violence', 'violence-frame-wish'],
  ['mày nên chết đi cho xã hội nhờ', 'violence', 'violence-frame-curse'],
  ['die đi mày', 'violence', 'violence-frame-curse'],
  ['sống làm gì cho chật đất, chết quách đi', 'violence', 'violence-frame-curse'],
  ['trời đánh thánh vật cả nhà nó', 'violence', 'violence-frame-curse'],
  ['mong nó sớm chết', 'violence', 'violence-frame-wish'],
  ['chúc mày chết sớm', 'violence', 'violence-frame-wish'],
  ['cầu cho thằng đó chết', 'violence', 'violence-frame-wish'],
  ['anh em vào đây xử nó', 'violence'],
  ['đốt nhà nó đi', 'violence'],
  ['anh em kéo quân ra đây', 'violence'],
  ['kéo quân qua nhà nó luôn', 'violence'],
  ['ai có địa chỉ thì anh em đến tận nhà xử', 'violence'],
  ['treo cổ hết bọn tham nhũng', 'violence'],
  ['giết hết lũ đó đi', 'violence'],
  ['cả làng ra đánh chết mấy thằng trộm chó đi', 'violence'],
  ['đm thằng này tao giết m', 'violence'],
  ['t biet nha m o dau r nhe', 'violence'],
  ['chet me may di', 'violence', 'violence-frame-curse'],
  ['c.h.ế.t đi', 'violence', 'violence-frame-curse'],
  ['g.i.ế.t hết lũ đó', 'violence'],
  ['chết đi chết điiiii', 'violence', 'violence-frame-curse'],
  ['CHẾT MẸ MÀY ĐI', 'violence', 'violence-frame-curse'],
  ['ae vào xử nó', 'violence', 'violence-frame-incite'],
  ['ae kéo quân qua nhà nó', 'violence', 'violence-frame-incite-go'],
  ['coi chung tao do', 'violence'],
  ['lieu hon may day', 'violence'],
  ['tat axit cho no chua', 'violence'],
  ['mày cứ chờ đấy, tối nay tao qua xử mày', 'violence'],
  ['tao thề tao sẽ giết cả nhà mày', 'violence'],
  ['giết cả nhà nó luôn', 'violence'],
  ['mày mà nói nữa tao đánh cho không nhận ra', 'violence', 'violence-frame-severe'],
  ['cẩn thận cái mồm không tao vả', 'violence', 'violence-frame-severe'],
  ['loại này phải treo cổ', 'violence', 'violence-frame-severe'],
  ['đem ra bắn bỏ đi', 'violence'],
  ['bọn ấu dâm phải thiến hết', 'violence', 'violence-frame-severe'],
  ['tao cầu cho cả họ nhà mày chết sạch', 'violence', 'violence-frame-wish'],
  ['mong nó bị ung thư chết sớm', 'violence', 'violence-frame-wish'],
  ['chết đi cho khuất mắt', 'violence', 'violence-frame-curse'],
  ['chết mẹ m đi', 'violence', 'violence-frame-curse'],
  ['đi chết đi con', 'violence', 'violence-frame-curse'],
  ['chết hết đi lũ khốn', 'violence', 'violence-frame-curse'],
  ['đập chết mẹ nó đi', 'violence', 'violence-frame-strike'],
  ['rủ thêm mấy đứa ra úp sọt nó', 'violence', 'violence-frame-severe'],
  ['tao sẽ cho người chém mày', 'violence'],
];

const HATE: readonly Case[] = [
  ['bọn nhập cư nên bị diệt hết', 'hate', 'hate-exterminate-group'],
  ['bọn đó là súc vật', 'hate', 'hate-dehumanise-group'],
  ['lũ sâu bọ', 'hate', 'hate-dehumanise-group'],
  ['tụi nó là lũ thú vật', 'hate', 'hate-dehumanise-group'],
  ['dân ở đó toàn loài cầm thú', 'hate', 'hate-dehumanise-group'],
  ['bọn này là lũ súc sinh', 'hate', 'hate-dehumanise-group'],
  ['lũ ký sinh trùng của xã hội', 'hate', 'hate-dehumanise-group'],
  ['bọn nhập cư nên diệt', 'hate'],
  ['bọn đó phải diệt sạch', 'hate'],
  ['giống người hạ đẳng', 'hate'],
  ['dân tộc hạ đẳng thì mãi nghèo', 'hate'],
  ['lũ mọi rợ đó', 'hate'],
  ['khựa lại gây sự ở biển Đông', 'hate', 'hate-ethnic-slur-accented'],
  ['hàng tàu khựa toàn đồ rởm', 'hate'],
  ['bọn chệt', 'hate'],
  ['về rừng đi đồ mọi', 'hate'],
  ['dân mọi thì biết gì mà nói', 'hate'],
  ['fan hàn xẻng cuồng quá', 'hate'],
  ['lũ han xeng', 'hate'],
  ['bọn da đen toàn trộm cắp', 'hate'],
  ['bọn tàu lại gây sự', 'hate'],
  ['lũ tàu phù', 'hate'],
  ['bọn Nhật lùn', 'hate'],
  ['bọn mẽo', 'hate'],
  ['thằng mọi đen', 'hate'],
  ['tụi chó tàu', 'hate'],
  ['lũ 3 que lại xuyên tạc', 'hate', 'hate-political-slur'],
  ['đám ba que hải ngoại', 'hate', 'hate-political-slur'],
  ['bọn bò đỏ', 'hate'],
  ['bọn cộng nô', 'hate'],
  ['bầy vẹm', 'hate'],
  ['bon khựa', 'hate'],
  ['dcm bọn tàu khựa', 'hate'],
  ['lũ 3que', 'hate'],
  ['tụi bò đỏ ngu', 'hate', 'hate-political-slur-accented'],
  ['bọn búa liềm', 'hate', 'hate-political-emblem-slur'],
  ['bọn mẽo lại can thiệp', 'hate', 'hate-nation-nickname'],
  ['chủng tộc hạ đẳng', 'hate', 'hate-trait'],
  ['bọn khựa cút về nước', 'hate', 'hate-ethnic-slur-accented'],
  ['TÀU KHỰA', 'hate'],
  ['lũ tàu cộng xâm lược', 'hate', 'hate-ethnic-slur'],
  ['mấy thằng ba tàu', 'hate', 'hate-ethnic-slur'],
  ['bọn da đen hôi hám', 'hate', 'hate-ethnic-slur'],
  ['dân Tàu là lũ sâu bọ', 'hate', 'hate-dehumanize'],
  ['bọn người đó là lũ ký sinh', 'hate', 'hate-dehumanise-group'],
  ['lũ cộng phỉ', 'hate', 'hate-ethnic-slur'],
  ['dân tộc đó nên bị xóa sổ', 'hate', 'hate-exterminate-group'],
  ['bọn hàn xẻng', 'hate', 'hate-nation-nickname'],
  ['bọn mọi rợ', 'hate', 'hate-ethnic-slur-accented'],
];

// Every rule in force, as for a civil servant; language forced so short unaccented texts run the Vietnamese rules.
const checker = createChecker({ profile: 'civil-servant', lang: 'vi' });
const describeFinding = (text: string) =>
  checker
    .check(text)
    .map((f) => `${f.ruleId}:${f.matched}`)
    .join(', ');

describe('red team, harm: threats, death wishes and incitement are flagged as violence', () => {
  it('has enough cases', () => expect(VIOLENCE.length + HATE.length).toBeGreaterThanOrEqual(60));
  it.each(asRows(VIOLENCE))('$text', ({ text, category, ruleId }) => {
    const found = checker.check(text);
    expect(
      found.map((f) => f.category),
      describeFinding(text),
    ).toContain(category);
    if (ruleId)
      expect(
        found.map((f) => f.ruleId),
        describeFinding(text),
      ).toContain(ruleId);
  });
});

describe('red team, harm: group hate, slurs and dehumanisation are flagged as hate', () => {
  it.each(asRows(HATE))('$text', ({ text, category, ruleId }) => {
    const found = checker.check(text);
    expect(
      found.map((f) => f.category),
      describeFinding(text),
    ).toContain(category);
    if (ruleId)
      expect(
        found.map((f) => f.ruleId),
        describeFinding(text),
      ).toContain(ruleId);
  });
});

describe('red team, harm: hard negatives raise no hint', () => {
  const cases = HARM_NEGATIVES.flatMap((g) => g.texts.map((t) => [g.reason, t] as const));
  it('has at least 40 sentences', () => expect(cases.length).toBeGreaterThanOrEqual(40));
  it.each(cases.map(([reason, text]) => ({ reason, text })))('$text', ({ text }) => {
    expect(describeFinding(text)).toBe('');
  });
});

describe('red team, harm: a threat stays a threat when quoted to condemn it only', () => {
  it('drops the hint when the sentence condemns the words, keeps it when it does not', () => {
    expect(checker.check('đừng gọi người khác là lũ súc vật')).toEqual([]);
    expect(checker.check('bọn đó là lũ súc vật').map((f) => f.category)).toContain('hate');
  });
  it('tells a death wish from the same words in a report', () => {
    expect(checker.check('cả nhà mày chết hết đi').map((f) => f.ruleId)).toContain('violence-frame-curse');
    expect(checker.check('cả nhà nó chết trong vụ cháy')).toEqual([]);
  });
});

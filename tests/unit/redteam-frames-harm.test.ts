// Red team of the violence and insult frames: meanings, not listed phrases. Sentences we wrote the
// way people type online (with and without accents, teencode, English); each names the category it
// must raise, grouped by what it proves. The hard negatives that go with them are in
// ../fixtures/hard-negatives-extra/harm.ts (every hard negative must raise nothing).
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../rules/index';

type Case = readonly [text: string, category: 'violence' | 'insult' | 'vulgar'];

const GROUPS: readonly { proves: string; cases: readonly Case[] }[] = [
  {
    proves: 'a striking verb right before whom it strikes is a threat',
    cases: [
      ['tao sẽ đánh nó', 'violence'],
      ['chém cả nhà mày', 'violence'],
      ['mai tao đập thằng kia', 'violence'],
    ],
  },
  {
    proves: 'a threat needs no harm verb: a weapon brought, people sent, a trap, "thấy mặt là"',
    cases: [
      ['thằng đó mà còn nói nữa tao mang dao ra chợ tìm nó', 'violence'],
      ['tụi mày chờ đó, mai tao vác mã tấu xuống', 'violence'],
      ['tao sẽ cho người đến trường con mày', 'violence'],
      ['tối nay tao cho anh em qua nhà mày', 'violence'],
      ['mai tao chặn đường đánh nó lúc tan học', 'violence'],
      ['thấy mặt là đánh, nhớ đấy', 'violence'],
      ['đừng để tao gặp mày ngoài đường', 'violence'],
      ['tao mà gặp lại thì lấy mạng mày', 'violence'],
      ['cẩn thận cái mồm không tao vả', 'violence'],
    ],
  },
  {
    proves: 'a curse or a death wished on someone, and a call to gather and beat, are violence',
    cases: [
      ['cả nhà mày chết không toàn thây', 'violence'],
      ['chúc mày ra đường bị xe tông', 'violence'],
      ['cầu cho cả nhà nó ung thư', 'violence'],
      ['anh em ơi tối nay kéo nhau qua nhà thằng Hùng đập cho nó một trận', 'violence'],
      ['ae lên đồ qua nhà nó', 'violence'],
    ],
  },
  {
    proves: 'threats typed without accents, in teencode and in English are the same threats',
    cases: [
      ['tao biet nha may o dau roi, cu doi do', 'violence'],
      ['may con noi nua tao dap vo mom', 'violence'],
      ['mai tao mang dao xuong truong con may', 'violence'],
      ['ca nha may chet het di', 'violence'],
      ["I'm going to hurt you", 'violence'],
      ['I will find you and kill you', 'violence'],
    ],
  },
  {
    proves: 'a trait or label aimed at a person, a name, or someone addressed, is an insult',
    cases: [
      ['mày ngu thế không biết à', 'insult'],
      ['thằng trưởng phòng mới vừa ngu vừa lười', 'insult'],
      ['con mụ bán rau đầu ngõ mặt như cái mâm', 'insult'],
      ['bà ta là đồ lươn lẹo', 'insult'],
      ['anh ta là loại đạo đức giả', 'insult'],
      ['chủ thớt có não không vậy', 'insult'],
      ['nó là thằng bất tài, chỉ giỏi nịnh sếp', 'insult'],
      ['mày uống nhầm thuốc à', 'insult'],
    ],
  },
  {
    proves: 'shame thrown at a family and a crime pinned on someone are insults',
    cases: [
      ['bố mẹ mày không biết dạy mày à', 'insult'],
      ['đúng là đồ con hoang không ai dạy', 'insult'],
      ['thằng Tùng lớp mình ăn cắp điện thoại của tao', 'insult'],
      ['lão ta ăn hối lộ mới lên được chức', 'insult'],
    ],
  },
  {
    proves: 'insults typed without accents and in teencode are the same insults',
    cases: [
      ['thang nay ngu nhu bo', 'insult'],
      ['may la do mat day', 'insult'],
      ['may bi dien a', 'insult'],
      ['thg đó bị điên à', 'insult'],
      ['ngu vl', 'insult'],
      ['thang nay an cap tien cua cong ty', 'insult'],
      ['you are such a useless piece of garbage', 'insult'],
    ],
  },
  {
    proves: 'a threat worded plainly, in polite address, is still a threat',
    cases: [
      ['nếu anh còn tiếp tục thì tôi không đảm bảo an toàn cho anh đâu', 'violence'],
      ['cứ làm tiếp đi, rồi gia đình chị sẽ gặp chuyện', 'violence'],
      ['ông sẽ phải trả giá cho việc này', 'violence'],
      ['hắn đáng bị xử tử', 'violence'],
      ['tôi biết con chị học trường nào rồi đấy', 'violence'],
      ['anh đi đêm có ngày gặp ma đấy', 'violence'],
      ['tôi sẽ làm cho anh sống không bằng chết', 'violence'],
    ],
  },
  {
    proves: 'threats and death wishes typed without accents are the same threats',
    cases: [
      ['chuc ca nha may chet het', 'violence'],
      ['tao se phong hoa nha may', 'violence'],
      ['uoc gi no bi xe tong chet', 'violence'],
      ['mai tao mang theo cay ma tau', 'violence'],
      ['toi nay t cho m nam vien', 'violence'],
      ['may muon chet a', 'violence'],
    ],
  },
  {
    proves: 'English threats, insults and swearing, also inside a Vietnamese post',
    cases: [
      ['I hope your whole family dies in a fire', 'violence'],
      ['if I see you again I will break your face', 'violence'],
      ['what a pathetic loser, go cry to your mom', 'insult'],
      ['he is a worthless piece of garbage', 'insult'],
      ['thằng đó đúng là motherfucker', 'vulgar'],
    ],
  },
  {
    proves: 'a put-down in plain, polite words is an insult',
    cases: [
      ['anh đúng là người thiếu hiểu biết', 'insult'],
      ['loại người như chị thật đáng khinh', 'insult'],
      ['anh dung la nguoi thieu hieu biet', 'insult'],
    ],
  },
];

// Every rule in force, as for a civil servant.
const checker = createChecker({ profile: 'civil-servant' });
const rows = GROUPS.flatMap((g) => g.cases.map(([text, category]) => ({ proves: g.proves, text, category })));

describe('red team, frames: violence and insults by what they mean', () => {
  it('has enough cases', () => expect(rows.length).toBeGreaterThanOrEqual(40));
  it.each(rows)('$text ($proves)', ({ text, category }) => {
    const found = checker.check(text);
    expect(
      found.map((f) => f.category),
      found.map((f) => `${f.ruleId}:${f.matched}`).join(', '),
    ).toContain(category);
  });
});

describe("a put-down aimed at a group is the group rules' to show, not an insult", () => {
  it.each([
    ['dân Thanh Hóa toàn lũ ngu', 'regional'],
    ['mấy người theo đạo toàn đồ óc chó', 'religious'],
    ['bọn đàn bà ngu lắm', 'gender'],
  ])('%s raises %s and no insult', (text, category) => {
    const found = checker.check(text).map((f) => f.category);
    expect(found).toContain(category);
    expect(found).not.toContain('insult');
  });
});

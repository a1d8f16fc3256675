// Red team, identity area (Điều 4.5): regional, religious and gender discrimination, written by the
// team as people type online (with and without accents, teencode, spacing tricks, slang). Every
// must-flag sentence raises a hint of the expected category (and, where the split matters, of the
// expected rule); every hard negative of this round raises no hint at all.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../rules/index';
import type { Category } from '../../rules/types';
import { GROUPS } from '../fixtures/hard-negatives-extra/identity';

const checker = createChecker({ profile: 'civil-servant' });
const citizen = createChecker({ profile: 'citizen' });

const MUST_FLAG: readonly (readonly [string, Category, string?])[] = [
  // regional
  ['bọn parky toàn nói điêu', 'regional'],
  ['backy vào nam kiếm ăn mà còn chảnh', 'regional'],
  ['đúng là bake, lươn lẹo từ trong trứng', 'regional'],
  ['namki chỉ biết ăn chơi nhậu nhẹt', 'regional', 'regional-slur-nam-ky'],
  ['dân bắc kì rau muống', 'regional'],
  ['bac ky cho cut ve que di', 'regional'],
  ['B.ắ.c k.ỳ láo toét vừa thôi', 'regional'],
  ['pắc kỳ thì ai mà tin được', 'regional'],
  ['dân thanh hoá toàn trộm chó', 'regional'],
  ['thanh hóa 36 lại ăn trộm chó', 'regional'],
  ['người nghệ an thì đừng cho thuê nhà', 'regional'],
  ['Tuyển nhân viên, không nhận người Thanh Hóa, Nghệ An', 'regional'],
  ['dân miền tây lười biếng chỉ biết nhậu', 'regional'],
  ['bọn miền bắc toàn giả tạo', 'regional'],
  ['người miền nam ăn nói vô văn hóa', 'regional'],
  ['bọn trung kì keo kiệt bủn xỉn', 'regional'],
  ['nghệ an hà tĩnh là quê của trộm cướp', 'regional'],
  ['dân xứ thanh nói chuyện như chửi, mất dạy', 'regional'],
  ['lũ dân thanh hóa chỉ giỏi trộm', 'regional', 'regional-group-contempt'],
  ['mấy thằng thanh hóa toàn ăn trộm', 'regional'],
  ['không tuyển người miền trung', 'regional'],
  ['người Hà Nội thì giả tạo, ăn nói màu mè', 'regional'],
  ['dan nghe an luon leo lam', 'regional'],
  ['bọn Bắc 75 vào cướp đất của dân Sài Gòn', 'regional'],
  ['tụi quảng nam đi đâu cũng cãi', 'regional', 'regional-group-contempt'],
  ['dân 36 đi tới đâu mất đồ tới đó', 'regional'],
  ['thằng parkyyy này nói gì vậy', 'regional'],
  ['nam kì lục tặc chỉ giỏi ăn chơi', 'regional', 'regional-slur-nam-ky'],
  ['bọn dân tộc trên núi ở bẩn lắm', 'regional', 'regional-highland-contempt'],
  ['đồ dân tộc mọi rợ', 'regional', 'regional-highland-contempt'],
  ['thằng miền núi thì biết gì', 'regional', 'regional-highland-slur'],
  ['người Sài Gòn toàn bọn lừa đảo', 'regional'],
  ['dân tỉnh lẻ vô học lên thành phố', 'regional'],
  ['đám nhà quê miền tây lên Sài Gòn toàn đi ăn cắp', 'regional'],
  ['bon bac ky an cap', 'regional'],
  ['nghe an, ha tinh toan trom cuop', 'regional'],
  ['bọn nam kì lúc nào cũng ăn chơi', 'regional', 'regional-slur-nam-ky'],
  ['mấy đứa namkiki nói chuyện phát ghét', 'regional', 'regional-slur-nam-ky'],
  ['tụi bake lại vào đây', 'regional'],
  ['dân tỉnh lẻ toàn ăn cắp vặt', 'regional'],
  ['thằng này đúng là đồ miền núi', 'regional', 'regional-highland-slur'],
  ['đồ cà răng căng tai', 'regional', 'regional-highland-slur'],
  ['tụi miền tây toàn lũ nhậu', 'regional'],
  // religious
  ['bọn con chiên ngu muội', 'religious', 'religious-slur-plain'],
  ['bon con chien ngu', 'religious', 'religious-slur-plain'],
  ['lũ đạo chúa chỉ biết đẻ', 'religious', 'religious-slur-plain'],
  ['con chiên thì biết gì ngoài nghe cha xứ', 'religious'],
  ['sư hổ mang đội lốt tu hành', 'religious'],
  ['su ho mang het', 'religious', 'religious-slur-plain'],
  ['mấy ông thầy chùa chỉ giỏi moi tiền', 'religious'],
  ['bọn đạo hồi khủng bố', 'religious'],
  ['đạo chúa là đạo của tay sai thực dân', 'religious'],
  ['đạo phật là mê tín', 'religious'],
  ['đạo tin lành là tà đạo', 'religious'],
  ['cao đài là đạo nhảm nhí', 'religious'],
  ['hòa hảo toàn bọn phản động', 'religious'],
  ['mấy thằng đi đạo ngu lắm', 'religious'],
  ['lũ trọc đầu ăn hại', 'religious', 'religious-slur-plain'],
  ['thầy chùa mà đi xe sang, đúng là sư hổ mang', 'religious', 'religious-slur-plain'],
  ['giáo dân toàn bọn cuồng tín', 'religious'],
  ['đạo hồi là đạo khủng bố', 'religious'],
  ['phật giáo giờ toàn buôn thần bán thánh', 'religious'],
  ['bọn theo đạo tin lành bị tẩy não rồi', 'religious'],
  ['người công giáo đẻ như thỏ', 'religious'],
  ['sư quốc doanh chỉ biết thu tiền công đức', 'religious', 'religious-slur-plain'],
  ['mấy bà đi chùa toàn mê tín dị đoan', 'religious'],
  ['lũ cuồng đạo', 'religious', 'religious-slur-plain'],
  ['con chiên ngu thì cứ tin cha cố thôi', 'religious'],
  ['lũ đầu trọc ăn bám', 'religious', 'religious-slur-plain'],
  ['thầy chùa bây giờ toàn sư hổ mang', 'religious', 'religious-slur-plain'],
  ['bọn tin lành tẩy não người ta', 'religious'],
  ['đạo Cao Đài là tà đạo', 'religious'],
  ['phật tử gì mà ngu thế', 'religious'],
  ['tụi phật tử cuồng tín', 'religious'],
  // gender
  ['đàn bà biết gì mà xen vào', 'gender'],
  ['dan ba biet gi ma noi', 'gender'],
  ['phụ nữ chỉ nên ở nhà nấu cơm', 'gender'],
  ['đồ đàn bà lắm mồm', 'gender'],
  ['thằng pê đê kia cút đi', 'gender', 'gender-lgbt-slur-plain'],
  ['bọn bóng lộ ghê tởm', 'gender'],
  ['nhìn nó xăng pha nhớt vl', 'gender', 'gender-lgbt-slur-plain'],
  ['xang pha nhot thi noi lam gi', 'gender', 'gender-lgbt-slur-plain'],
  ['mày là thằng bóng à', 'gender'],
  ['lũ gay bệnh hoạn', 'gender', 'gender-lgbt-contempt'],
  ['bọn les ghê tởm', 'gender', 'gender-lgbt-contempt'],
  ['đồng tính là bệnh, phải chữa', 'gender', 'gender-lgbt-contempt'],
  ['con gái gì mà béo như heo, ai thèm lấy', 'gender', 'gender-body-shaming'],
  ['đàn bà gì mà xấu như ma', 'gender', 'gender-body-shaming'],
  ['con gái mà ngực lép thì ai yêu', 'gender', 'gender-body-shaming'],
  ['đàn ông gì mà khóc như con gái', 'gender'],
  ['đúng là phụ nữ lái xe, ngu hết chỗ nói', 'gender', 'gender-women-drivers'],
  ['bọn nữ quyền rởm', 'gender'],
  ['thằng ái nam ái nữ kia', 'gender', 'gender-lgbt-slur-plain'],
  ['gái ế ba mươi tuổi rồi còn kén', 'gender', 'gender-sexist-label'],
  ['vợ là máy đẻ thôi', 'gender', 'gender-sexist-label'],
  ['đàn bà phải biết thân biết phận', 'gender'],
  ['tụi bê đê bệnh hoạn', 'gender'],
  ['lgbt là trái tự nhiên, bệnh hoạn', 'gender', 'gender-lgbt-contempt'],
  ['chuyển giới là biến thái', 'gender', 'gender-lgbt-contempt'],
  ['con mụ đó lắm chuyện', 'gender', 'gender-sexist-label'],
  ['đàn bà ngu như bò', 'gender'],
  ['đàn bà lắm mồm', 'gender'],
  ['phụ nữ biết gì về bóng đá mà bình luận', 'gender'],
  ['bê đê như mày thì cút', 'gender'],
  ['thang eo la', 'gender', 'gender-lgbt-slur-plain'],
  ['bọn LGBT bệnh hoạn', 'gender', 'gender-lgbt-contempt'],
  ['lũ les', 'gender', 'gender-lgbt-slur-plain'],
  ['tụi chuyển giới ghê tởm', 'gender', 'gender-lgbt-contempt'],
  ['đồng tính là trái tự nhiên', 'gender', 'gender-lgbt-contempt'],
  ['con gái gì mà lùn như cái nấm', 'gender', 'gender-body-shaming'],
  ['vợ gì mà béo như lợn', 'gender', 'gender-body-shaming'],
  ['đàn bà mà cũng đòi làm sếp', 'gender'],
  ['đàn ông gì mà yếu như đàn bà', 'gender'],
  ['nữ quyền độc hại', 'gender'],
  ['nhà đó đẻ toàn vịt giời', 'gender', 'gender-sexist-label'],
];

describe('identity red team: must flag', () => {
  it('has at least 60 sentences across regional, religious and gender', () => {
    expect(MUST_FLAG.length).toBeGreaterThanOrEqual(60);
    for (const cat of ['regional', 'religious', 'gender'] as const)
      expect(MUST_FLAG.filter(([, c]) => c === cat).length).toBeGreaterThanOrEqual(15);
  });

  const cases = MUST_FLAG.map(([t, c, r]): [string, Category, string] => [t, c, r ?? '']);
  it.each(cases)('%j → %s %s', (text, category, ruleId) => {
    for (const c of [checker, citizen]) {
      const found = c.check(text).filter((f) => f.category === category);
      expect(found.map((f) => `${f.ruleId}:${f.matched}`)).not.toEqual([]);
      if (ruleId) expect(found.map((f) => f.ruleId)).toContain(ruleId);
      // Discrimination hints are never mere style remarks.
      for (const f of found) expect(['medium', 'high']).toContain(f.severity);
    }
  });
});

describe('identity red team: hard negatives raise no hint', () => {
  const texts = GROUPS.flatMap((g) => g.texts);

  it('has at least 40 sentences, grouped with reasons', () => {
    expect(texts.length).toBeGreaterThanOrEqual(40);
    for (const g of GROUPS) expect(g.reason.length).toBeGreaterThan(10);
  });

  it.each(texts)('%j', (text) => {
    expect(checker.check(text).map((f) => `${f.ruleId}:${f.matched}`)).toEqual([]);
  });
});

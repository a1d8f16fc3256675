// Red team, identity area (Điều 4.5): regional, religious and gender discrimination and hate against a
// group, written by the
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
  ['bọn dân tộc trên núi ở bẩn lắm', 'regional', 'regional-trait'],
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
  ['lũ gay bệnh hoạn', 'gender', 'gender-lgbt-frame'],
  ['bọn les ghê tởm', 'gender', 'gender-lgbt-frame'],
  ['đồng tính là bệnh, phải chữa', 'gender', 'gender-lgbt-frame'],
  ['con gái gì mà béo như heo, ai thèm lấy', 'gender', 'gender-body-shaming'],
  ['đàn bà gì mà xấu như ma', 'gender', 'gender-trait'],
  ['con gái mà ngực lép thì ai yêu', 'gender', 'gender-body-shaming'],
  ['đàn ông gì mà khóc như con gái', 'gender'],
  ['đúng là phụ nữ lái xe, ngu hết chỗ nói', 'gender', 'gender-women-drivers'],
  ['bọn nữ quyền rởm', 'gender'],
  ['thằng ái nam ái nữ kia', 'gender', 'gender-lgbt-slur-plain'],
  ['gái ế ba mươi tuổi rồi còn kén', 'gender', 'gender-sexist-label'],
  ['vợ là máy đẻ thôi', 'gender', 'gender-sexist-label'],
  ['đàn bà phải biết thân biết phận', 'gender'],
  ['tụi bê đê bệnh hoạn', 'gender'],
  ['lgbt là trái tự nhiên, bệnh hoạn', 'gender', 'gender-lgbt-frame'],
  ['chuyển giới là biến thái', 'gender', 'gender-lgbt-frame'],
  ['con mụ đó lắm chuyện', 'gender', 'gender-sexist-label'],
  ['đàn bà ngu như bò', 'gender'],
  ['đàn bà lắm mồm', 'gender'],
  ['phụ nữ biết gì về bóng đá mà bình luận', 'gender'],
  ['bê đê như mày thì cút', 'gender'],
  ['thang eo la', 'gender', 'gender-lgbt-slur-plain'],
  ['bọn LGBT bệnh hoạn', 'gender', 'gender-lgbt-frame'],
  ['lũ les', 'gender', 'gender-lgbt-slur-plain'],
  ['tụi chuyển giới ghê tởm', 'gender', 'gender-lgbt-frame'],
  ['đồng tính là trái tự nhiên', 'gender', 'gender-lgbt-frame'],
  ['con gái gì mà lùn như cái nấm', 'gender', 'gender-body-shaming'],
  ['vợ gì mà béo như lợn', 'gender', 'gender-body-shaming'],
  ['đàn bà mà cũng đòi làm sếp', 'gender'],
  ['đàn ông gì mà yếu như đàn bà', 'gender'],
  // frames: a group + a generaliser + a trait, a trait said of a group, animals, shutting out, gender roles
  ['Dân Thanh Hóa thì toàn trộm cắp, ra đường nhớ giữ đồ', 'regional'],
  ['Bọn Bắc Kỳ vào Nam chỉ giỏi giành đất với chèn ép người ta', 'regional'],
  ['Tụi miền Tây nghèo mà lười, suốt ngày nhậu', 'regional'],
  ['Phòng trọ chính chủ, không nhận khách quê Thanh Hóa, Nghệ An, Hà Tĩnh', 'regional'],
  ['Người Hà Nội sống giả tạo, ăn nói thì điêu', 'regional'],
  ['gái miền tây lấy chồng đài loan hết vì ham tiền', 'regional'],
  ['dan bac ky toan lu lua dao, tin gi noi', 'regional'],
  ['nguoi mien tay luoi vl, ko chiu lam an gi', 'regional'],
  ['Thanh Hóa 36 lại đi ăn trộm chó à', 'regional'],
  ['Lấy vợ thì đừng lấy gái Nghệ An, keo kiệt lắm', 'regional'],
  ['Công ty mình có quy định ngầm là không tuyển người miền Trung', 'regional'],
  ['Đi đâu cũng gặp dân Hải Dương ăn cắp vặt, chán thật', 'regional'],
  ['Người Sài Gòn ăn chơi, không biết tiết kiệm, hết tiền là đi vay', 'regional'],
  ['Mấy đứa ở quê lên thành phố chỉ biết làm bẩn đường phố', 'regional'],
  ['bọn nhà quê lên phố toàn làm xấu mặt thành phố', 'regional'],
  ['Người Quảng Bình nói giọng khó nghe như chửi nhau, ai mà chịu nổi', 'regional'],
  ['cả họ nhà nó người Bình Định, võ biền, hung dữ, tránh xa ra', 'regional'],
  ['Người miền Bắc tính toán chi li, thâm hiểm, chơi không được đâu', 'regional'],
  ['Dân Hà Tĩnh đi đâu cũng bám nhau kéo bè kết phái', 'regional'],
  ['Bọn Bắc 75 ăn cháo đá bát', 'regional'],
  ['Tôi không bao giờ cho con gái lấy chồng người Thanh Hóa', 'regional'],
  ['Thằng nào quê Nghệ cũng cãi như cá gỗ, keo như nhau', 'regional'],
  ['Người Tây Nguyên thì lạc hậu, ăn lông ở lỗ', 'regional'],
  ['Đạo Tin Lành toàn bọn lừa đảo dụ người ta bỏ bàn thờ tổ tiên', 'religious'],
  ['Mấy ông sư bây giờ toàn đi xe sang, buôn thần bán thánh', 'religious'],
  ['Bọn Hồi giáo đều là khủng bố', 'religious'],
  ['Người Công giáo đẻ như thỏ, nghèo cũng đẻ', 'religious'],
  ['Không tuyển người có đạo vào làm, phiền lắm', 'religious'],
  ['Đừng chơi với bọn theo đạo, tẩy não cả nhà mày đấy', 'religious'],
  ['Con chiên ngoan đạo mà toàn làm chuyện thất đức', 'religious'],
  ['Đi chùa toàn mê tín dị đoan, ngu muội', 'religious'],
  ['phat tu toan lu mu quang, thay gi cung lay', 'religious'],
  ['Bọn đạo Chúa ở làng tôi lúc nào cũng kéo bè kết cánh', 'religious'],
  ['Tôn giáo nào cũng là trò lừa bịp để moi tiền', 'religious'],
  ['Đám cao đài toàn bọn mê tín, đuổi hết ra khỏi xóm', 'religious'],
  // Followers of a faith called vermin: religious discrimination, the category of the group's family.
  ['Bọn truyền đạo Tin Lành là lũ ký sinh trùng của xã hội', 'religious'],
  ['Linh mục giờ ai cũng ăn chơi, lừa tình giáo dân', 'religious'],
  ['Nhà thờ ở đâu là ở đó có bọn cuồng đạo gây rối', 'religious'],
  ['Muslim toàn đánh bom, cấm nhập cảnh hết', 'religious'],
  ['Không cho thuê nhà người theo đạo Hồi', 'religious'],
  ['Phụ nữ thì biết gì về bóng đá mà bình luận', 'gender'],
  ['Đàn bà làm sếp thì chỉ có nước phá công ty', 'gender'],
  ['Con gái học kỹ thuật làm gì cho khổ, lấy chồng sớm đi', 'gender'],
  ['Phụ nữ nên ở nhà nội trợ, đi làm làm gì', 'gender'],
  ['Đàn ông mà vào bếp nấu ăn thì mất mặt', 'gender'],
  ['Con gái mà đi nhậu với hút thuốc thì hư hỏng', 'gender'],
  ['Phụ nữ không hợp làm lãnh đạo, cảm tính lắm', 'gender'],
  ['Bọn đồng tính là bệnh hoạn, phải đưa đi chữa', 'gender'],
  ['Gay là trái tự nhiên, nhìn thấy là muốn ói', 'gender'],
  ['Les thì chắc chưa gặp đàn ông thật sự thôi', 'gender'],
  ['đàn bà con gái lắm chuyện, tốt nhất im đi', 'gender'],
  ['Vợ thì phải nghe lời chồng, cãi là ăn đòn', 'gender'],
  ['Đàn ông không được khóc, khóc là yếu đuối như đàn bà', 'gender'],
  ['Phụ nữ lái xe toàn gây tai nạn', 'gender'],
  ['Chuyển giới là bọn biến thái, không xứng làm người', 'gender'],
  ['Con gái thì cần gì học đại học, đằng nào chẳng lấy chồng', 'gender'],
  ['gai bay gio toan dao mo, thay trai giau la bam', 'gender'],
  ['Bọn nữ quyền toàn lũ ghét đàn ông, ế chồng', 'gender'],
  ['Đàn ông ai chả ngoại tình, đừng tin thằng nào', 'gender'],
  ['Người đồng tính không nên được nhận con nuôi, dạy hư trẻ con', 'gender'],
  ['Cấm bọn pê đê vào quán tao', 'gender'],
  ['Thằng đàn ông nào mà để vợ nuôi là đồ ăn bám', 'gender'],
  ['Người da đen thì ai cũng nguy hiểm, tránh xa', 'hate'],
  ['Bọn Tàu chỉ giỏi ăn cắp công nghệ với làm hàng giả', 'hate'],
  ['Người khuyết tật là gánh nặng cho xã hội', 'hate'],
  ['Người già nên chết sớm cho đỡ tốn cơm', 'hate'],
  ['Dân nhập cư làm bẩn thành phố, đuổi hết về quê', 'hate'],
  ['Bọn Ấn Độ bẩn thỉu, hôi hám', 'hate'],
  ['Đuổi hết bọn Trung Quốc về nước', 'hate'],
  ['Người Hàn toàn bọn phẫu thuật thẩm mỹ, giả tạo', 'hate'],
  ['Dân tộc thiểu số toàn lười lao động, chỉ chờ trợ cấp', 'hate'],
  ['Người Do Thái bản chất là tham lam', 'hate'],
  ['Bọn Mỹ đen như khỉ', 'hate'],
  ['Người mù đi ra đường làm gì cho vướng', 'hate'],
  // The young as an age group ("trẻ trâu", brats, is the insult rules' put-down, not an age).
  ['Bọn trẻ bây giờ đứa nào cũng hỗn', 'hate'],
  ['Shipper toàn lũ ăn cắp hàng của khách', 'hate'],
  ['Người Campuchia toàn ăn trộm, cấm cho vào làng', 'hate'],
  ['Người nhiễm HIV thì nên cách ly hết cho khỏi lây', 'hate'],
  ['Người Việt ở nước ngoài toàn ăn cắp vặt, nhục mặt', 'hate'],
  ['Người béo toàn lười, ăn như heo', 'hate'],
  ['Không phục vụ khách Trung Quốc', 'hate'],
  ['Bọn Philippines ở bẩn như lợn', 'hate'],
  ['Dân Tây ba lô toàn bọn ăn bám, hút chích', 'hate'],
  ['nữ quyền độc hại', 'gender'],
  ['nhà đó đẻ toàn vịt giời', 'gender', 'gender-sexist-label'],
  // group frames without accents, in English, hatred said outright, women of a place
  ['dan thanh hoa la lu lon', 'regional', 'regional-dehumanize'],
  ['bon theo dao nhu lu sau bo', 'religious'],
  ['tôi ghét dân Nghệ An nhất', 'regional', 'regional-contempt'],
  ['khinh bọn theo đạo ra mặt', 'religious', 'religious-contempt'],
  ['gái Thanh Hóa toàn đào mỏ', 'gender', 'gender-women-of-place'],
  ['gái Thanh Hóa toàn đào mỏ', 'regional'],
  ['people from Thanh Hoa are all thieves', 'regional', 'regional-en-trait'],
  ['never rent your room to northerners', 'regional', 'regional-en-exclusion'],
  ['muslims are terrorists, every one of them', 'religious', 'religious-en-trait'],
  ['buddhist monks only care about money', 'religious', 'religious-en-trait'],
  ['women belong in the kitchen', 'gender', 'gender-en-role'],
  ['gay people are mentally ill', 'gender', 'gender-en-trait'],
  ['chinese tourists are so rude and dirty', 'hate', 'hate-en-trait'],
  ['mấy thằng pede ghê quá', 'gender'],
  ['nhìn cái mặt bán nam bán nữ', 'gender'],
  ['bọn tin chúa toàn mù quáng', 'religious'],
  ['mấy ông sư bây giờ toàn đội lốt tu hành', 'religious'],
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

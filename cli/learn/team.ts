// Sentences the team wrote for training the learned layer (no dataset text): everyday uses of words
// that are often offensive elsewhere, and offensive sentences with the words an annotator would mark.
// They join every training set (each fold's and the shipped model's); they are never used to measure.
// The hard negatives in tests/fixtures are kept out of training on purpose: they measure.
import type { SpanDoc } from './train';

/** Clean sentences: pronouns, animals, sleep, crude-looking everyday words, counter-speech. */
const CLEAN: readonly string[] = [
  'Nó đi học về muộn vì trời mưa to.',
  'Thằng bé nhà bên vừa đỗ đại học, cả xóm mừng.',
  'Con mèo nhà tôi thích nằm phơi nắng trên mái hiên.',
  'Chó nhà bác Tư đẻ một lứa sáu con.',
  'Hôm qua mình ngủ quên nên đến lớp muộn.',
  'toi buon ngu lam roi, di ngu day',
  'Mày ơi, chiều nay đi đá bóng không?',
  'Tao với mày chơi với nhau từ hồi mẫu giáo.',
  'Tụi mình hẹn nhau cuối tuần đi cà phê nhé.',
  'Bọn trẻ con trong xóm chơi thả diều ngoài đê.',
  'Lũ về nhanh quá, bà con miền Trung cần giúp đỡ.',
  'Đừng gọi người khác là đồ ngu, nói vậy tổn thương lắm.',
  'Chửi bới trên mạng không giải quyết được gì đâu.',
  'Bài hát này hay vãi, nghe mãi không chán.',
  'Con gà trống nhà ông gáy từ bốn giờ sáng.',
  'Cái lon nước ngọt này để trong tủ lạnh nhé.',
  'Chị ấy chết mê chết mệt bộ phim Hàn mới.',
  'Cười chết mất, clip con mèo này dễ thương quá.',
  'Người Thanh Hóa mến khách, đồ ăn lại ngon.',
  'Dân Nghệ An nói giọng nặng nhưng rất chân thành.',
  'Quê tôi ở Hải Dương, nổi tiếng bánh đậu xanh.',
  'Tết này cả nhà về quê ngoại ở miền Tây.',
  'Đồ ăn hôm nay hơi mặn, lần sau bớt muối nhé.',
  'Thằng em tôi vừa được tăng lương, mời cả nhà đi ăn.',
  'Con trâu đang cày ruộng ngoài đồng.',
  'Em bé ngủ ngon lành trong nôi.',
  'Ông bà ta có câu: ăn quả nhớ kẻ trồng cây.',
  'Họ nói tiếng địa phương nên mình nghe không kịp.',
  'Đội tuyển chơi hơi dở trận này, mong trận sau khá hơn.',
  'Mình thấy ý kiến này chưa hợp lý lắm, bạn xem lại nhé.',
  'Phim này dở quá, phí tiền vé.',
  'Quán này phục vụ chậm, đồ ăn cũng bình thường.',
  'Anh ấy làm việc chăm chỉ, ai cũng quý.',
  'Bọn mình vừa làm xong dự án, mệt nhưng vui.',
  'Trời nóng như đổ lửa, ra đường toát mồ hôi.',
  'Con chó nhỏ sủa inh ỏi khi có người lạ.',
  'Nó bảo mai mới về, mọi người cứ ăn trước đi.',
  'Mẹ mày gọi về ăn cơm kìa.',
  'Cô giáo dặn cả lớp làm bài tập đầy đủ.',
  'Giá xăng tăng, đi làm tốn kém hơn.',
  'Tôi không đồng ý với bài viết này nhưng tôn trọng quan điểm của tác giả.',
  'Chúng nó đi cắm trại từ sáng sớm.',
  'Bác sĩ dặn uống thuốc đúng giờ.',
  'Chúc mừng sinh nhật bạn, tuổi mới thật nhiều niềm vui.',
  'Lâu lắm mới gặp lại thằng bạn thân hồi cấp ba.',
  'Hàng xóm nuôi con lợn to lắm, Tết này mổ.',
  'Tôi ngốc quá, quên mang chìa khóa nhà.',
  'Điên thật, mất cả buổi mà vẫn chưa sửa xong cái máy.',
  'Mình dốt toán từ bé nên giờ học lại từ đầu.',
  'Đúng là trời hành, mưa suốt cả tuần.',
  // Crude intensifiers in praise or surprise: the project's rules never raise a hint for them alone.
  'Món bún chả này ngon vl, lần sau quay lại.',
  'Đẹp vãi, ảnh chụp bằng máy gì vậy bạn?',
  'Cười vãi cả nước mắt với clip này.',
  'Hay vcl, xem đi xem lại vẫn thích.',
  'Trời ơi giỏi vãi, mới tám tuổi mà đàn hay thế.',
  'Nhanh vl, đặt hàng sáng mà chiều đã nhận.',
  'Rẻ vãi, mua ba cái luôn.',
  'Đỉnh vl, chúc mừng cả đội nhé.',
  'Lạnh vãi, sáng nay có mười độ.',
  'Xịn vcl, con xe này chạy êm thật.',
  // "chết" in idioms and news: death, exaggeration, not a wish.
  'Nóng chết đi được, bật điều hòa lên đi.',
  'Đói chết mất, trưa nay ăn gì đây?',
  'Cười chết mất với con mèo nhà bên.',
  'Tai nạn giao thông làm hai người chết tại chỗ.',
  'Cây trong vườn chết khô vì nắng hạn.',
  'Mệt chết đi được, cả ngày chạy việc.',
  'Sợ chết khiếp khi xem phim kinh dị.',
  'Đẹp chết người, bộ váy này ở đâu bán vậy?',
  'Ông cụ chết già, con cháu về đông đủ.',
  'Điện thoại chết máy giữa đường, không gọi được ai.',
  // Accounts, games and tech talk.
  'Tài khoản clone hay bị khóa, nên dùng tài khoản thật.',
  'Mình tạo acc clone để thử tính năng mới của game.',
  'Đánh lol tối nay không, thiếu một người.',
  'Trận này team mình thua vì chơi quá ẩu.',
  'Con boss này khó giết quá, phải farm thêm đồ.',
  'Bắn chết con rồng cuối là qua màn.',
  // Talking about crime, corruption and punishment, not attacking anyone.
  'Bọn cướp đã bị công an bắt giữ ngay trong đêm.',
  'Tham nhũng phải bị xử lý nghiêm theo pháp luật.',
  'Kẻ trộm xe đã bị phạt tù ba năm.',
  'Vụ lừa đảo qua mạng khiến nhiều người mất tiền.',
  'Nạn nhân kể lại bị đánh cướp giữa đường.',
  // Body and health words.
  'Bé đi ỉa chảy mấy hôm nay, phải đưa đi khám.',
  'Bác sĩ bảo bị đau đầu do thiếu ngủ.',
  'Chân tôi bị chuột rút khi bơi.',
  'Đừng ăn đồ sống, dễ bị đau bụng lắm.',
];

/** Offensive sentences with the words to mark. */
const MARKED: readonly { text: string; marked: readonly string[] }[] = [
  { text: 'Thằng này ngu như bò, nói mãi không hiểu.', marked: ['Thằng này ngu như bò'] },
  { text: 'Đồ mất dạy, cút ra khỏi đây.', marked: ['Đồ mất dạy', 'cút'] },
  { text: 'Mày im mồm đi, óc chó.', marked: ['Mày im mồm', 'óc chó'] },
  { text: 'Bọn nó toàn lũ ăn hại, chỉ biết phá.', marked: ['lũ ăn hại'] },
  { text: 'Con mụ này mặt dày thật, đéo biết xấu hổ.', marked: ['Con mụ', 'mặt dày', 'đéo'] },
  { text: 'Thứ rác rưởi như mày không đáng để nói chuyện.', marked: ['Thứ rác rưởi', 'mày'] },
  { text: 'Ngu thì im đi, đừng có sủa.', marked: ['Ngu', 'sủa'] },
  { text: 'Bọn Thanh Hóa toàn lũ trộm cắp.', marked: ['Bọn Thanh Hóa', 'lũ trộm cắp'] },
  { text: 'Cái loại người như nó nên biến khỏi mạng đi.', marked: ['Cái loại người như nó', 'biến'] },
  { text: 'Nhìn mặt thằng này là thấy đần rồi.', marked: ['thằng này', 'đần'] },
  { text: 'Đã ngu còn tỏ ra nguy hiểm.', marked: ['ngu'] },
  { text: 'Câm mồm đi thằng khốn.', marked: ['Câm mồm', 'thằng khốn'] },
  { text: 'Loại óc lợn thì hiểu được gì mà bàn.', marked: ['óc lợn'] },
  { text: 'Mấy con điếm online này nên bị khóa tài khoản.', marked: ['con điếm'] },
  { text: 'Thằng ad này não tàn thật sự.', marked: ['Thằng ad', 'não tàn'] },
  { text: 'Cả lũ chúng mày là đồ súc vật.', marked: ['chúng mày', 'đồ súc vật'] },
  { text: 'Đúng là đồ vô học, nói chuyện như hạch.', marked: ['đồ vô học', 'như hạch'] },
  { text: 'Mày nghĩ mày là ai mà lên mặt dạy đời.', marked: ['Mày', 'lên mặt dạy đời'] },
  { text: 'Con này láo toét, ăn nói mất dạy.', marked: ['Con này láo toét', 'mất dạy'] },
  { text: 'Thằng chó này lừa đảo bao nhiêu người rồi.', marked: ['Thằng chó', 'lừa đảo'] },
];

function markedSpans(text: string, marked: readonly string[]): { start: number; end: number }[] {
  return marked.map((m) => {
    const start = text.indexOf(m);
    if (start < 0) throw new Error(`team sentence: "${m}" is not in "${text}"`);
    return { start, end: start + m.length };
  });
}

export const TEAM_DOCS: readonly SpanDoc[] = [
  ...CLEAN.map((text, i) => ({ id: `team-clean-${i}`, text, spans: [] })),
  ...MARKED.map((d, i) => ({ id: `team-marked-${i}`, text: d.text, spans: markedSpans(d.text, d.marked) })),
];

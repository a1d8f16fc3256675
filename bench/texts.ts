// Deterministic bench texts. Every sentence here was written for this benchmark (none comes from a
// data set). Vietnamese texts mix everyday clean sentences with some that the rules should flag, so
// the matcher does real work (hits, contexts, overlaps) and not only the fast no-hit path. The choice
// of sentences is seeded (the trainer's mulberry32), so every run benchmarks the very same texts.
import { rng } from '../cli/learn/logistic';

/** Everyday Vietnamese, including words that collide with vulgar ones once diacritics are folded. */
const VI_CLEAN = [
  'Sáng nay mình đi chợ mua rau, cá và ít trái cây cho cả nhà.',
  'Cảm ơn mọi người đã đến dự buổi họp lớp cuối tuần vừa rồi.',
  'Quán phở đầu ngõ mới mở, nước dùng thanh và thịt bò rất mềm.',
  'Các bạn nhớ mang áo mưa vì chiều nay có thể có giông.',
  'Thư viện phường mở cửa từ tám giờ sáng đến năm giờ chiều.',
  'Bé nhà mình vừa được khen vì vẽ bức tranh về biển rất đẹp.',
  'Ai có kinh nghiệm trồng lan thì chia sẻ giúp mình với nhé.',
  'Đường Nguyễn Trãi đang sửa nên mọi người đi lối khác cho nhanh.',
  'Chúc mừng sinh nhật bạn, mong bạn luôn khỏe mạnh và vui vẻ.',
  'Tối nay đội bóng của trường đá trận chung kết, cùng cổ vũ nhé!',
  'Buổi chiều các bạn trẻ rủ nhau đạp xe qua đèo ngắm hoàng hôn.',
  'Hội chợ sách năm nay có nhiều gian hàng giảm giá cho sinh viên.',
  'Mẹ dặn mua thêm một lon sữa đặc và hai ổ bánh mì cho bữa sáng.',
  'Theo Bộ Y tế, người dân nên tiêm nhắc lại để bảo vệ sức khỏe.',
  'Người miền Bắc và người miền Nam đều rất hiếu khách với du khách.',
  'ko sao đâu, mai mình qua lấy đc không? 😊',
];

/** Sentences a citizen would be nudged about: insults, vulgarity, threats, slurs, leaks, ads. */
const VI_OFFENDING = [
  'Mày đúng là đồ ngu, nói mãi không hiểu.',
  'Cái thằng chó đó lại đăng bài xàm nữa rồi.',
  'Bọn bắc kỳ toàn là lừa đảo, đừng tin.',
  'Đm, cái ứng dụng này chậm quá trời.',
  'Tao sẽ đánh chết mày nếu còn nói nữa.',
  'Thằng khốn nạn, cút đi cho khuất mắt.',
  'Mật khẩu Facebook của mình là matkhau123 nhé.',
  'Đ.m thật sự luôn, nguuuu vãi.',
  'Bán thuốc lá điện tử giá rẻ, không cần giấy tờ, inbox ngay.',
  'Số điện thoại của nó là 0912 345 678, mọi người gọi chửi đi.',
];

/** Plain English for alex: neutral prose plus phrasings alex reports (gendered, ableist, profane). */
const EN_CLEAN = [
  'We walked along the river and watched the boats go by.',
  'She bought fresh bread and a bag of apples at the market.',
  'Thanks to everyone who helped clean up the park on Sunday.',
  'The library opens at eight and closes at five on weekdays.',
  'Please bring a raincoat, since storms are expected this afternoon.',
  'Our team meets every Tuesday to plan the next release.',
  'The new bakery on the corner sells excellent sourdough.',
  'He fixed the bike and then rode it to the station.',
];

const EN_OFFENDING = [
  'The chairman asked every employee to finish his report by Friday.',
  'That plan is crazy and the whole idea is lame.',
  'The master server sends jobs to the slave nodes.',
  'Every policeman in town knew the old fisherman.',
  'What a damn mess, this build is a crap shoot again.',
];

/**
 * A text of exactly `length` UTF-16 units: sentences drawn with a fixed seed, about one in
 * `every` offending, joined as short paragraphs. The cut at `length` may fall inside a word,
 * as a half-typed post does; it never splits a surrogate pair.
 */
function build(
  clean: readonly string[],
  offending: readonly string[],
  length: number,
  every: number,
  seed: number,
): string {
  const rand = rng(seed);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length + 200; i++) {
    const pool = rand() < 1 / every ? offending : clean;
    const sentence = pool[Math.floor(rand() * pool.length)] as string;
    const sep = i === 0 ? '' : i % 5 === 0 ? '\n' : ' ';
    parts.push(sep, sentence);
    size += sep.length + sentence.length;
  }
  let text = parts.join('').slice(0, length);
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = `${text.slice(0, -1)} `;
  return text;
}

export const SIZES = [200, 2_000, 20_000] as const;

export const viText = (length: number): string => build(VI_CLEAN, VI_OFFENDING, length, 6, 874);
export const enText = (length: number): string => build(EN_CLEAN, EN_OFFENDING, length, 4, 874);

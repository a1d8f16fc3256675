// Certainty that vouches for a claim outright ("chắc chắn 100%", "tin chuẩn", "đã được xác nhận",
// "không phải tin đồn"): enough, with a serious claim, to read as a rumour told as fact.
import { defineLexicon } from './define';

export const certaintyStrong = defineLexicon({
  id: 'certainty.strong',
  about: {
    vi: 'Lời bảo đảm tuyệt đối cho một tin: "chắc chắn 100%", "tin chuẩn", "đã được xác nhận", "không phải tin đồn".',
    en: 'Outright vouching for a claim: "100% sure", "reliable news", "confirmed", "not a rumour".',
  },
  fold: [
    'chắc chắn 100%',
    'chắc 100%',
    'chính xác 100%',
    'sự thật 100%',
    'thật 100%',
    'đảm bảo 100%',
    'có thật 100%',
    'tin chuẩn',
    'tin chính xác',
    'tin chắc chắn',
    'đã được xác nhận',
    'đã được kiểm chứng',
    'không phải tin đồn',
    'không phải tin giả',
    'không phải fake',
    'hoàn toàn có thật',
    'chuẩn không cần chỉnh',
    '100% true',
    'confirmed',
  ],
});

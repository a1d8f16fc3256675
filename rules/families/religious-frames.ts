// Religious discrimination read as frames (Điều 4.5): a verdict on the followers of a faith ("người
// theo đạo toàn mê muội"), calling them animals, shutting them out.
import type { RuleSpec } from '../types';
import { groupFrames } from './group-frames';

export const religiousFrames: readonly RuleSpec[] = groupFrames({
  category: 'religious',
  prefix: 'religious',
  groups: ['group.religion'],
  severity: 'high',
  message: {
    stereotype: {
      vi: 'Khái quát tiêu cực về người theo một tôn giáo: quy một nét xấu cho cả tín đồ, chức sắc.',
      en: 'A negative generalisation about the followers or clergy of a faith.',
    },
    dehumanize: {
      vi: 'Gọi tín đồ một tôn giáo là con vật, sâu bọ: lời lẽ phân biệt tôn giáo.',
      en: 'Calling the followers of a faith animals or vermin is religious discrimination.',
    },
    exclusion: {
      vi: 'Loại trừ người vì tôn giáo của họ (không tuyển, không cho thuê, đuổi đi): phân biệt tôn giáo.',
      en: 'Shutting people out for their faith (no hiring, no renting, driving out).',
    },
  },
  suggestion: {
    vi: 'Phê phán việc làm cụ thể của một người, không quy chụp cả một tôn giáo.',
    en: "Criticise one person's act, not a whole faith.",
  },
  unless: [
    // "tín đồ thời trang": fans, not believers.
    { terms: ['thời trang', 'hàng hiệu', 'mua sắm', 'ẩm thực', 'công nghệ'], within: 1, side: 'after' },
  ],
  examples: {
    stereotype: {
      flag: [
        'con chiên toàn [mù quáng]',
        'mấy ông sư bây giờ chỉ giỏi [moi tiền]',
        'người theo đạo Hồi đều [cực đoan]',
        'dân đi đạo 10 người thì 9 người [cuồng tín]',
        'người theo đạo toàn [mê muội]',
        'mấy ông thầy chùa chỉ giỏi [moi tiền]',
      ],
      allow: [
        'phật tử ai cũng hiền lành',
        'không phải tín đồ nào cũng cuồng tín',
        'tín đồ thời trang toàn mua đồ hiệu đắt tiền',
        'giáo dân đều bị lừa đảo bởi kẻ mạo danh linh mục',
        'giáo dân đi lễ nhà thờ đông đủ',
        'phật tử tham gia từ thiện ở vùng lũ',
        'người có đạo đức thì ai cũng quý',
        'đạo Phật không phải mê tín',
        'kỹ sư trẻ ngu gì mà bỏ việc',
      ],
    },
    direct: {
      flag: [
        'cao đài là đạo [nhảm nhí]',
        'phật tử gì mà [lừa đảo]',
        'con chiên [mù quáng]',
        'sư hổ mang [lừa đảo]',
      ],
      allow: ['con chiên không mù quáng như bạn nghĩ', 'một nhà sư bị lừa đảo mất tiền'],
    },
    contempt: {
      flag: ['tao [ghét] bọn theo đạo', '[khinh] mấy thằng đi chùa'],
      allow: ['đừng khinh người theo đạo', 'phật tử ghét sát sinh'],
    },
    dehumanize: {
      flag: ['bọn theo đạo là lũ [ký sinh trùng]', 'mấy ông sư như lũ [sâu mọt]'],
      allow: ['nhà chùa nuôi chó mèo bị bỏ rơi', 'giáo dân như một gia đình'],
    },
    dehumanizeBefore: {
      flag: ['lũ [chó] con chiên'],
      allow: ['con chó của cha xứ rất khôn'],
    },
    extermination: {
      flag: ['[bọn theo đạo] nên chết hết'],
      allow: ['nhà chùa diệt sạch mối trong kho kinh'],
    },
    exclusion: {
      flag: ['[không tuyển] người theo đạo', '[đuổi hết] bọn theo đạo ra khỏi làng'],
      allow: ['cấm hút thuốc trong nhà thờ', 'lên án việc đuổi người theo đạo ra khỏi làng'],
    },
    exclusionBefore: {
      flag: ['cho thuê phòng, [miễn] người theo đạo', '[cảnh giác với] bọn con chiên'],
      allow: ['miễn phí cho người theo đạo đến tham quan', 'ngoại trừ nhà thờ, mọi nơi đều đóng cửa'],
    },
  },
});

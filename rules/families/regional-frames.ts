// Regional discrimination read as frames (Điều 4.5): a verdict on the people of a province or region
// ("dân X toàn lừa đảo", "người miền Tây lười biếng"), calling them animals, shutting them out.
import type { RuleSpec } from '../types';
import { groupFrames } from './group-frames';

export const regionalFrames: readonly RuleSpec[] = groupFrames({
  category: 'regional',
  prefix: 'regional',
  groups: ['group.region'],
  severity: 'high',
  message: {
    stereotype: {
      vi: 'Khái quát tiêu cực về người theo vùng miền: quy một nét xấu cho cả người dân một tỉnh, một vùng.',
      en: "A negative generalisation about people by region: one flaw pinned on a whole province's people.",
    },
    dehumanize: {
      vi: 'Gọi người một vùng miền là con vật, sâu bọ: lời lẽ phân biệt vùng miền.',
      en: 'Calling the people of a region animals or vermin is regional discrimination.',
    },
    exclusion: {
      vi: 'Loại trừ người vì quê quán (không cho thuê, không tuyển, đuổi đi): phân biệt vùng miền.',
      en: 'Shutting people out for where they come from (no renting, no hiring, driving out).',
    },
  },
  suggestion: {
    vi: 'Nói về hành vi của một người cụ thể, không về quê quán của họ.',
    en: "Talk about one person's behaviour, not where they come from.",
  },
  examples: {
    stereotype: {
      flag: [
        'dân Nghệ An đi đâu cũng [kéo bè kéo cánh]',
        'người miền Tây ai cũng [lười biếng]',
        'gai Thanh Hoa 10 dua thi 9 dua [dao mo]',
        'bản chất người Hà Nội là [giả tạo]',
        'bọn Bình Định chỉ biết [chém gió]',
        'dân thanh hóa toàn [trộm cướp]',
        'bọn hải dương toàn phường [ăn cắp vặt]',
      ],
      allow: [
        'người miền Tây ai cũng hiền và hiếu khách',
        'không phải người Thanh Hóa nào cũng lừa đảo, đừng vơ đũa cả nắm',
        'ai bảo dân Nghệ An toàn keo kiệt?',
        'Công an Thanh Hóa triệt phá đường dây lừa đảo',
        'người Hà Nội toàn bị lừa đảo qua điện thoại',
        'người ở đâu cũng có người tốt người xấu, đâu phải cứ Thanh Hóa là trộm cướp',
        'bài viết phê phán câu "dân Thanh Hóa toàn trộm cướp" là định kiến',
      ],
    },
    direct: {
      flag: [
        'dân xứ nghệ [lươn lẹo] lắm',
        'tụi trên núi [thì biết gì]',
        'dân Quảng Nam [keo kiệt] lắm',
        'người Sài Gòn [giả tạo]',
        'trai Hải Phòng [côn đồ] thật',
      ],
      allow: [
        'người Hà Nội không giả tạo như bạn nghĩ',
        'một người Thanh Hóa lừa đảo 3 tỷ đồng',
        'người Sài Gòn hào phóng lắm',
      ],
    },
    contempt: {
      flag: ['tôi [ghét] người miền Nam lắm', '[khinh] dân Thanh Hóa'],
      allow: ['đừng ghét người Thanh Hóa vì một vài kẻ xấu', 'dân Hà Nội ghét mưa phùn'],
    },
    dehumanize: {
      flag: [
        'dân Hải Dương là lũ [chó]',
        'bọn miền Bắc như [súc vật]',
        'tụi Nghệ An khác gì lũ [ký sinh trùng]',
      ],
      allow: [
        'nông dân Đồng Tháp nuôi bò, nuôi lợn',
        'người miền Tây thương con chó như người nhà',
        'đặc sản Nam Định là phở bò',
      ],
    },
    dehumanizeBefore: {
      flag: ['lũ [chó] Bắc kỳ', 'đồ [súc vật] miền Nam'],
      allow: ['đàn bò miền Tây gặp hạn mặn', 'con chó Phú Quốc nổi tiếng khôn'],
    },
    extermination: {
      flag: ['[dân Thanh Hóa] nên chết hết', 'giết sạch [bọn Nghệ An] đi'],
      allow: ['người miền Tây diệt sạch chuột đồng', 'dân Hà Nội tiêu diệt muỗi trước mùa mưa'],
    },
    exclusion: {
      flag: [
        'nhà trọ [không cho thuê] người Thanh Hóa',
        'công ty [không tuyển] người Nghệ An',
        'bọn Hà Tĩnh [cút về quê đi]',
      ],
      allow: ['nhà trọ không cho thuê người say rượu', 'phản đối việc không cho thuê nhà người Thanh Hóa'],
    },
    exclusionBefore: {
      flag: ['tuyển thợ may, [trừ] người Thanh Hóa', '[cẩn thận với] dân Nghệ An nhé'],
      allow: ['Thanh Nghệ Tĩnh đông dân, trừ vùng biển thì đỡ', 'coi chừng Hà Nội mưa to chiều nay'],
    },
  },
});

// People named by their politics, as a group to be despised ("bọn phản động", "lũ 3 que", "bò đỏ",
// "dư luận viên"): contempt for them is hate against a group (the hate family's political slurs).
import { defineLexicon } from './define';

export default defineLexicon({
  id: 'group.political',
  about: {
    vi: 'Một nhóm người theo quan điểm chính trị ("bọn phản động", "lũ 3 que", "bò đỏ", "dư luận viên").',
    en: 'A group of people by their politics ("bọn phản động", "lũ 3 que", "bò đỏ", "dư luận viên").',
  },
  prefixes: ['bọn', 'lũ', 'tụi', 'đám', 'bầy', 'mấy thằng', 'mấy con', 'cái lũ', 'thằng', 'con'],
  // "dân chủ", "đấu tranh" alone are values and acts: only as a pack ("bọn dân chủ").
  prefixed: ['dân chủ', 'đấu tranh', 'hải ngoại', 'cộng'],
  typed: [
    'phản động',
    '3 que',
    'ba que',
    '3que',
    'ba sọc',
    'cờ vàng',
    'việt tân',
    'vnch',
    'dư luận viên',
    'dlv',
    'cộng sản',
    'việt cộng',
    'bò đỏ',
    'chống cộng',
    'chống phá',
    'dân chủ cuội',
    'zân chủ',
    'rận chủ',
    'đu càng',
    'bán nước',
    'lưu vong',
  ],
  // "vẹm", "cộng nô", "csvn": exact, folded they are everyday words ("vem", "công nợ").
  exact: ['ngụy', 'vẹm', 'cộng nô', 'csvn', 'vc'],
});

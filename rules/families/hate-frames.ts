// Hate speech against a group read as frames (Điều 4.5): a verdict on a people, a nation, a race,
// people with a disability, an age group or a trade ("người da đen toàn lười", "bọn Tàu đều gian"),
// calling them animals or vermin, shutting them out.
import type { RuleSpec } from '../types';
import { groupFrames } from './group-frames';

export const hateFrames: readonly RuleSpec[] = [
  ...groupFrames({
    category: 'hate',
    prefix: 'hate',
    groups: ['group.ethnic', 'group.disability', 'group.age', 'group.occupation', 'group.political'],
    severity: 'high',
    message: {
      stereotype: {
        vi: 'Khái quát tiêu cực về cả một nhóm người (dân tộc, quốc tịch, màu da, người khuyết tật…).',
        en: 'A negative generalisation about a whole group (a people, a nation, a race, disabled people…).',
      },
      dehumanize: {
        vi: 'Gọi cả một nhóm người là con vật, sâu bọ, rác rưởi: lời lẽ kích động thù ghét.',
        en: 'Calling a group of people animals, vermin or filth stirs up hatred.',
      },
      exclusion: {
        vi: 'Loại trừ cả một nhóm người (không cho thuê, không phục vụ, đuổi đi): lời lẽ phân biệt, thù ghét.',
        en: 'Shutting a whole group out (no renting, no serving, driving out) is discrimination.',
      },
    },
    suggestion: {
      vi: 'Nói về hành vi của một người cụ thể, không quy cho cả nhóm người.',
      en: "Talk about one person's behaviour, not a whole group's.",
    },
    examples: {
      stereotype: {
        flag: [
          'người da đen toàn [lười biếng]',
          'khách Tàu đi đâu cũng [xả rác]',
          'người khuyết tật chỉ biết [ăn bám]',
          'bọn trẻ bây giờ đứa nào cũng [mất dạy]',
        ],
        allow: [
          'người khuyết tật ai cũng có quyền đi làm',
          'không phải người Trung Quốc nào cũng xả rác',
          'người già thường bị lừa đảo qua điện thoại',
        ],
      },
      direct: {
        flag: ['bọn Tàu [gian xảo]', 'dân Ấn Độ [ở bẩn] lắm', 'người dân tộc [ở bẩn] lắm'],
        allow: ['một người Trung Quốc bị lừa đảo', 'người Nhật không bẩn như bạn nghĩ'],
      },
      contempt: {
        flag: ['[ghét] người Trung Quốc', '[khinh] bọn nhập cư'],
        allow: ['đừng khinh người khuyết tật', 'người già ghét ồn ào'],
      },
      dehumanize: {
        flag: ['bọn nhập cư là lũ [ký sinh trùng]', 'người da đen như [khỉ]'],
        allow: ['người Nhật nuôi chó rất kỹ', 'người khuyết tật như bao người khác'],
      },
      dehumanizeBefore: {
        flag: ['lũ [chó] người Tàu', 'bầy [khỉ] người da đen'],
        allow: ['con khỉ của người Nhật', 'đàn bò của người dân tộc Ê Đê'],
      },
      extermination: {
        flag: ['[bọn Tàu] nên chết hết', '[người khuyết tật] không đáng sống'],
        allow: ['bọn trẻ giúp bố diệt sạch chuột trong kho', 'người già chết sớm vì bệnh tim là nhiều nhất'],
      },
      exclusion: {
        flag: ['quán [không phục vụ] người Trung Quốc', '[tống cổ] bọn nhập cư về nước'],
        allow: ['quán không phục vụ người say rượu', 'lên án việc đuổi người khuyết tật khỏi quán'],
      },
      exclusionBefore: {
        flag: ['nhận khách, [trừ] người Trung Quốc', '[cảnh giác với] người Ấn Độ'],
        allow: ['người Trung Quốc trừ tiền thuế rồi mới trả', 'cảnh giác với lừa đảo qua mạng'],
      },
    },
  }),
];

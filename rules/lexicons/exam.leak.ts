// An exam paper before the exam: "sáng mai", "trước giờ thi", "đề thật", "lộ đề".
import { defineLexicon } from './define';

export const examLeak = defineLexicon({
  id: 'exam.leak',
  about: {
    vi: 'Đề thi trước giờ thi: "sáng mai", "trước giờ thi", "chưa thi", "đề thật", "lộ đề".',
    en: 'An exam paper before the exam: "tomorrow morning", "before the exam", "the real paper", "leaked".',
  },
  fold: [
    'sáng mai',
    'chiều mai',
    'ngày mai',
    'tối nay',
    'sáng nay',
    'trước giờ thi',
    'sắp thi',
    'mai thi',
    'sáng mai thi',
    'đề thật',
    'đề chuẩn',
    'đề chính thức',
    'lộ đề',
    'bị lộ',
    'rò rỉ',
    'leaked',
  ],
  exact: ['chưa thi'],
});

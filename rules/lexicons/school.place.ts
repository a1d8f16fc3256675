// Where a child studies: a school or class named in words (the name or class code follows).
import { defineLexicon } from './define';

export const schoolPlace = defineLexicon({
  id: 'school.place',
  about: {
    vi: 'Nơi trẻ học: trường, lớp, mầm non, tiểu học (tên trường hoặc lớp đi kèm).',
    en: 'Where a child studies: school, class, kindergarten, primary school.',
  },
  fold: [
    'trường mầm non',
    'trường tiểu học',
    'trường thcs',
    'trường thpt',
    'trường trung học',
    'trường trung học cơ sở',
    'trường trung học phổ thông',
    'trường cấp 1',
    'trường cấp 2',
    'trường cấp 3',
    'mầm non',
    'tiểu học',
    'thcs',
    'thpt',
    'học ở',
    'học tại',
    'đang học',
    'đang học ở',
    'đón ở',
    'đón cháu ở',
    'đón con ở',
    'lớp mẫu giáo',
    'nhà trẻ',
    'school',
    'kindergarten',
  ],
  exact: ['trường', 'học trường', 'học lớp'],
});

// Photos of identity papers: "ảnh căn cước", "hình cccd", "mặt trước chứng minh thư".
import { defineLexicon } from './define';

const PAPERS = [
  'căn cước',
  'căn cước công dân',
  'cccd',
  'cmnd',
  'chứng minh thư',
  'chứng minh nhân dân',
  'hộ chiếu',
  'bằng lái',
  'giấy tờ',
  'thẻ sinh viên',
  'giấy khai sinh',
];

export const personalPhoto = defineLexicon({
  id: 'personal.photo',
  about: {
    vi: 'Ảnh giấy tờ tùy thân: "ảnh căn cước", "hình cccd", "mặt trước chứng minh thư".',
    en: 'Photos of identity papers: "a photo of the ID card", "the front of the passport".',
  },
  fold: [
    ...PAPERS.flatMap((p) => [
      `ảnh ${p}`,
      `hình ${p}`,
      `ảnh chụp ${p}`,
      `mặt trước ${p}`,
      `mặt sau ${p}`,
      `bản scan ${p}`,
    ]),
    'photo of her id',
    'photo of his id',
  ],
});

// Men as a group ("đàn ông", "con trai", "nam giới", "bọn đàn ông"). "nam" alone is the South or a
// name, so only "nam giới", "phái nam"…; "trai" keeps its accent ("trái").
import { defineLexicon } from './define';

const MEN = [
  'đàn ông',
  'con trai',
  'đàn ông con trai',
  'nam giới',
  'phái nam',
  'phái mạnh',
  'giới nam',
  'mấy ông chồng',
  'các ông chồng',
  'anh em đàn ông',
  'cánh đàn ông',
  'cánh mày râu',
  'mày râu',
  'đực rựa',
  'bọn đực',
] as const;

/** Packs: "bọn đàn ông", "lũ con trai", "mấy thằng đàn ông". */
const PACK = ['bọn', 'lũ', 'tụi', 'đám', 'mấy', 'mấy thằng', 'cái loại', 'loại', 'thứ', 'giống'] as const;

export default defineLexicon({
  id: 'group.men',
  about: {
    vi: 'Nam giới như một nhóm ("đàn ông", "con trai", "nam giới", "bọn đàn ông").',
    en: 'Men as a group ("đàn ông", "con trai", "nam giới", "bọn đàn ông").',
  },
  typed: [...MEN, ...['đàn ông', 'con trai', 'chồng'].flatMap((w) => PACK.map((p) => `${p} ${w}`))],
  exact: [...PACK.map((p) => `${p} trai`)],
});

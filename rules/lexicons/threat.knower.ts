// The writer who says they know where someone is: "tôi biết", "tao thừa biết", "chúng tôi nắm được".
import { defineLexicon } from './define';

const WHO = ['tôi', 'tao', 'chúng tôi', 'bọn tôi', 'bọn tao', 'tụi tao', 'anh em tao', 'anh em tôi'];
const KNOW = ['biết', 'đã biết', 'thừa biết', 'biết thừa', 'biết hết', 'nắm được', 'nắm rõ', 'đã nắm'];

export default defineLexicon({
  id: 'threat.knower',
  about: {
    vi: 'Người viết nói mình biết nơi ở của người khác: tôi biết, tao thừa biết, chúng tôi nắm được.',
    en: 'The writer saying they know where someone is: I know, we know full well.',
  },
  // Exact: folded, "tôi" is "tối" (evening), "biết" "biệt".
  exact: WHO.flatMap((w) => KNOW.map((k) => `${w} ${k}`)),
  bare: WHO.flatMap((w) => KNOW.map((k) => `${w} ${k}`)),
});

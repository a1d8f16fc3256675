import { describe, expect, it } from 'vitest';
import { officialLinkIn } from '../../rules/context';

const OFFICIAL = ['gov.vn', 'vnexpress.net'];

describe('officialLinkIn', () => {
  it.each([
    ['a full link', 'Xem https://moh.gov.vn/tin-tuc/123 nhé'],
    ['a bare host with a path', 'nguồn: moh.gov.vn/tin'],
    ['a host at the end of a sentence', 'Chi tiết ở chinhphu.gov.vn.'],
    ['a link in brackets', '(https://www.vnexpress.net/thoi-su)'],
    ['upper case', 'XEM TẠI MOH.GOV.VN'],
  ])('finds %s', (_reason, text) => expect(officialLinkIn(text, OFFICIAL)).toBe(true));

  it.each([
    ['a look-alike host that only starts like an official one', 'https://gov.vn.example.com/x'],
    ['a host that only ends with the letters', 'https://fakegov.vn/x'],
    ['no link at all', 'Share gấp trước khi bị xóa. Nhanh lên.'],
    ['dots without a host', 'a.a.a.'.repeat(4000)],
  ])('ignores %s', (_reason, text) => expect(officialLinkIn(text, OFFICIAL)).toBe(false));

  it('looks at nothing when no official domain is configured', () =>
    expect(officialLinkIn('https://moh.gov.vn', [])).toBe(false));
});

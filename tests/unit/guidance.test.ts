import { describe, expect, it } from 'vitest';
import { createChecker } from '../../rules/index';

const topics = {
  terms: ['tuyển sinh', 'học phí', 'sách giáo khoa'],
  agency: 'Sở GD&ĐT Hà Nội',
  contact: 'phongtt@hanoi.edu.vn',
};

describe('Điều 5.3: a civil servant writing about the agency’s own field', () => {
  it('gets one calm reminder naming the agency and its contact', () => {
    const c = createChecker({ profile: 'civil-servant', agencyTopics: topics });
    const fs = c.check('Năm nay học phí tăng à? Tuyển sinh lớp 10 thế nào các bạn?');
    const reminders = fs.filter((f) => f.category === 'agency-topic');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ severity: 'info', clause: '5.3', pinned: true, matched: 'học phí' });
    expect(reminders[0]?.message.vi).toContain('Sở GD&ĐT Hà Nội');
    expect(reminders[0]?.message.vi).toContain('phongtt@hanoi.edu.vn');
    expect(reminders[0]?.message.en).toContain('Article 5.3');
  });
  it('is off for citizens and when the policy sets no topics', () => {
    expect(createChecker({ profile: 'citizen', agencyTopics: topics }).check('học phí tăng').length).toBe(0);
    expect(
      createChecker({ profile: 'civil-servant', agencyTopics: { terms: [] } }).check('học phí tăng').length,
    ).toBe(0);
    expect(createChecker({ profile: 'civil-servant' }).check('học phí tăng').length).toBe(0);
  });
  it('is not hidden by the sensitivity setting', () => {
    const c = createChecker({ profile: 'civil-servant', agencyTopics: topics, minSeverity: 'high' });
    expect(c.check('học phí tăng').map((f) => f.category)).toEqual(['agency-topic']);
  });
});

describe('Điều 6.3: an agency page stating facts without an official source', () => {
  const page = createChecker({ profile: 'agency-page' });
  it('flags an announcement once, and figures once', () => {
    const fs = page.check(
      'Thông báo: từ ngày 5/9 học sinh đi học trở lại. Toàn tỉnh có 12.500 thí sinh, tăng 8%.',
    );
    expect(fs.map((f) => f.ruleId)).toEqual(['official-source-announcement', 'official-source-figures']);
    expect(fs.every((f) => f.severity === 'info' && f.clause === '6.3')).toBe(true);
  });
  it('says nothing when the post links an official source', () =>
    expect(
      page.check('Thông báo: từ ngày 5/9 học sinh đi học lại, tăng 8%. Xem https://hanoi.gov.vn/thong-bao'),
    ).toEqual([]));
  it('applies to agency pages only', () =>
    expect(createChecker({ profile: 'citizen' }).check('Thông báo: toàn tỉnh có 12.500 thí sinh')).toEqual(
      [],
    ));
  it('a policy can add official domains', () => {
    const c = createChecker({ profile: 'agency-page', officialDomains: ['sogd.example.vn'] });
    expect(c.check('Thông báo lịch thi: https://sogd.example.vn/lich')).toEqual([]);
  });
});

describe('Điều 6.3: naming the source counts as citing it', () => {
  const page = createChecker({ profile: 'agency-page' });
  it.each([
    [
      'a source named before the announcement',
      'Theo thông báo của UBND phường, lịch tiếp dân đổi sang thứ Năm.',
    ],
    ['a link promised next to the figures', 'Tỷ lệ tốt nghiệp đạt 98% (chi tiết tại cổng thông tin của Sở).'],
    ['a topic word is not an announcement', 'Học phí năm nay giữ nguyên, các em yên tâm.'],
  ])('%s', (_reason, text) => expect(page.check(text)).toEqual([]));
});

// Rule messages, ruleset names and policy strings come from agency and user files: they are rendered as
// text, never as HTML. Each string below carries markup that would run script if it were parsed; the
// test fails if any of it becomes an element (or an attribute handler) instead of visible text.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AgencyBanner } from '../../components/AgencyBanner';
import { Card } from '../../entrypoints/content/ui/card';
import type { Finding } from '../../rules/types';
import type { SettingsView } from '../../settings/resolve';
import { cardProps } from '../fixtures/card';

const EVIL = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>đậm</b>';
const pwned = () => (window as unknown as { __pwned?: number }).__pwned;

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
  delete (window as unknown as { __pwned?: number }).__pwned;
});
const mount = (vnode: preact.ComponentChild) => {
  root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
};
/** No element parsed out of the strings: no img, script or b anywhere, no inline handler. */
function expectNoMarkup(el: HTMLElement) {
  expect(el.querySelector('img, script, b')).toBeNull();
  // Attribute values may hold the raw string (aria-label, title): that is text too. No handler attribute.
  const handlers = [...el.querySelectorAll('*')].flatMap((n) =>
    n.getAttributeNames().filter((a) => a.startsWith('on')),
  );
  expect(handlers).toEqual([]);
  expect(pwned()).toBeUndefined();
}

describe('hint card', () => {
  it('shows an agency rule message, suggestion, matched text and agency name as text', () => {
    const finding: Finding = {
      ruleId: 'agency-evil',
      category: 'confidential',
      severity: 'high',
      start: 0,
      end: EVIL.length,
      matched: EVIL,
      message: { vi: `Thông điệp ${EVIL}`, en: `Message ${EVIL}` },
      suggestion: { vi: `Gợi ý ${EVIL}`, en: `Suggestion ${EVIL}` },
      clause: '5.2',
      source: 'agency',
      pinned: true,
    };
    const el = mount(
      <Card
        {...cardProps([finding], {
          replacements: () => [EVIL],
          agency: { name: `Sở ${EVIL}`, contact: `liên hệ ${EVIL}` },
        })}
      />,
    );
    expect(el.textContent).toContain(`Thông điệp ${EVIL}`);
    expect(el.textContent).toContain(EVIL);
    expectNoMarkup(el);
  });
});

describe('popup agency banner', () => {
  it('shows the agency name, contact, ruleset name, rule messages and policy errors as text', () => {
    const view = {
      policyPresent: true,
      agency: { name: `Sở ${EVIL}`, contact: `hotline ${EVIL}` },
      agencyRuleset: {
        name: `Bộ quy tắc ${EVIL}`,
        rules: 1,
        messages: [{ vi: `Quy tắc ${EVIL}`, en: `Rule ${EVIL}` }],
        fromUrl: false,
      },
      policyErrors: [{ path: `rules[0]${EVIL}`, message: { vi: `Lỗi ${EVIL}`, en: `Error ${EVIL}` } }],
    } as unknown as SettingsView;
    const el = mount(<AgencyBanner view={view} />);
    for (const s of [
      `Sở ${EVIL}`,
      `hotline ${EVIL}`,
      `Bộ quy tắc ${EVIL}`,
      `Quy tắc ${EVIL}`,
      `Lỗi ${EVIL}`,
    ]) {
      expect(el.textContent).toContain(s);
    }
    expectNoMarkup(el);
  });
});

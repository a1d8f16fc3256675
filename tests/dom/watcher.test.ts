// The watcher finds compose boxes as pages mount them and lets go of them when they leave.
import { afterEach, describe, expect, it } from 'vitest';
import { createWatcher } from '../../entrypoints/content/watcher';

const tick = () => new Promise((ok) => setTimeout(ok, 0));

function track() {
  const ac = new AbortController();
  const attached: string[] = [];
  const released: string[] = [];
  const w = createWatcher({
    root: document,
    signal: ac.signal,
    attach(el, adapter) {
      attached.push(`${adapter.name}:${el.id}`);
      return () => released.push(el.id);
    },
  });
  return { ac, w, attached, released };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('watcher', () => {
  it('attaches to boxes present at start, each with the adapter that claims it', () => {
    document.body.innerHTML = `
      <div id="fb" contenteditable="true" role="textbox" data-lexical-editor="true"></div>
      <div id="richInput" contenteditable="true"></div>
      <textarea id="ta"></textarea>
      <input id="search" type="text" placeholder="Tìm kiếm" role="combobox" spellcheck="false">
      <div id="ro">not editable</div>`;
    const { w, attached, ac } = track();
    expect(attached).toEqual(['facebook:fb', 'zalo:richInput', 'generic:ta']);
    expect(w.boxes().map((b) => b.id)).toEqual(['fb', 'richInput', 'ta']);
    ac.abort();
  });

  it('finds a box mounted later by a single-page app, and releases it once removed', async () => {
    const { attached, released, ac } = track();
    const wrap = document.createElement('div');
    wrap.innerHTML = '<div><div id="c1" contenteditable="true" data-lexical-editor="true"></div></div>';
    document.body.append(wrap);
    await tick();
    expect(attached).toEqual(['facebook:c1']);
    wrap.remove();
    await tick();
    expect(released).toEqual(['c1']);
    ac.abort();
  });

  it('a re-mounted box (conversation switch) is released and the new one attached', async () => {
    document.body.innerHTML = '<div id="area"><div id="richInput" contenteditable="true"></div></div>';
    const { attached, released, ac } = track();
    const area = document.getElementById('area') as HTMLElement;
    area.innerHTML = '<div id="richInput" contenteditable="true"></div>';
    await tick();
    expect(released).toEqual(['richInput']);
    expect(attached).toEqual(['zalo:richInput', 'zalo:richInput']);
    ac.abort();
  });

  it('honours data-ungxu="off" on the box or an ancestor, also when set later', async () => {
    document.body.innerHTML = `
      <section data-ungxu="off"><textarea id="quiet"></textarea></section>
      <textarea id="loud"></textarea>`;
    const { attached, released, ac } = track();
    expect(attached).toEqual(['generic:loud']);
    document.getElementById('loud')?.setAttribute('data-ungxu', 'off');
    await tick();
    expect(released).toEqual(['loud']);
    ac.abort();
  });

  it('skips spellcheck=false on generic boxes but not on Facebook/Zalo ones (they set it for other reasons)', () => {
    document.body.innerHTML = `
      <div id="code" contenteditable="true" spellcheck="false"></div>
      <div id="richInput" contenteditable="true" spellcheck="false"></div>`;
    const { attached, ac } = track();
    expect(attached).toEqual(['zalo:richInput']);
    ac.abort();
  });

  it('looks inside open shadow roots, including ones attached later', async () => {
    const { attached, ac } = track();
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea id="inside"></textarea>';
    await tick();
    expect(attached).toEqual(['generic:inside']);
    const later = document.createElement('textarea');
    later.id = 'later';
    root.append(later);
    await tick();
    expect(attached).toEqual(['generic:inside', 'generic:later']);
    ac.abort();
  });

  it('does not attach a contenteditable nested in another box twice', () => {
    document.body.innerHTML =
      '<div id="outer" contenteditable="true"><p><span id="inner" contenteditable="true">x</span></p></div>';
    const { attached, ac } = track();
    expect(attached).toEqual(['generic:outer']);
    ac.abort();
  });

  it('aborting the signal (extension update) releases every box and stops watching', async () => {
    document.body.innerHTML = '<textarea id="a"></textarea>';
    const { attached, released, ac } = track();
    ac.abort();
    expect(released).toEqual(['a']);
    document.body.insertAdjacentHTML('beforeend', '<textarea id="b"></textarea>');
    await tick();
    expect(attached).toEqual(['generic:a']);
  });
});

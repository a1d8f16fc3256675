import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { francTwoLanguages } from '../../build/franc-two-languages';

const dataPath = join(dirname(createRequire(import.meta.url).resolve('franc-min')), 'data.js');

it('serves franc-min data with exactly the Vietnamese and English trigrams, unchanged', async () => {
  const plugin = francTwoLanguages();
  const load = plugin.load as (id: string) => Promise<string | null>;
  const code = await load.call({}, dataPath);
  expect(code).toBeTypeOf('string');
  const slim = (await import(`data:text/javascript,${encodeURIComponent(code as string)}`)) as {
    data: Record<string, Record<string, string>>;
  };
  const full = (await import(pathToFileURL(dataPath).href)) as {
    data: Record<string, Record<string, string>>;
  };
  expect(Object.keys(slim.data)).toEqual(['Latin']);
  expect(Object.keys(slim.data.Latin ?? {}).sort()).toEqual(['eng', 'vie']);
  expect(slim.data.Latin?.vie).toBe(full.data.Latin?.vie);
  expect(slim.data.Latin?.eng).toBe(full.data.Latin?.eng);
  expect(code?.length).toBeLessThan(10_000);
});

it('leaves every other module alone', async () => {
  const load = francTwoLanguages().load as (id: string) => Promise<string | null>;
  expect(await load.call({}, '/x/node_modules/franc-min/index.js')).toBeNull();
});

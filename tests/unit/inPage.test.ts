import { expect, test } from 'vitest';
import { getService } from '../../src/data/registry.ts';
import { inContentFile } from '../../src/data/inPage.ts';

test('an unknown id in an MDX page names the .mdx file, the page and the id', () => {
  expect(() => inContentFile('content/sv/barn.mdx', '/sv/barn/', () => getService('briss'))).toThrow(
    'content/sv/barn.mdx (page /sv/barn/): No service "briss" in content/data/services.json',
  );
  expect(() => inContentFile(undefined, '/sv/', () => getService('briss'))).toThrow('page /sv/: No service "briss"');
});

test('a known id passes through', () => {
  expect(inContentFile('content/sv/barn.mdx', '/sv/barn/', () => getService('bris')).id).toBe('bris');
});

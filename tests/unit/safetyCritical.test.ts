import { expect, test } from 'vitest';
import { SAFETY_CRITICAL_PAGES, SAFETY_CRITICAL_STRINGS, safetyCriticalPaths } from '../../src/lib/safetyCritical.ts';

test('the safety-critical list names the acute-help, support, hide-your-visit and youth pages and the district strings', () => {
  expect([...SAFETY_CRITICAL_PAGES]).toEqual(['akut-hjalp', 'sa-fungerar-stodet', 'dolj-ditt-besok', 'ung']);
  expect([...SAFETY_CRITICAL_STRINGS]).toEqual(['district.json']);
  expect(safetyCriticalPaths('so')).toContain('locales/so/district.json');
});

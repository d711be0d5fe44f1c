import { expect, test } from 'vitest';
import { pickVoice } from '../../src/lib/voices.ts';

const voices = [
  { name: 'Alva', lang: 'sv-SE', localService: false },
  { name: 'Klara', lang: 'sv_SE', localService: true },
  { name: 'Maged', lang: 'ar-SA', localService: true },
  { name: 'Samantha', lang: 'en-US', localService: true, default: true },
];

test('a voice for the page language is found, preferring one on the device', () => {
  expect(pickVoice(voices, 'sv')?.name).toBe('Klara');
  expect(pickVoice(voices, 'ar')?.name).toBe('Maged');
  expect(pickVoice(voices, 'en-GB')?.name).toBe('Samantha');
});

test('no voice for the language means no control', () => {
  expect(pickVoice(voices, 'ti')).toBeUndefined();
  expect(pickVoice([], 'sv')).toBeUndefined();
});

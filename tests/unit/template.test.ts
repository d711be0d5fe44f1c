import { expect, test } from 'vitest';
import { fill, splitAround } from '../../src/lib/template.ts';

test('a sentence splits around its placeholder, in any word order', () => {
  expect(splitAround('Ring {{number}}', 'number')).toEqual(['Ring ', '']);
  expect(splitAround('ናብ {{number}} ደውሉ', 'number')).toEqual(['ናብ ', ' ደውሉ']);
  expect(splitAround('No placeholder', 'number')).toEqual(['No placeholder', '']);
});

test('placeholders are filled by name, wherever the translation puts them', () => {
  expect(fill('Du verkar vara i {{place}}.', { place: 'Solna' })).toBe('Du verkar vara i Solna.');
  expect(fill('{{areas}} :مناطق', { areas: 'a، b' })).toBe('a، b :مناطق');
  expect(fill('{{ count }} av {{count}}', { count: 3 })).toBe('3 av 3');
});

test('a placeholder without a value stays visible, and values are not read as patterns', () => {
  expect(fill('Ring {{number}}', {})).toBe('Ring {{number}}');
  expect(fill('{{a}}', { a: '$& {{b}}' })).toBe('$& {{b}}');
});

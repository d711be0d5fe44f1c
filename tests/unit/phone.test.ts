import { describe, expect, test } from 'vitest';
import { dialledDigits, displayMatchesNumber, formatSwedishNumber, isValidSwedishNumber, telHref } from '../../src/lib/phone.ts';

describe('formatSwedishNumber', () => {
  test.each([
    ['+4620505050', '020-50 50 50'],
    ['+46850800508', '08-508 00 508'],
    ['+46850801000', '08-508 01 000'],
    ['+4620808080', '020-80 80 80'],
    ['+46102235760', '010-223 57 60'],
    ['+46701443806', '070-144 38 06'],
    ['112', '112'],
    ['11414', '114 14'],
    ['11313', '113 13'],
    ['1177', '1177'],
    ['116006', '116 006'],
    ['116111', '116 111'],
    ['90101', '90101'],
  ])('%s is written %s', (stored, shown) => {
    expect(formatSwedishNumber(stored)).toBe(shown);
  });

  test('refuses a number that is not Swedish', () => {
    expect(() => formatSwedishNumber('+4930123456')).toThrow(/Not a Swedish number/);
  });
});

describe('isValidSwedishNumber', () => {
  test.each(['112', '11414', '1177', '116006', '90101', '+4620505050', '+46850800508', '+46701443806'])('accepts %s', (n) => {
    expect(isValidSwedishNumber(n)).toBe(true);
  });
  test.each(['', '020-50 50 50', '0205050500', '+4670144380', '+46 20 50 50 50', '116016x', '+4930123456', '12345', '+460205050'])(
    'rejects %s',
    (n) => {
      expect(isValidSwedishNumber(n)).toBe(false);
    },
  );
});

test('telHref keeps digits only and refuses anything else', () => {
  expect(telHref('+4620505050')).toBe('tel:+4620505050');
  expect(telHref('112')).toBe('tel:112');
  expect(() => telHref('020-50 50 50')).toThrow();
});

test('a display text must show the stored digits', () => {
  expect(dialledDigits('+4620555666')).toBe('020555666');
  expect(displayMatchesNumber('020-555 666', '+4620555666')).toBe(true);
  expect(displayMatchesNumber('020-555 667', '+4620555666')).toBe(false);
});

import { describe, expect, test } from 'vitest';
import { checkSwedishNumber, dialledDigits, displayMatchesNumber, formatSwedishNumber, isValidSwedishNumber, telHref } from '../../src/lib/phone.ts';

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

describe('checkSwedishNumber: the Swedish numbering plan, by kind', () => {
  test.each([
    ['112', 'short'],
    ['11414', 'short'],
    ['1177', 'short'],
    ['116111', 'short'],
    ['90101', 'short'],
    ['+4620505050', 'freephone'],
    ['+46200123456', 'freephone'],
    ['+46701443806', 'mobile'],
    ['+46102235760', 'corporate'],
    ['+46771235235', 'shared-cost'],
    ['+46850800508', 'geographic'],
    ['+4681234567', 'geographic'],
    ['+46812345', 'geographic'],
    ['+4631123456', 'geographic'],
    ['+46311234567', 'geographic'],
    ['+46980123456', 'geographic'],
  ])('%s is a valid %s number', (n, kind) => {
    expect(checkSwedishNumber(n)).toEqual({ ok: true, kind });
  });

  test.each([
    ['+469801234', 'it looks like a geographic number (area code 0980) but has 4 digits after the area code; it needs 5–6'],
    ['+468123', 'it looks like a geographic number (area code 08) but has 3 digits after the area code; it needs 5–8'],
    ['+46311234', 'it looks like a geographic number (area code 031) but has 4 digits after the area code; it needs 5–7'],
    ['+462050505', 'it looks like a 020 freephone number but has 7 digits after the 0; it needs 8–9'],
    ['+4620012345', 'it looks like a 0200 freephone number but has 8 digits after the 0; it needs 9'],
    ['+4670144380', 'it looks like a mobile number (070) but has 8 digits after the 0; it needs 9'],
    ['+4610223576', 'it looks like an 010 number but has 8 digits after the 0; it needs 9'],
    ['+46900123456', '0900 is a premium-rate series: calling it costs money; the site does not show such numbers'],
    ['+46741234567', '074 is not a mobile series (070, 072, 073, 076, 079) nor a number people call'],
    ['+460205050', 'drop the trunk 0 after +46 (+46 20…, not +46 020…)'],
    ['020-50 50 50', 'write it as +46 followed by the number without its leading 0, digits only (020-50 50 50 is +4620505050)'],
    ['12345', 'not a Swedish short number (112, 114 14, 1177, 116 xxx, 90xxx); write other numbers as +46…'],
    ['+4681234567890', '11 digits after +46; a Swedish number has at most 9'],
  ])('%s is refused: %s', (n, reason) => {
    expect(checkSwedishNumber(n)).toEqual({ ok: false, reason });
  });
});

import { expect, test } from 'vitest';
import { districtPayload, qrMatrix, qrSvgPath, qrViewBox } from '../../src/lib/qr.ts';

test('the payload is the plain district address, without any parameter', () => {
  const url = districtPayload('https://example.org', 'so', 'jarva');
  expect(url).toBe('https://example.org/so/stadsdel/jarva/');
  expect(new URL(url).search).toBe('');
  expect(new URL(url).hash).toBe('');
});

test('the code is a square with finder patterns in three corners', () => {
  const m = qrMatrix('https://example.org/sv/stadsdel/farsta/');
  expect(m.size).toBeGreaterThanOrEqual(21);
  expect((m.size - 17) % 4).toBe(0);
  for (const [r, c] of [[0, 0], [0, m.size - 7], [m.size - 7, 0]]) {
    // A finder pattern: a dark 7×7 ring around a light ring around a dark 3×3 centre.
    expect(m.isDark(r, c)).toBe(true);
    expect(m.isDark(r + 1, c + 1)).toBe(false);
    expect(m.isDark(r + 3, c + 3)).toBe(true);
  }
});

test('the SVG path draws exactly the dark modules, inside a quiet zone', () => {
  const m = qrMatrix('https://example.org/en/stadsdel/bromma/');
  let dark = 0;
  for (let r = 0; r < m.size; r++) for (let c = 0; c < m.size; c++) if (m.isDark(r, c)) dark++;
  const path = qrSvgPath(m);
  expect(path.match(/M/g)?.length).toBe(dark);
  expect(path.startsWith('M4 4h1v1h-1z')).toBe(true);
  expect(qrViewBox(m)).toBe(`0 0 ${m.size + 8} ${m.size + 8}`);
});

test('different addresses give different codes', () => {
  expect(qrSvgPath(qrMatrix('https://example.org/sv/stadsdel/jarva/'))).not.toBe(qrSvgPath(qrMatrix('https://example.org/sv/stadsdel/bromma/')));
});

import jsQR from 'jsqr';

/** Draws the code as a bitmap, as a phone camera would see it, and reads it back. */
function decode(payload: string): string | undefined {
  const m = qrMatrix(payload);
  const scale = 4;
  const side = (m.size + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const r = Math.floor(y / scale) - 4;
      const c = Math.floor(x / scale) - 4;
      if (r >= 0 && c >= 0 && r < m.size && c < m.size && m.isDark(r, c)) pixels.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  }
  return jsQR(pixels, side, side)?.data;
}

test('a scanner reads back exactly the district address', () => {
  for (const [lang, id] of [['sv', 'jarva'], ['ar', 'enskede-arsta-vantor'], ['ti', 'hagersten-alvsjo']] as const) {
    const payload = districtPayload('https://stodnara.stockholm.example', lang, id);
    expect(decode(payload)).toBe(payload);
  }
});

/**
 * QR codes for the printed help cards, made at build time as SVG paths. The payload is the
 * district page's plain address: no query string, no tracking parameter.
 */
import qrcode from 'qrcode-generator';
import type { LanguageCode } from '../i18n/languages.ts';
import { absoluteUrl, districtPath } from '../i18n/paths.ts';

export interface QrMatrix {
  size: number;
  isDark: (row: number, col: number) => boolean;
}

/** Medium error correction: a card that is folded or worn still scans. */
export function qrMatrix(payload: string): QrMatrix {
  const qr = qrcode(0, 'M');
  qr.addData(payload, 'Byte');
  qr.make();
  return { size: qr.getModuleCount(), isDark: (r, c) => qr.isDark(r, c) };
}

/** One SVG path of unit squares, with the four-module quiet zone the standard asks for. */
export function qrSvgPath(matrix: QrMatrix, quiet = 4): string {
  const parts: string[] = [];
  for (let r = 0; r < matrix.size; r++) {
    for (let c = 0; c < matrix.size; c++) {
      if (matrix.isDark(r, c)) parts.push(`M${c + quiet} ${r + quiet}h1v1h-1z`);
    }
  }
  return parts.join('');
}

export function qrViewBox(matrix: QrMatrix, quiet = 4): string {
  const side = matrix.size + quiet * 2;
  return `0 0 ${side} ${side}`;
}

/** The address a card's QR code carries: the district page, nothing more. */
export function districtPayload(siteUrl: string, lang: LanguageCode, districtId: string): string {
  return absoluteUrl(siteUrl, districtPath(lang, districtId));
}

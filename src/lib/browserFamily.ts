/**
 * Which browser and device family a user agent belongs to, so the traces page can show the
 * steps that fit. Worked out in the browser; nothing is sent.
 */
export type BrowserFamily = 'chromeAndroid' | 'samsung' | 'safariIos' | 'chromeDesktop' | 'edgeDesktop' | 'firefoxDesktop' | 'safariMac' | 'unknown';

export function browserFamily(userAgent: string): BrowserFamily {
  const ua = userAgent;
  const ios = /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && /Mobile\//.test(ua));
  if (ios) return 'safariIos'; // every iOS browser uses Safari's engine and history settings
  if (/SamsungBrowser/.test(ua)) return 'samsung';
  if (/Android/.test(ua)) return /Chrome\//.test(ua) && !/Firefox|EdgA|OPR/.test(ua) ? 'chromeAndroid' : 'unknown';
  if (/Edg\//.test(ua)) return 'edgeDesktop';
  if (/Firefox\//.test(ua)) return 'firefoxDesktop';
  if (/Chrome\//.test(ua) && !/OPR\//.test(ua)) return 'chromeDesktop';
  if (/Macintosh/.test(ua) && /Safari\//.test(ua) && /Version\//.test(ua)) return 'safariMac';
  return 'unknown';
}

export const FAMILIES: Exclude<BrowserFamily, 'unknown'>[] = ['chromeAndroid', 'samsung', 'safariIos', 'chromeDesktop', 'edgeDesktop', 'firefoxDesktop', 'safariMac'];

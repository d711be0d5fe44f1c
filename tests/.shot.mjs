import { chromium } from '@playwright/test';
const [,, path, out, width='390', height='1400'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: +width, height: +height } });
await p.goto('http://127.0.0.1:4500' + path);
await p.screenshot({ path: out, fullPage: false });
await b.close();

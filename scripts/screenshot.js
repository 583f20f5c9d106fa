// Screenshots of a page in headless Chromium, for looking at what we build:
//   node scripts/screenshot.js URL OUT.png [WIDTH] [HEIGHT] [clipX,clipY,clipW,clipH | -] [--reduced-motion] [--scale=2]
//     [--attr=name=value …] (set on the first <jurisdiction-map>) [--keys=++] (pressed on its map)
// Waits for the element's jm-ready event (or 3 s) and for animations to finish.
import { chromium } from 'playwright';
import { findChromium } from './find-chromium.js';

const [url, out, width = '1440', height = '900', clip, ...flags] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: ['--disable-gpu', '--disable-quic'],
});
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  reducedMotion: flags.includes('--reduced-motion') ? 'reduce' : 'no-preference',
  deviceScaleFactor: Number(flags.find((f) => f.startsWith('--scale='))?.slice(8) ?? 1),
});
await page.goto(url);
await page
  .waitForFunction(() => document.querySelector('jurisdiction-map')?.resolution, null, {
    timeout: 5000,
  })
  .catch(() => {});
for (const flag of flags.filter((f) => f.startsWith('--attr='))) {
  const [name, ...value] = flag.slice(7).split('=');
  await page.evaluate(
    ([n, v]) => document.querySelector('jurisdiction-map')?.setAttribute(n, v),
    [name, value.join('=')],
  );
}
const keys = flags.find((f) => f.startsWith('--keys='))?.slice(7) ?? '';
if (keys) {
  await page.locator('jurisdiction-map .stage').focus();
  for (const key of keys)
    await page.keyboard.press(key === '+' ? 'Equal' : key === '-' ? 'Minus' : key);
}
await page.waitForTimeout(1500);
const [x, y, w, h] = clip && clip !== '-' ? clip.split(',').map(Number) : [];
await page.screenshot({
  path: out,
  fullPage: !clip || clip === '-',
  ...(w ? { clip: { x, y, width: w, height: h } } : {}),
});
await browser.close();

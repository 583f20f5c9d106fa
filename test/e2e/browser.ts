// One Chromium and one static server for an e2e test file, closed after it.
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll } from 'vitest';
import { findChromium } from '../../scripts/find-chromium.js';
import { serve, type TestServer } from './server.js';

/** Starts the server (with these pages and CSP) and Chromium before the file's tests. */
export function useBrowser(pages: Record<string, string> = {}, csp?: string) {
  const context = {} as { browser: Browser; server: TestServer };
  beforeAll(async () => {
    context.server = await serve(pages, csp);
    context.browser = await chromium.launch({
      executablePath: findChromium() ?? undefined,
      args: ['--disable-gpu', '--disable-quic'],
    });
  }, 180_000);
  afterAll(async () => {
    await context.browser?.close();
    await context.server?.close();
  });
  return context;
}

// Statistics (needs the summary routes): the page shows the server's figures for the period and
// downloads them as CSV.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { env, openBrowser, signIn, api, until, screenshot } from './lib/console.mjs';

let browser;
let page;

before(async () => {
  browser = await openBrowser();
  page = browser.page;
  await until('alerts stored today', async () => (await api('/api/v1/alerts?limit=1')).total > 0, 60_000);
  await signIn(page, env.admin, '#/stats');
});

after(async () => {
  await browser.close();
});

test("today's summary shows the server's figures", async () => {
  const total = page.locator('[data-total]');
  await total.waitFor();
  const shown = Number(await total.getAttribute('data-total'));
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const end = new Date(start.getTime() + 86400_000);
  const summary = await api(`/api/v1/stats/summary?from=${start.toISOString()}&to=${end.toISOString()}`);
  assert.ok(shown > 0);
  // alerts keep coming while the page loads: the page's figure lies between two readings
  assert.ok(shown <= summary.total, `page ${shown}, server ${summary.total}`);
  assert.equal(await page.locator('.chart.hours .bars li').count(), 24);
  await screenshot(page, 'stats');
});

test('the summary downloads as CSV', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[name=csv]')]);
  const text = await readFile(await download.path(), 'utf8');
  assert.match(download.suggestedFilename(), /\.csv$/);
  assert.ok(text.split('\n').length > 2, text);
});

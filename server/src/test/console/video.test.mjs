// The enlarged full-rate view (needs the video route): an H.264 channel plays in Chromium through
// Media Source Extensions, with less than 2 s from the server reading a fragment to the browser
// presenting it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { env, openBrowser, signIn, until, screenshot } from './lib/console.mjs';

let browser;
let page;

before(async () => {
  browser = await openBrowser();
  page = browser.page;
  await signIn(page, env.admin, '#/wall');
  await page.waitForSelector(`.tile[data-channel="${env.h264Channel}"]`);
});

after(async () => {
  await browser.close();
});

test('the enlarged view plays the H.264 channel with under 2 s of delay', async () => {
  await page.click(`.tile[data-channel="${env.h264Channel}"] button.enlarge`);
  const panel = page.locator(`.enlarged[data-channel="${env.h264Channel}"]`);
  await panel.waitFor();
  await until('20 delay samples', async () => {
    const error = await panel.getAttribute('data-error');
    assert.equal(error, null, `the player reported: ${error}`);
    return Number(await panel.getAttribute('data-samples')) >= 20;
  }, 60_000);
  const delayMs = Number(await panel.getAttribute('data-delay-ms'));
  console.log(`full-rate view delay (median of ${await panel.getAttribute('data-samples')} frames): ${delayMs} ms`);
  assert.ok(delayMs > 0 && delayMs < 2000, `median delay ${delayMs} ms`);

  const video = panel.locator('video');
  const t0 = await video.evaluate(v => v.currentTime);
  await page.waitForTimeout(2000);
  const played = await video.evaluate(v => ({ time: v.currentTime, width: v.videoWidth, paused: v.paused }));
  assert.ok(played.time - t0 > 1, `the video moved from ${t0} to ${played.time}`);
  assert.equal(played.width, 768);
  assert.equal(played.paused, false);
  await screenshot(page, 'wall-full-rate');
  await page.click('.enlarged button:has-text("Close")');
  assert.equal(await page.locator('.enlarged').count(), 0);
});

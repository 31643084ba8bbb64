// Onboarding with the probe and rules (needs the probe route and rules in channel bodies): the
// probe shows codec, size and frame rate with a snapshot to draw on; a line drawn with the mouse
// becomes a line-crossing rule; a rule's field error appears next to its input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { env, openBrowser, signIn, api, screenshot } from './lib/console.mjs';

let browser;
let page;
const ID = 'east-road';

before(async () => {
  browser = await openBrowser();
  page = browser.page;
  await signIn(page, env.admin, '#/channels/new');
  await page.waitForSelector('form.channel-form');
});

after(async () => {
  await browser.close();
});

test('the probe shows codec, resolution, frame rate and a snapshot', async () => {
  await page.selectOption('.form-grid select[name=type]', 'file');
  await page.fill('.form-grid input[name=path]', 'samples/footage/vtest-mirrored-h264.mp4');
  await page.click('button[name=probe]');
  await page.waitForSelector('[data-probe="codec"]');
  assert.match(await page.textContent('[data-probe="codec"]'), /h264/i);
  assert.equal(await page.textContent('[data-probe="resolution"]'), '768×576');
  assert.equal(await page.textContent('[data-probe="fps"]'), '10.0 fps');
  // the snapshot replaced the blank grid: the canvas now has the picture's 4:3 shape
  const size = await page.locator('canvas.editor-canvas').evaluate(c => [c.width, c.height]);
  assert.deepEqual(size, [768, 576]);
});

test('a line drawn with the mouse is saved as a line-crossing rule', async () => {
  await page.fill('.form-grid input[name=id]', ID);
  await page.fill('.form-grid input[name=name]', '东环路 East road');
  const canvas = page.locator('canvas.editor-canvas');
  const box = await canvas.boundingBox();
  await page.click('button[name=draw-line]');
  await canvas.click({ position: { x: 0.2 * box.width, y: 0.5 * box.height } });
  await canvas.click({ position: { x: 0.8 * box.width, y: 0.6 * box.height } });
  const row = page.locator('fieldset.shape[data-index="0"]');
  await row.waitFor();
  await row.locator('select[name=direction]').selectOption('a_to_b');
  await row.locator('input[name=classes]').fill('person');
  await row.locator('input[name=windows]').fill('Mon-Fri 25:00-08:00');
  await page.click('form.channel-form button[type=submit]');
  const error = page.locator('.field-error[data-for^="rules[0].schedule"]');
  await error.waitFor();
  assert.match(await error.textContent(), /25:00/);
  await screenshot(page, 'onboarding-rule-error');

  await row.locator('input[name=windows]').fill('Mon-Fri 18:00-08:00');
  await page.click('form.channel-form button[type=submit]');
  await page.waitForSelector(`table.channel-list tr[data-id="${ID}"]`);
  const saved = await api(`/api/v1/channels/${ID}`);
  assert.equal(saved.rules.length, 1);
  const rule = saved.rules[0];
  assert.equal(rule.type, 'line_crossing');
  assert.equal(rule.direction, 'a_to_b');
  assert.deepEqual(rule.classes, ['person']);
  assert.deepEqual(rule.schedule.windows, ['Mon-Fri 18:00-08:00']);
  assert.ok(Math.abs(rule.start[0] - 0.2) < 0.01 && Math.abs(rule.start[1] - 0.5) < 0.01, `start ${rule.start}`);
  assert.ok(Math.abs(rule.end[0] - 0.8) < 0.01 && Math.abs(rule.end[1] - 0.6) < 0.01, `end ${rule.end}`);
  await api(`/api/v1/channels/${ID}`, { method: 'DELETE' });
});

// Onboarding a channel in the page: the server's field errors appear next to their inputs, a zone
// drawn with the mouse on the editor is saved with the channel at the corners clicked, and the
// channel joins its key site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { env, openBrowser, signIn, api, screenshot } from './lib/console.mjs';

let browser;
let page;
const ID = 'north-gate';

before(async () => {
  browser = await openBrowser();
  page = browser.page;
  await signIn(page, env.admin, '#/channels/new');
  await page.waitForSelector('form.channel-form');
});

after(async () => {
  await browser.close();
});

async function fieldError(path) {
  const error = page.locator(`.field-error[data-for="${path}"]`);
  await error.waitFor();
  return error.textContent();
}

test('a bad id and a bad RTSP address are reported next to their fields', async () => {
  await page.fill('.form-grid input[name=id]', 'North Gate!');
  await page.selectOption('.form-grid select[name=type]', 'rtsp');
  await page.fill('.form-grid input[name=url]', 'http://192.168.1.64/stream');
  await page.click('form.channel-form button[type=submit]');
  assert.match(await fieldError('id'), /North Gate!/);
  assert.match(await fieldError('source.url'), /rtsp:\/\//);
  assert.equal(await page.locator('input[name=id].invalid').count(), 1);
  assert.equal(await page.locator('input[name=url].invalid').count(), 1);
});

test('a zone drawn with the mouse is saved with the channel, at the corners clicked', async () => {
  await page.fill('.form-grid input[name=id]', ID);
  await page.fill('.form-grid input[name=name]', '北门 North gate');
  await page.selectOption('.form-grid select[name=type]', 'file');
  await page.fill('.form-grid input[name=path]', env.footage);
  const sites = await api('/api/v1/sites');
  const site = sites.sites[0];
  await page.selectOption('select[name=site]', site.code);

  const canvas = page.locator('canvas.editor-canvas');
  const box = await canvas.boundingBox();
  const corners = [[0.1, 0.4], [0.7, 0.4], [0.7, 0.9], [0.1, 0.9]];
  await page.click('button[name=draw-zone]');
  for (const [x, y] of corners) await canvas.click({ position: { x: x * box.width, y: y * box.height } });
  await page.click('button[name=finish]');
  await page.waitForSelector('fieldset.shape[data-index="0"]');
  await page.fill('fieldset.shape[data-index="0"] input[name=id]', 'gate-lawn');
  await page.fill('fieldset.shape[data-index="0"] input[name=minDwell]', 'two seconds');
  await page.click('form.channel-form button[type=submit]');
  assert.match(await fieldError('zones[0].minDwell'), /two seconds/);
  await screenshot(page, 'onboarding-zone');

  await page.fill('fieldset.shape[data-index="0"] input[name=minDwell]', '2s');
  await page.click('form.channel-form button[type=submit]');
  await page.waitForSelector(`table.channel-list tr[data-id="${ID}"]`);

  const saved = await api(`/api/v1/channels/${ID}`);
  assert.equal(saved.name, '北门 North gate');
  assert.equal(saved.zones.length, 1);
  assert.equal(saved.zones[0].id, 'gate-lawn');
  assert.equal(saved.zones[0].minDwell, '2s');
  assert.equal(saved.zones[0].polygon.length, corners.length);
  saved.zones[0].polygon.forEach(([x, y], i) => {
    assert.ok(Math.abs(x - corners[i][0]) < 0.01 && Math.abs(y - corners[i][1]) < 0.01,
      `corner ${i} saved at ${x},${y}, clicked at ${corners[i]}`);
  });
  const after = await api(`/api/v1/sites/${site.code}`);
  assert.ok(after.channels.includes(ID), `site ${site.code} lists ${after.channels}`);
  assert.match(await page.locator(`table.channel-list tr[data-id="${ID}"]`).textContent(), /北门 North gate/);
});

test('editing the channel shows its zone again and keeps it when saved', async () => {
  await page.click(`table.channel-list tr[data-id="${ID}"] a.button`);
  await page.waitForSelector('fieldset.shape[data-index="0"]');
  assert.equal(await page.inputValue('fieldset.shape[data-index="0"] input[name=id]'), 'gate-lawn');
  await page.fill('.form-grid input[name=name]', '北门 North gate (moved)');
  await page.click('form.channel-form button[type=submit]');
  await page.waitForSelector(`table.channel-list tr[data-id="${ID}"]`);
  const saved = await api(`/api/v1/channels/${ID}`);
  assert.equal(saved.name, '北门 North gate (moved)');
  assert.equal(saved.zones[0].id, 'gate-lawn');
  await api(`/api/v1/channels/${ID}`, { method: 'DELETE' });
});

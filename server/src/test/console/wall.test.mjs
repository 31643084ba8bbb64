// The video wall (needs the live, snapshot and layout routes): four live tiles whose pictures
// change, with name, site, state and overlay; a tile flashes when its channel raises an alert;
// the layout is saved per user on the server; the overlay can be switched off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { env, openBrowser, signIn, api, until, screenshot } from './lib/console.mjs';

let browser;
let page;
let adminToken;

async function login(user) {
  const answer = await fetch(`${env.baseUrl}/api/v1/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(user),
  });
  assert.equal(answer.status, 200);
  return (await answer.json()).token;
}

before(async () => {
  adminToken = await login({ name: env.admin.name, password: env.admin.password });
  browser = await openBrowser();
  page = browser.page;
  await signIn(page, env.admin, '#/wall');
  await page.waitForSelector('.wall-grid .tile');
});

after(async () => {
  await browser.close();
});

function tileFrames() {
  return page.$$eval('.wall-grid .tile', tiles => tiles.map(t => ({ channel: t.dataset.channel, frames: Number(t.dataset.frames || 0), state: t.dataset.state })));
}

test('four live tiles whose pictures change, with name, site and state', async () => {
  assert.equal(await page.locator('.wall-grid.n4 .tile').count(), 4);
  await until('every tile shows frames', async () => (await tileFrames()).every(t => t.frames >= 3), 30_000);
  const tile = page.locator('.wall-grid .tile').first();
  const first = await tile.locator('canvas').evaluate(canvas => canvas.toDataURL('image/png'));
  await until('the first tile shows a new picture', async () =>
    (await tile.locator('canvas').evaluate(canvas => canvas.toDataURL('image/png'))) !== first, 10_000);
  const tiles = await tileFrames();
  const { channels } = await api('/api/v1/channels');
  assert.deepEqual(tiles.map(t => t.channel).sort(), channels.slice(0, 4).map(c => c.id).sort());
  for (const t of tiles) assert.equal(t.state, 'ONLINE', `tile of ${t.channel}`);
  const names = await page.$$eval('.wall-grid .tile .name', els => els.map(e => e.textContent));
  assert.ok(names.some(name => name.includes('新安镇文化广场')), `tile names ${names}`);
  const sites = await page.$$eval('.wall-grid .tile .site', els => els.map(e => e.textContent));
  assert.ok(sites.includes('邵郢小学'), `tile sites ${sites}`);
});

test('the analysis overlay is drawn and can be switched off', async () => {
  const tile = page.locator('.wall-grid .tile').first();
  // the overlay's zone outline is drawn in its own colour; without it, the picture has none of it
  const zonePixels = () => tile.locator('canvas').evaluate(canvas => {
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 110 && data[i + 1] > 150 && data[i + 2] > 200 && data[i + 2] - data[i] > 100) count++;
    return count;
  });
  const withOverlay = await until('the zone outline on the picture', async () => {
    const count = await zonePixels();
    return count > 300 && count;
  }, 10_000);
  await screenshot(page, 'wall');
  await page.uncheck('input[name=overlay]');
  // what is left of that colour belongs to the scene (a blue sign), a small part of the outline's
  await until('a picture without the overlay', async () => (await zonePixels()) < withOverlay / 4, 10_000);
  await page.check('input[name=overlay]');
});

test("a tile flashes when its channel raises an alert", async () => {
  const flashed = await until('a flashing tile', () => page.evaluate(() => {
    const tile = document.querySelector('.tile.alarm');
    return tile && { channel: tile.dataset.channel, alert: tile.dataset.alert };
  }), 90_000);
  const alert = await api(`/api/v1/alerts/${flashed.alert}`);
  assert.equal(alert.channelId, flashed.channel);
  await screenshot(page, 'wall-alarm');
});

test('the layout is saved for the user and comes back after a reload', async () => {
  await page.click('button.layout[data-tiles="9"]');
  await page.waitForSelector('.saved[data-where="server"]');
  const saved = await api('/api/v1/me/layout', { token: adminToken });
  assert.equal(saved.tiles, 9);
  assert.equal(saved.overlay, true);
  await page.reload();
  await page.waitForSelector('.wall-grid.n9');
  assert.equal(await page.locator('.wall-grid .tile').count(), 9);
  await page.click('button.layout[data-tiles="4"]');
  await page.waitForSelector('.saved[data-where="server"]');
  assert.equal((await api('/api/v1/me/layout', { token: adminToken })).tiles, 4);
});

test('a tour shows the channels one after another at its interval', async () => {
  await page.click('button.layout[data-tiles="1"]');
  await page.waitForSelector('.wall-grid.n1 .tile');
  await page.fill('input[name=interval]', '5');
  await page.check('input[name=tour]');
  await page.waitForSelector('.saved[data-where="server"]');
  const saved = await api('/api/v1/me/layout', { token: adminToken });
  assert.equal(saved.tiles, 1);
  assert.equal(saved.tour.intervalSeconds, 5);
  const channel = () => page.getAttribute('.wall-grid .tile', 'data-channel');
  const first = await channel();
  const started = Date.now();
  const next = await until('the tour moves on', async () => {
    const now = await channel();
    return now !== first && now;
  }, 15_000);
  const seconds = (Date.now() - started) / 1000;
  assert.ok(seconds <= 6, `the tour moved from ${first} to ${next} after ${seconds} s`);
  await page.uncheck('input[name=tour]');
  await page.click('button.layout[data-tiles="4"]');
  await page.waitForSelector('.wall-grid.n4');
});

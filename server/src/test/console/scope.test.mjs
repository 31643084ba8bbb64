// A township duty officer sees and receives only the alerts of his township: the desk lists
// none of the other township's, pushes none, and an alert of the other township opened by its
// address reads as one that does not exist.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { env, openBrowser, signIn, api, until, screenshot } from './lib/console.mjs';

let browser;
let page;

before(async () => {
  browser = await openBrowser({ viewport: { width: 390, height: 844 } });
  page = browser.page;
  await signIn(page, env.officerA);
});

after(async () => {
  await browser.close();
});

async function shownChannels() {
  return page.$$eval('table.alerts tbody tr', rows => rows.map(row => row.dataset.channel));
}

test('the duty officer lands on the desk, without the wall or the channels', async () => {
  await page.waitForSelector('.view-desk');
  assert.equal(await page.locator('#nav a[data-view="wall"]').isVisible(), false);
  assert.equal(await page.locator('#nav a[data-view="channels"]').isVisible(), false);
  assert.match(await page.locator('#who').textContent(), new RegExp(env.officerA.name));
});

test('the desk lists and receives only alerts of his township', async () => {
  const other = await until('alerts of both townships stored', async () => {
    const { alerts } = await api('/api/v1/alerts?limit=100');
    const mine = alerts.filter(a => env.officerA.channels.includes(a.channelId));
    const theirs = alerts.filter(a => env.officerB.channels.includes(a.channelId));
    return mine.length && theirs.length ? theirs : null;
  }, 90_000);
  await page.reload();
  await page.waitForSelector('table.alerts tbody tr');
  const listed = await shownChannels();
  assert.ok(listed.length > 0);
  for (const channel of listed) assert.ok(env.officerA.channels.includes(channel), `officer A was shown an alert of ${channel}`);

  const before = new Set(await page.$$eval('table.alerts tbody tr', rows => rows.map(r => r.dataset.id)));
  await until('an alert pushed to officer A', async () =>
    (await page.$$eval('tr.fresh', rows => rows.length)) > 0, 90_000);
  const pushed = await page.$$eval('tr.fresh', rows => rows.map(r => ({ id: r.dataset.id, channel: r.dataset.channel })));
  for (const alert of pushed) {
    assert.ok(!before.has(alert.id));
    assert.ok(env.officerA.channels.includes(alert.channel), `officer A was pushed an alert of ${alert.channel}`);
  }
  // meanwhile township B's channels went on raising alerts he never saw
  const { alerts } = await api('/api/v1/alerts?limit=100');
  const theirs = alerts.filter(a => env.officerB.channels.includes(a.channelId)).map(a => a.id);
  const shown = new Set(await page.$$eval('table.alerts tbody tr', rows => rows.map(r => r.dataset.id)));
  assert.ok(theirs.length >= other.length);
  assert.deepEqual(theirs.filter(id => shown.has(id)), []);
  await screenshot(page, 'desk-duty-officer-phone');
});

test("an alert of the other township opened by its address does not exist for him", async () => {
  const { alerts } = await api('/api/v1/alerts?limit=100');
  const theirs = alerts.find(a => env.officerB.channels.includes(a.channelId));
  assert.ok(theirs, 'township B has an alert');
  await page.goto(`${env.baseUrl}/#/desk/alert/${theirs.id}`);
  const missing = page.locator('.detail.missing');
  await missing.waitFor();
  assert.match(await missing.textContent(), new RegExp(`${theirs.id} does not exist or lies outside your jurisdiction`));
});

test('the other township\'s officer sees only the alerts of his own', async () => {
  const other = await openBrowser();
  try {
    await signIn(other.page, env.officerB);
    await other.page.waitForSelector('table.alerts tbody tr', { timeout: 60_000 });
    const listed = await other.page.$$eval('table.alerts tbody tr', rows => rows.map(row => row.dataset.channel));
    for (const channel of listed) assert.ok(env.officerB.channels.includes(channel), `officer B was shown an alert of ${channel}`);
  } finally {
    await other.close();
  }
});

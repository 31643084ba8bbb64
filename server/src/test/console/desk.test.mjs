// The alert desk: a pushed alert appears within 2 s of being stored, with the cue of a level-1
// alert; acknowledging and the other workflow steps go through the page and land in the audit
// trail under the signed-in user's name; field errors appear next to their inputs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { env, openBrowser, signIn, api, until, screenshot } from './lib/console.mjs';

let browser;
let page;

before(async () => {
  browser = await openBrowser();
  page = browser.page;
  await signIn(page, env.admin, '#/desk');
  await page.waitForSelector('.view-desk table.alerts');
  // the test's own clock of when each pushed row shows up in the page
  await page.evaluate(() => {
    window.rowSeenAt = {};
    new MutationObserver(records => {
      const now = performance.timeOrigin + performance.now();
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.matches && node.matches('tr.fresh[data-id]') && !(node.dataset.id in window.rowSeenAt)) {
            window.rowSeenAt[node.dataset.id] = now;
          }
        }
      }
    }).observe(document.querySelector('table.alerts tbody'), { childList: true });
  });
});

after(async () => {
  await browser.close();
});

test('a pushed alert is on the desk within 2 s of being stored, with the level-1 cue', async () => {
  const id = await until('an alert pushed to the desk', () => page.evaluate(() => Object.keys(window.rowSeenAt)[0]), 90_000);
  const seenAt = await page.evaluate(alertId => window.rowSeenAt[alertId], id);
  const stored = await api(`/api/v1/alerts/${id}`);
  const delayMs = seenAt - Date.parse(stored.createdAt);
  console.log(`alert-to-desk delay: ${Math.round(delayMs)} ms (alert ${id} stored ${stored.createdAt})`);
  assert.ok(delayMs >= 0 && delayMs < 2000, `the alert was stored at ${stored.createdAt} and shown ${Math.round(delayMs)} ms later`);

  const row = page.locator(`tr[data-id="${id}"]`);
  assert.equal(await row.getAttribute('data-channel'), stored.channelId);
  assert.equal(await row.locator('.level').textContent(), `L${stored.level}`);
  assert.equal(stored.level, 1, 'the channels watch level-1 sites');
  assert.ok(Number(await page.evaluate(() => document.body.dataset.cues)) >= 1, 'a level-1 alert gives the cue');
  assert.match(await page.locator('#banner').textContent(), /New level-1 alert: zone intrusion/);
  await screenshot(page, 'desk');
});

async function openAlert(id) {
  await page.click(`tr[data-id="${id}"]`);
  await page.waitForSelector(`.detail[data-id="${id}"]`);
}

async function act(id, action, fields) {
  await page.click(`.detail[data-id="${id}"] button[data-action="${action}"]`);
  for (const [name, value] of Object.entries(fields)) await page.fill(`form[data-action="${action}"] [name="${name}"]`, value);
  await page.click(`form[data-action="${action}"] button[type=submit]`);
}

test('acknowledge, dispatch, resolve and close through the page, each in the audit trail', async () => {
  const id = await until('a new alert on the desk', () => page.evaluate(() =>
    document.querySelector('tr[data-state="NEW"]')?.dataset.id), 60_000);
  await openAlert(id);

  await act(id, 'acknowledge', { note: '值班员已查看 checked on the wall' });
  await page.waitForSelector(`.detail[data-id="${id}"][data-state="ACKNOWLEDGED"]`);
  await page.waitForSelector(`tr[data-id="${id}"][data-state="ACKNOWLEDGED"]`);
  await act(id, 'dispatch', { to: '新安镇派出所', note: 'send the patrol' });
  await page.waitForSelector(`.detail[data-id="${id}"][data-state="DISPATCHED"]`);
  await act(id, 'resolve', { feedback: 'patrol found two people crossing the lawn' });
  await page.waitForSelector(`.detail[data-id="${id}"][data-state="RESOLVED"]`);
  await act(id, 'close', { note: 'reviewed' });
  await page.waitForSelector(`.detail[data-id="${id}"][data-state="CLOSED"]`);

  const stored = await api(`/api/v1/alerts/${id}`);
  assert.equal(stored.state, 'CLOSED');
  assert.deepEqual(stored.trail.map(step => [step.action, step.by]), [
    ['ACKNOWLEDGE', env.admin.name], ['DISPATCH', env.admin.name], ['RESOLVE', env.admin.name], ['CLOSE', env.admin.name]]);
  assert.equal(stored.trail[0].note, '值班员已查看 checked on the wall');
  assert.equal(stored.assignee, '新安镇派出所');
  const trail = await page.locator(`.detail[data-id="${id}"] ol.trail li`).allTextContents();
  assert.equal(trail.length, 4);
  assert.match(trail[0], new RegExp(`acknowledge by ${env.admin.name}`));
  assert.match(trail[0], /值班员已查看/);
  assert.equal(await page.locator(`.detail[data-id="${id}"] button[data-action]`).count(), 0, 'a closed alert offers no action');
});

test('a dismissal without a reason shows the error next to the reason, then counts as a false alarm', async () => {
  const id = await until('another new alert on the desk', () => page.evaluate(() =>
    document.querySelector('tr[data-state="NEW"]')?.dataset.id), 60_000);
  await openAlert(id);
  await act(id, 'dismiss', { reason: '   ' });
  const error = page.locator('form[data-action="dismiss"] .field-error[data-for="reason"]');
  await error.waitFor();
  assert.match(await error.textContent(), /must not be (empty|blank)/);
  assert.equal(await page.locator('form[data-action="dismiss"] textarea[name="reason"].invalid').count(), 1);

  await page.fill('form[data-action="dismiss"] [name="reason"]', '树影晃动 shadows of trees');
  await page.click('form[data-action="dismiss"] button[type=submit]');
  await page.waitForSelector(`.detail[data-id="${id}"][data-state="DISMISSED"]`);
  const stored = await api(`/api/v1/alerts/${id}`);
  assert.equal(stored.state, 'DISMISSED');

  await page.click('#nav a[data-view="stats"]');
  const cell = page.locator(`.dismissed tr[data-channel="${stored.channelId}"][data-rule="${stored.ruleId}"] td:nth-child(3)`);
  await cell.waitFor();
  const { counts } = await api('/api/v1/stats/dismissed');
  const expected = counts.find(c => c.channelId === stored.channelId && c.ruleId === stored.ruleId);
  assert.ok(expected.dismissed >= 1);
  assert.equal(Number(await cell.textContent()), expected.dismissed);
});

// What every browser test needs: the server ConsoleBrowserIT started (from the environment),
// Debian's headless Chromium driven by playwright-core, signing in through the page, the API
// for set-up and checks, and screenshots.
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

function required(name) {
  const value = process.env[name];
  assert.ok(value, `environment variable ${name} is not set: run the browser tests through ConsoleBrowserIT`);
  return value;
}

/** The server and the people the IT set up. */
export const env = {
  baseUrl: required('XL_BASE_URL'),
  apiToken: required('XL_API_TOKEN'),
  screenshots: required('XL_SCREENSHOTS'),
  admin: { name: required('XL_ADMIN_USER'), password: required('XL_ADMIN_PASSWORD') },
  officerA: { name: required('XL_OFFICER_A_USER'), password: required('XL_OFFICER_A_PASSWORD'), channels: required('XL_OFFICER_A_CHANNELS').split(',') },
  officerB: { name: required('XL_OFFICER_B_USER'), password: required('XL_OFFICER_B_PASSWORD'), channels: required('XL_OFFICER_B_CHANNELS').split(',') },
  h264Channel: required('XL_H264_CHANNEL'),
  footage: required('XL_FOOTAGE'),
};

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--autoplay-policy=no-user-gesture-required'];

/** A browser with a fresh profile; close() also removes the profile. */
export async function openBrowser({ viewport = { width: 1600, height: 900 } } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'xl-console-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, args: ARGS, viewport, acceptDownloads: true,
  });
  const page = context.pages()[0] || await context.newPage();
  page.on('pageerror', error => console.error(`[page error] ${error.message}`));
  page.on('console', message => { if (message.type() === 'error') console.error(`[console] ${message.text()}`); });
  return {
    context, page,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login form and waits for the console to show its navigation. */
export async function signIn(page, user, hash = '') {
  await page.goto(`${env.baseUrl}/${hash}`);
  await page.fill('#login-form input[name=name]', user.name);
  await page.fill('#login-form input[name=password]', user.password);
  await page.click('#login-form button[type=submit]');
  await page.waitForSelector('#nav:not([hidden])');
  await page.waitForSelector('#push-state.live');
}

/** A call to the API as the bootstrap admin (or with another token); the parsed JSON body. */
export async function api(path, { method = 'GET', body, token = env.apiToken } = {}) {
  const response = await fetch(`${env.baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Polls until check() returns a truthy value, which it returns. */
export async function until(description, check, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    assert.ok(Date.now() < deadline, `not within ${timeoutMs / 1000} s: ${description}`);
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

export async function screenshot(page, name) {
  await mkdir(env.screenshots, { recursive: true });
  const path = join(env.screenshots, `${name}.png`);
  await page.screenshot({ path });
  console.log(`screenshot: ${path}`);
  return path;
}

// The wall layout of the signed-in user: tile count, channels per tile, overlay, tour. Kept on
// the server per user; when the server cannot keep it, in this browser.
import { api } from './api.js';

export const TILE_COUNTS = [1, 4, 9, 16];
const LOCAL_KEY = 'xl.layout';

export function defaultLayout(channelIds) {
  return { tiles: 4, channels: channelIds.slice(0, 4), overlay: true, tour: null };
}

/** {layout, where: 'server' | 'browser' | 'default'} */
export async function loadLayout(channelIds) {
  try {
    return { layout: await api('/api/v1/me/layout'), where: 'server' };
  } catch (error) {
    if (error.status === 404 && error.problem && error.problem.title !== 'not found') {
      // the user has no layout yet
      return { layout: defaultLayout(channelIds), where: 'default' };
    }
    const local = localStorage.getItem(LOCAL_KEY);
    return local ? { layout: JSON.parse(local), where: 'browser' } : { layout: defaultLayout(channelIds), where: 'default' };
  }
}

/** Saves on the server; returns where it was kept. */
export async function saveLayout(layout) {
  try {
    await api('/api/v1/me/layout', { method: 'PUT', body: layout });
    return 'server';
  } catch (error) {
    if (error.status === 400 || error.status === 422) throw error;
    localStorage.setItem(LOCAL_KEY, JSON.stringify(layout));
    return 'browser';
  }
}

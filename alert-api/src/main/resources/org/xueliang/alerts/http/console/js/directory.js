// Names for ids: channels and the key sites that channels watch. Staff may read them; a duty
// officer may not, and then sees ids and jurisdiction codes.
import { api } from './api.js';

/** {channels: Map id -> channel, siteOf: Map channel id -> site} */
export async function loadDirectory(staff) {
  if (!staff) return { channels: new Map(), siteOf: new Map() };
  const [channels, sites] = await Promise.all([api('/api/v1/channels'), api('/api/v1/sites')]);
  const siteOf = new Map();
  for (const site of sites.sites) site.channels.forEach(id => siteOf.set(id, site));
  return { channels: new Map(channels.channels.map(c => [c.id, c])), siteOf };
}

export function channelName(directory, id) {
  const channel = directory.channels.get(id);
  return channel ? channel.name : id;
}

export function siteName(directory, id, fallback) {
  const site = directory.siteOf.get(id);
  return site ? site.name : (fallback || '—');
}

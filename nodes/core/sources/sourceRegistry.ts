import type { SourceName } from '../mention/Mention';
import { appStore } from './appStore';
import { bluesky } from './bluesky';
import { demo } from './demo';
import { facebookPage } from './facebookPage';
import { googlePlay } from './googlePlay';
import { hackerNews } from './hackerNews';
import { FieldError } from '../errors/FieldError';
import { instagram } from './instagram';
import { mastodon } from './mastodon';
import { reddit } from './reddit';
import { rss } from './rss';
import type { SourceAdapter } from './SourceAdapter';
import { x } from './x';
import { youTube } from './youTube';

/** Every source by its name, in the order the node lists them. */
export const SOURCE_REGISTRY: Readonly<Record<SourceName, SourceAdapter>> = Object.freeze({
	demo,
	hackernews: hackerNews,
	reddit,
	mastodon,
	bluesky,
	x,
	youtube: youTube,
	appstore: appStore,
	googleplay: googlePlay,
	instagram,
	facebook: facebookPage,
	rss,
});

export function sourceAdapter(name: string): SourceAdapter {
	const adapter = (SOURCE_REGISTRY as Record<string, SourceAdapter | undefined>)[name];
	if (!adapter)
		throw new FieldError(
			'source',
			`unknown source "${name}"; known: ${Object.keys(SOURCE_REGISTRY).join(', ')}`,
		);
	return adapter;
}

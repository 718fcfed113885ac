import type { INodeProperties } from 'n8n-workflow';

import { appStoreProperties } from './appStore';
import { blueskyProperties } from './bluesky';
import { credentialPickerProperties } from './credentialPicker';
import { demoProperties } from './demo';
import { facebookPageProperties } from './facebookPage';
import { googlePlayProperties } from './googlePlay';
import { instagramProperties } from './instagram';
import { mastodonProperties } from './mastodon';
import { limitProperties, queryProperties } from './query';
import { recentPostsProperties } from './recentPosts';
import { redditAuthenticationProperties, redditProperties } from './reddit';
import { rssProperties } from './rss';
import { sourceProperty } from './source';
import { youTubeProperties } from './youTube';

/** What to watch and where: shared by Mention Fetch and Mention Trigger so both read the same settings. */
export const sourceProperties: INodeProperties[] = [
	sourceProperty,
	...redditAuthenticationProperties,
	...credentialPickerProperties,
	...queryProperties,
	...redditProperties,
	...mastodonProperties,
	...blueskyProperties,
	...youTubeProperties,
	...appStoreProperties,
	...instagramProperties,
	...facebookPageProperties,
	...recentPostsProperties,
	...googlePlayProperties,
	...rssProperties,
	...demoProperties,
	...limitProperties,
];

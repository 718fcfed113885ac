import type { INodeProperties } from 'n8n-workflow';

import { appStoreProperties } from './descriptions/appStore';
import { blueskyProperties } from './descriptions/bluesky';
import { credentialPickerProperties } from './descriptions/credentialPicker';
import { demoProperties } from './descriptions/demo';
import { facebookPageProperties } from './descriptions/facebookPage';
import { googlePlayProperties } from './descriptions/googlePlay';
import { instagramProperties } from './descriptions/instagram';
import { mastodonProperties } from './descriptions/mastodon';
import { limitProperties, queryProperties } from './descriptions/query';
import { recentPostsProperties } from './descriptions/recentPosts';
import { redditAuthenticationProperties, redditProperties } from './descriptions/reddit';
import { rssProperties } from './descriptions/rss';
import { sourceProperty } from './descriptions/source';
import { youTubeProperties } from './descriptions/youTube';

export { withCommonOptions } from './descriptions/commonOptions';

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

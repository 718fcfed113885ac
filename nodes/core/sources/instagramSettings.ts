import { FieldError } from '../errors/FieldError';
import { NUMERIC_ID } from './instagramGraphApi';
import { readRecentPosts } from './recentPosts';
import type { SearchOptions } from './SearchOptions';

export type InstagramRead = 'comments' | 'tags' | 'hashtags';
export const INSTAGRAM_DEFAULT_READ: readonly InstagramRead[] = ['comments', 'tags'];

export interface InstagramSettings {
	accountId: string;
	read: InstagramRead[];
	recentPosts: number;
}

export function instagramSettings(options: SearchOptions): InstagramSettings {
	const given = options.settings?.instagram;
	const accountId = given?.accountId?.trim() ?? '';
	if (!NUMERIC_ID.test(accountId)) {
		throw new FieldError(
			'instagramAccountId',
			accountId === ''
				? 'give the Instagram professional account ID (GET /me/accounts?fields=instagram_business_account in the Graph API Explorer shows it)'
				: `"${accountId}" is not an Instagram account ID (a number such as 17841400000000000, not the @username)`,
		);
	}
	const read = [...new Set(given?.read ?? INSTAGRAM_DEFAULT_READ)];
	if (read.length === 0) throw new FieldError('instagramRead', 'choose at least one thing to read');
	const recentPosts = readRecentPosts(given?.recentPosts);
	return { accountId, read, recentPosts };
}

export function describeInstagramRead(settings: InstagramSettings): string {
	return settings.read
		.map((part) =>
			part === 'comments'
				? `comments on the latest ${settings.recentPosts} posts`
				: part === 'tags'
					? 'posts tagging the account'
					: 'hashtags',
		)
		.join(', ');
}

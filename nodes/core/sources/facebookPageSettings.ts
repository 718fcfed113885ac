import { FieldError } from '../errors/FieldError';
import { readRecentPosts } from './recentPosts';
import type { SearchOptions } from './SearchOptions';

export type FacebookRead = 'comments' | 'visitorPosts' | 'tagged';
export const FACEBOOK_DEFAULT_READ: readonly FacebookRead[] = [
	'comments',
	'visitorPosts',
	'tagged',
];

const PAGE_ID = /^\d{1,30}$/;

export interface FacebookSettings {
	pageId: string;
	read: FacebookRead[];
	recentPosts: number;
}

export function facebookSettings(options: SearchOptions): FacebookSettings {
	const given = options.settings?.facebook;
	const pageId = given?.pageId?.trim() ?? '';
	if (!PAGE_ID.test(pageId)) {
		throw new FieldError(
			'facebookPageId',
			pageId === ''
				? "give the Page's numeric ID (the Page's About → Page transparency, or GET /me/accounts)"
				: `"${pageId}" is not a Page ID (a number such as 105000000000000, not the Page's name or address)`,
		);
	}
	const read = [...new Set(given?.read ?? FACEBOOK_DEFAULT_READ)];
	if (read.length === 0) throw new FieldError('facebookRead', 'choose at least one thing to read');
	const recentPosts = readRecentPosts(given?.recentPosts);
	return { pageId, read, recentPosts };
}

export function describeFacebookRead(settings: FacebookSettings): string {
	const parts: Record<FacebookRead, string> = {
		comments: `comments on the latest ${settings.recentPosts} posts`,
		visitorPosts: 'visitor posts among them',
		tagged: 'posts tagging the Page',
	};
	return settings.read.map((part) => parts[part]).join(', ');
}

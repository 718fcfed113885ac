import { FieldError } from '../errors/FieldError';

/**
 * How many of the brand's latest posts Instagram and Facebook Pages read comments of. Each post with
 * comments costs at least one request, so the default stays within the default Max Requests.
 */
export const DEFAULT_RECENT_POSTS = 5;
export const MAX_RECENT_POSTS = 50;

export function readRecentPosts(value: number | undefined): number {
	const recentPosts = value ?? DEFAULT_RECENT_POSTS;
	if (!Number.isInteger(recentPosts) || recentPosts < 1 || recentPosts > MAX_RECENT_POSTS) {
		throw new FieldError(
			'recentPosts',
			`must be a whole number from 1 to ${MAX_RECENT_POSTS}, got ${String(recentPosts)}`,
		);
	}
	return recentPosts;
}

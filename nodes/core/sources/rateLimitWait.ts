import { headerValue } from './http';

/** Above this a number is a Unix time, not a delay: 1e9 s is 2001, no API asks for a 30-year wait. */
const EPOCH_SECONDS_FLOOR = 1e9;
const EPOCH_MILLIS_FLOOR = 1e12;

/**
 * The headers that say when to come back, in the order they are trusted:
 * `Retry-After` (seconds or HTTP date, RFC 9110), X's `x-rate-limit-reset` (Unix seconds),
 * `x-ratelimit-reset` (Reddit: seconds left; Mastodon: ISO time), Bluesky's `ratelimit-reset` (Unix seconds).
 */
const RESET_HEADERS = ['retry-after', 'x-rate-limit-reset', 'x-ratelimit-reset', 'ratelimit-reset'];

/** Milliseconds to wait before the next request, or undefined when no header says. */
export function rateLimitWaitMs(headers: Record<string, string>, now: Date): number | undefined {
	for (const name of RESET_HEADERS) {
		const value = headerValue(headers, name);
		if (value === undefined || value.trim() === '') continue;
		const wait = waitFromValue(value.trim(), now);
		if (wait !== undefined) return wait;
	}
	return undefined;
}

function waitFromValue(value: string, now: Date): number | undefined {
	if (/^\d+(\.\d+)?$/.test(value)) {
		const number = Number(value);
		if (number >= EPOCH_MILLIS_FLOOR) return Math.max(0, number - now.getTime());
		if (number >= EPOCH_SECONDS_FLOOR) return Math.max(0, number * 1000 - now.getTime());
		return Math.round(number * 1000);
	}
	const at = Date.parse(value);
	if (Number.isNaN(at)) return undefined;
	return Math.max(0, at - now.getTime());
}

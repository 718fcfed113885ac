import { headerValue } from './http';

/** What Meta's usage headers say about the rate limit the next request counts against. */
export interface GraphApiUsage {
	/** The highest of call count, CPU time and total time, in percent of the limit (100 = throttled). */
	percent: number;
	/** The header that reported it, for the notice. */
	header: string;
	/** Minutes until a throttled app or account may call again (`estimated_time_to_regain_access`). */
	regainMinutes: number;
}

/**
 * `X-App-Usage` (platform limits, user tokens) is one object; `X-Business-Use-Case-Usage` (page, system
 * user and Instagram tokens) maps each business object id to a list of limits by type. A header is
 * untrusted text: a long one is not parsed, and only numbers found where Meta documents them count.
 */
const USAGE_HEADERS = ['x-business-use-case-usage', 'x-app-usage'];
const MAX_HEADER_LENGTH = 16_384;
const MAX_ENTRIES = 50;
const PERCENT_FIELDS = ['call_count', 'total_cputime', 'total_time'];

/** The most used limit across both headers, or undefined when neither is present and readable. */
export function readGraphApiUsage(headers: Record<string, string>): GraphApiUsage | undefined {
	let highest: GraphApiUsage | undefined;
	for (const header of USAGE_HEADERS) {
		const value = headerValue(headers, header);
		if (value === undefined || value.length > MAX_HEADER_LENGTH) continue;
		for (const limit of usageEntries(header, parseJson(value))) {
			const percent = Math.max(
				0,
				...PERCENT_FIELDS.map((field) => finiteNumber(limit[field]) ?? 0),
			);
			const regainMinutes = Math.max(0, finiteNumber(limit.estimated_time_to_regain_access) ?? 0);
			if (
				!highest ||
				percent > highest.percent ||
				(percent === highest.percent && regainMinutes > highest.regainMinutes)
			) {
				highest = { percent, header: displayName(header), regainMinutes };
			}
		}
	}
	return highest;
}

function usageEntries(header: string, parsed: unknown): Array<Record<string, unknown>> {
	if (!isObject(parsed)) return [];
	if (header === 'x-app-usage') return [parsed];
	const entries: Array<Record<string, unknown>> = [];
	for (const list of Object.values(parsed).slice(0, MAX_ENTRIES)) {
		if (!Array.isArray(list)) continue;
		for (const entry of list.slice(0, MAX_ENTRIES)) if (isObject(entry)) entries.push(entry);
	}
	return entries;
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finiteNumber(value: unknown): number | undefined {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

function displayName(header: string): string {
	return header === 'x-app-usage' ? 'X-App-Usage' : 'X-Business-Use-Case-Usage';
}

/**
 * X and Mastodon ids are decimal strings too long for a JS number (snowflakes): compare them as
 * strings of digits, length first.
 */
export function compareNumericIds(a: string, b: string): number {
	const left = a.replace(/^0+/, '');
	const right = b.replace(/^0+/, '');
	if (left.length !== right.length) return left.length - right.length;
	return left < right ? -1 : left > right ? 1 : 0;
}

export function isNumericId(value: unknown): value is string {
	return typeof value === 'string' && /^\d+$/.test(value);
}

/** The newest of the ids (undefined when none is numeric). */
export function newestNumericId(ids: Array<string | undefined>): string | undefined {
	let newest: string | undefined;
	for (const id of ids) {
		if (!isNumericId(id)) continue;
		if (newest === undefined || compareNumericIds(id, newest) > 0) newest = id;
	}
	return newest;
}

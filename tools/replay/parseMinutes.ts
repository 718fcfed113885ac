/** "10m", "1h", "90" (minutes) → minutes; undefined when it is not a positive duration. */
export function parseMinutes(value: string): number | undefined {
	const match = /^(\d+(?:\.\d+)?)\s*(m|min|h)?$/i.exec(value.trim());
	if (!match) return undefined;
	const minutes = Number(match[1]) * (match[2]?.toLowerCase() === 'h' ? 60 : 1);
	return minutes > 0 && Number.isFinite(minutes) ? minutes : undefined;
}

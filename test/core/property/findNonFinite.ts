/**
 * The path of the first number in `value` that is NaN or ±Infinity (JSON turns those into null), or
 * undefined when every number is finite. Walks plain objects and arrays only.
 */
export function findNonFinite(value: unknown, path = '$'): string | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} = ${value}`;
	if (Array.isArray(value)) {
		for (let index = 0; index < value.length; index++) {
			const found = findNonFinite(value[index], `${path}[${index}]`);
			if (found) return found;
		}
		return undefined;
	}
	if (typeof value === 'object' && value !== null) {
		for (const [key, child] of Object.entries(value)) {
			const found = findNonFinite(child, `${path}.${key}`);
			if (found) return found;
		}
	}
	return undefined;
}

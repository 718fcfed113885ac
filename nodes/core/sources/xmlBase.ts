/** An `xml:base` longer than this is not honoured: no real base URI comes near it, and each one is parsed. */
const MAX_BASE_CHARS = 2_048;
/** How many `xml:base` declarations one element's base is built from; real feeds set it on the feed, entry and link. */
const MAX_BASE_NESTING = 8;

/**
 * An `xml:base` in effect, relative to the one around it. Resolving costs a URL parse as long as the base,
 * so it happens only for the link an entry keeps, and once per declaration (memoised in `resolved`).
 */
export interface BaseFrame {
	declared: string;
	outer: BaseFrame | undefined;
	nesting: number;
	/** Null: resolved, to nothing usable. */
	resolved?: string | null;
}

/** The frame in effect inside an element: a new one for its `xml:base`, within the bounds above; else the one around it. */
export function withBase(
	declared: string | undefined,
	outer: BaseFrame | undefined,
): BaseFrame | undefined {
	if (
		declared === undefined ||
		declared.length > MAX_BASE_CHARS ||
		(outer?.nesting ?? 0) >= MAX_BASE_NESTING
	)
		return outer;
	return { declared, outer, nesting: (outer?.nesting ?? 0) + 1 };
}

/**
 * The absolute base URI a frame stands for, resolved outermost first. A declaration that does not resolve
 * (or resolves to something too long) leaves the base around it in effect.
 */
export function resolvedBase(frame: BaseFrame | undefined): string | undefined {
	const unresolved: BaseFrame[] = [];
	for (let at = frame; at !== undefined && at.resolved === undefined; at = at.outer)
		unresolved.push(at);
	for (let index = unresolved.length - 1; index >= 0; index--) {
		const current = unresolved[index];
		const outer = current.outer?.resolved ?? undefined;
		current.resolved = resolveAgainst(current.declared, outer) ?? outer ?? null;
	}
	return frame?.resolved ?? undefined;
}

function resolveAgainst(reference: string, base: string | undefined): string | undefined {
	try {
		const { href } = new URL(reference, base);
		return href.length <= MAX_BASE_CHARS ? href : undefined;
	} catch {
		return undefined;
	}
}

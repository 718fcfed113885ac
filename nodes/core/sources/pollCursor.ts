import type { Mention } from '../mention/Mention';
import { orderingTimeMs } from '../mention/orderingTime';

/**
 * What a polling trigger keeps between polls (in n8n's static data, so it survives restarts and
 * works in queue mode). Bounded: `seen` holds at most `maxSeen` entries.
 */
export interface PollState {
	version: 1;
	/** Newest time seen (ISO): `indexedAt` where the source gives it, else `createdAt`; the next query starts a little before it. */
	newestCreatedAt: string;
	/** Mentions at or before this instant (epoch ms) are never emitted: their ids may have been evicted. */
	floorMs: number;
	/** The source's own cursor (X `since_id`, Mastodon `min_id`), where it has one. */
	sinceId?: string;
	/** `[id, ordering time epoch ms]` (see `orderingTimeMs`), oldest insertion first. */
	seen: Array<[string, number]>;
}

export interface PollOptions {
	now: Date;
	/** Cap of the seen-id set; the oldest entries are evicted beyond it. */
	maxSeen?: number;
	/** On the first poll, emit mentions from the last N hours instead of nothing. */
	backfillHours?: number;
}

export interface PollOutcome {
	/** Mentions not emitted before, oldest first (the order they happened). */
	newMentions: Mention[];
	state: PollState;
	firstPoll: boolean;
	notices: string[];
}

export const DEFAULT_MAX_SEEN = 5000;
/** How far before the newest mention the next query reaches back, for posts indexed late. */
export const POLL_OVERLAP_MS = 10 * 60_000;

/**
 * The pure core of the trigger's poll: given the stored state (maybe missing or damaged), what was
 * fetched now and the source's cursor, returns the new mentions and the next state. The first poll
 * emits nothing (unless `backfillHours`) but remembers everything, so activation never floods.
 */
export function advancePoll(
	stored: unknown,
	fetched: Mention[],
	sourceCursor: string | undefined,
	options: PollOptions,
): PollOutcome {
	const maxSeen = Math.max(1, Math.floor(options.maxSeen ?? DEFAULT_MAX_SEEN));
	const nowMs = options.now.getTime();
	const notices: string[] = [];
	const previous = readPollState(stored);
	const damaged = stored !== undefined && stored !== null && previous === undefined;
	if (damaged)
		notices.push(
			'the stored poll state was unreadable and has been reset: this poll emits nothing and restarts the cursor',
		);
	const firstPoll = previous === undefined;
	const backfillMs = Math.max(0, options.backfillHours ?? 0) * 3_600_000;
	const backfill = firstPoll && !damaged && backfillMs > 0;
	const floorMs = previous?.floorMs ?? (backfill ? nowMs - backfillMs : nowMs);
	const seenIds = new Set(previous?.seen.map(([id]) => id));
	const seen = previous ? [...previous.seen] : [];
	let newestMs = previous ? Date.parse(previous.newestCreatedAt) : nowMs;

	const fresh: Mention[] = [];
	for (const mention of fetched) {
		const createdMs = orderingTimeMs(mention);
		if (!Number.isFinite(createdMs) || seenIds.has(mention.id)) continue;
		seenIds.add(mention.id);
		seen.push([mention.id, createdMs]);
		newestMs = Math.max(newestMs, createdMs);
		if (firstPoll ? backfill && createdMs >= floorMs : createdMs > floorMs) fresh.push(mention);
	}

	let nextFloorMs = floorMs;
	const overflow = seen.length - maxSeen;
	if (overflow > 0) {
		for (const [, createdMs] of seen.slice(0, overflow))
			nextFloorMs = Math.max(nextFloorMs, createdMs);
		seen.splice(0, overflow);
	}
	const state: PollState = {
		version: 1,
		newestCreatedAt: new Date(newestMs).toISOString(),
		floorMs: nextFloorMs,
		...((sourceCursor ?? previous?.sinceId) ? { sinceId: sourceCursor ?? previous?.sinceId } : {}),
		seen,
	};
	fresh.sort(
		(a, b) => orderingTimeMs(a) - orderingTimeMs(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
	);
	return { newMentions: fresh, state, firstPoll, notices };
}

/** Where the next query should start: a little before the newest mention, never before the floor. */
export function nextPollSince(stored: unknown, options: PollOptions): Date {
	const state = readPollState(stored);
	if (!state) {
		const backfillMs = Math.max(0, options.backfillHours ?? 0) * 3_600_000;
		return new Date(options.now.getTime() - Math.max(backfillMs, POLL_OVERLAP_MS));
	}
	return new Date(
		Math.max(Date.parse(state.newestCreatedAt) - POLL_OVERLAP_MS, state.floorMs - POLL_OVERLAP_MS),
	);
}

/** The stored state when it is well-formed, else undefined (missing, older shape, or damaged). */
export function readPollState(stored: unknown): PollState | undefined {
	if (typeof stored !== 'object' || stored === null) return undefined;
	const candidate = stored as Partial<PollState>;
	if (candidate.version !== 1) return undefined;
	if (
		typeof candidate.newestCreatedAt !== 'string' ||
		!Number.isFinite(Date.parse(candidate.newestCreatedAt))
	)
		return undefined;
	if (typeof candidate.floorMs !== 'number' || !Number.isFinite(candidate.floorMs))
		return undefined;
	if (candidate.sinceId !== undefined && typeof candidate.sinceId !== 'string') return undefined;
	if (!Array.isArray(candidate.seen)) return undefined;
	const wellFormed = candidate.seen.every(
		(entry) =>
			Array.isArray(entry) &&
			entry.length === 2 &&
			typeof entry[0] === 'string' &&
			typeof entry[1] === 'number' &&
			Number.isFinite(entry[1]),
	);
	return wellFormed ? (candidate as PollState) : undefined;
}

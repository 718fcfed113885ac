import type { ModelVerdict } from '../scoring/ModelVerdict';
import { parseModelAnswer } from './parseModelAnswer';
import type { ReviewSettings } from './ReviewSettings';
import { emptyUsage, type ReviewUsage, type UnreviewedCause } from './ReviewUsage';
import { batchMessage, clipForModel, SYSTEM_PROMPT, type PromptMention } from './reviewPrompt';
import { stripPersonalData } from './stripPersonalData';
import { validateVerdicts } from './validateVerdicts';

export interface ChatMessages {
	system: string;
	user: string;
}

/** Asks the model once; resolves with the text of its answer (anything else is refused). It should stop when `signal` aborts. */
export type AskModel = (messages: ChatMessages, signal: AbortSignal) => Promise<unknown>;

/** An escalated mention: `key` is the caller's (the item index), `priority` orders who goes first (the lexicon's risk). */
export interface ReviewRequest {
	key: number;
	text: string;
	language?: string;
	priority: number;
}

export interface ReviewOutcome {
	verdicts: Map<number, ModelVerdict>;
	unreviewed: Map<number, UnreviewedCause>;
	usage: ReviewUsage;
	/** What went wrong, once per kind: an error's name and HTTP status, never its message (it may quote a key). */
	failures: string[];
}

/** After this many failed calls in a row the model is taken to be down: the remaining batches are not sent. */
const FAILURES_BEFORE_GIVING_UP = 2;

interface Prepared {
	key: number;
	mention: Omit<PromptMention, 'id'>;
}

const messagesOf = (batch: readonly Prepared[]): ChatMessages => ({
	system: SYSTEM_PROMPT,
	user: batchMessage(batch.map(({ mention }, index) => ({ id: `m${index + 1}`, ...mention }))),
});

const costOf = (messages: ChatMessages): number => messages.system.length + messages.user.length;

function statusOf(error: unknown): number | undefined {
	const candidate = error as {
		status?: unknown;
		statusCode?: unknown;
		response?: { status?: unknown };
	} | null;
	for (const status of [candidate?.status, candidate?.statusCode, candidate?.response?.status]) {
		if (typeof status === 'number' && Number.isInteger(status)) return status;
	}
	return undefined;
}

function describeFailure(error: unknown): string {
	const name = error instanceof Error ? error.name : typeof error;
	const status = statusOf(error);
	return `the model failed (${name}${status === undefined ? '' : `, status ${status}`})`;
}

type CallResult = { answer: unknown } | { timedOut: true } | { error: unknown };

async function askWithin(
	ask: AskModel,
	messages: ChatMessages,
	timeoutMs: number,
): Promise<CallResult> {
	// AbortSignal.timeout's timer does not hold the process open once the call is over.
	const signal = AbortSignal.timeout(timeoutMs);
	let onAbort = (): void => undefined;
	const timedOut = new Promise<CallResult>((resolve) => {
		onAbort = () => resolve({ timedOut: true });
		signal.addEventListener('abort', onAbort, { once: true });
	});
	const answered = ask(messages, signal).then(
		(answer): CallResult => ({ answer }),
		// A model that stops on the signal rejects: that is the timeout too.
		(error: unknown): CallResult => (signal.aborted ? { timedOut: true } : { error }),
	);
	try {
		// A model that ignores the signal still loses the race; its late answer is dropped.
		return await Promise.race([answered, timedOut]);
	} finally {
		signal.removeEventListener('abort', onAbort);
	}
}

/** Splits the requests, highest priority first, into calls within the budget; what does not fit is unreviewed. */
function planBatches(
	requests: readonly ReviewRequest[],
	settings: ReviewSettings,
	unreviewed: Map<number, UnreviewedCause>,
): Prepared[][] {
	const { maxCalls, maxCharacters, batchSize } = settings.budget;
	const ordered = [...requests].sort((a, b) => b.priority - a.priority || a.key - b.key);
	const batches: Prepared[][] = [];
	let spentOnClosed = 0;
	let current: Prepared[] = [];
	for (const request of ordered) {
		if (current.length === batchSize) {
			batches.push(current);
			spentOnClosed += costOf(messagesOf(current));
			current = [];
		}
		if (current.length === 0 && batches.length >= maxCalls) {
			unreviewed.set(request.key, 'call budget');
			continue;
		}
		const text = clipForModel(
			settings.stripPersonalData ? stripPersonalData(request.text) : request.text,
		);
		const prepared: Prepared = {
			key: request.key,
			mention: request.language ? { text, language: request.language } : { text },
		};
		const candidate = [...current, prepared];
		if (spentOnClosed + costOf(messagesOf(candidate)) > maxCharacters) {
			unreviewed.set(request.key, 'character budget');
			continue;
		}
		current = candidate;
	}
	if (current.length > 0) batches.push(current);
	return batches;
}

/**
 * Sends the escalated mentions to the model in batches, one call after the other, within the budget and
 * each call within the timeout. A mention gets a verdict only from a valid answer naming it; every other
 * one keeps the lexicon's score and is counted by cause. Same requests and answers, same outcome.
 */
export async function reviewMentions(
	requests: readonly ReviewRequest[],
	ask: AskModel,
	settings: ReviewSettings,
): Promise<ReviewOutcome> {
	const verdicts = new Map<number, ModelVerdict>();
	const unreviewed = new Map<number, UnreviewedCause>();
	const failures = new Set<string>();
	const usage = emptyUsage();
	usage.escalated = requests.length;
	let failuresInARow = 0;
	for (const batch of planBatches(requests, settings, unreviewed)) {
		const leaveAll = (cause: UnreviewedCause) => {
			for (const { key } of batch) unreviewed.set(key, cause);
		};
		if (failuresInARow >= FAILURES_BEFORE_GIVING_UP) {
			leaveAll('model error');
			continue;
		}
		const messages = messagesOf(batch);
		usage.calls++;
		usage.charactersSent += costOf(messages);
		const result = await askWithin(ask, messages, settings.budget.timeoutMs);
		if ('error' in result) {
			failuresInARow++;
			failures.add(describeFailure(result.error));
			leaveAll('model error');
			continue;
		}
		if ('timedOut' in result) {
			failuresInARow++;
			failures.add(`the model did not answer within ${settings.budget.timeoutMs} ms`);
			leaveAll('timeout');
			continue;
		}
		failuresInARow = 0;
		const parsed =
			typeof result.answer === 'string'
				? parseModelAnswer(result.answer)
				: { refusal: 'answer is not text' };
		if ('refusal' in parsed) {
			failures.add(`the model's answer was not used: ${parsed.refusal}`);
			leaveAll('invalid answer');
			continue;
		}
		const byId = validateVerdicts(
			parsed.entries,
			batch.map((_, index) => `m${index + 1}`),
		);
		batch.forEach(({ key }, index) => {
			const verdict = byId.get(`m${index + 1}`);
			if (verdict) verdicts.set(key, verdict);
			else unreviewed.set(key, 'invalid answer');
		});
		if (byId.size < batch.length)
			failures.add("some verdicts in the model's answer were missing or invalid");
	}
	usage.reviewed = verdicts.size;
	usage.unreviewed = unreviewed.size;
	for (const cause of unreviewed.values()) usage.unreviewedBecause[cause]++;
	return { verdicts, unreviewed, usage, failures: [...failures] };
}

import { resolveReviewSettings } from '../../../nodes/core/modelReview/ReviewSettings';
import {
	reviewMentions,
	type AskModel,
	type ChatMessages,
	type ReviewRequest,
} from '../../../nodes/core/modelReview/reviewMentions';
import { SYSTEM_PROMPT } from '../../../nodes/core/modelReview/reviewPrompt';

interface AskedMention {
	id: string;
	text: string;
	languageHint?: string;
}

const verdictFor = (id: string) => ({
	id,
	sentiment: 'negative',
	categories: [],
	isComplaint: true,
	isSarcasm: false,
	language: 'en',
	reason: `verdict ${id}`,
});

/** A model that answers every mention it is asked about, recording each call. */
function scriptedModel(answer: (asked: AskedMention[], call: number) => Promise<string> | string) {
	const calls: ChatMessages[] = [];
	const ask: AskModel = async (messages) => {
		calls.push(messages);
		return answer(JSON.parse(messages.user) as AskedMention[], calls.length);
	};
	return { ask, calls };
}

const answerAll = (asked: AskedMention[]) => JSON.stringify(asked.map(({ id }) => verdictFor(id)));

const requests = (count: number, text = 'some text'): ReviewRequest[] =>
	Array.from({ length: count }, (_, key) => ({ key, text: `${text} ${key}`, priority: key % 3 }));

describe('reviewMentions', () => {
	it('batches the mentions, highest priority first, and takes each valid verdict', async () => {
		const model = scriptedModel(answerAll);
		const outcome = await reviewMentions(
			requests(5),
			model.ask,
			resolveReviewSettings({ budget: { batchSize: 2 } }),
		);
		expect(model.calls).toHaveLength(3);
		expect(
			model.calls.map((call) => (JSON.parse(call.user) as AskedMention[]).map(({ text }) => text)),
		).toEqual([['some text 2', 'some text 1'], ['some text 4', 'some text 0'], ['some text 3']]);
		expect(model.calls.every((call) => call.system === SYSTEM_PROMPT)).toBe(true);
		expect([...outcome.verdicts.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
		expect(outcome.usage).toMatchObject({ calls: 3, escalated: 5, reviewed: 5, unreviewed: 0 });
		expect(outcome.usage.charactersSent).toBe(
			model.calls.reduce((sum, call) => sum + call.system.length + call.user.length, 0),
		);
	});

	it('holds the call budget and counts what is left', async () => {
		const model = scriptedModel(answerAll);
		const outcome = await reviewMentions(
			requests(7),
			model.ask,
			resolveReviewSettings({ budget: { batchSize: 2, maxCalls: 2 } }),
		);
		expect(model.calls).toHaveLength(2);
		expect(outcome.usage).toMatchObject({ calls: 2, reviewed: 4, unreviewed: 3 });
		expect(outcome.usage.unreviewedBecause['call budget']).toBe(3);
	});

	it('holds the character budget', async () => {
		const model = scriptedModel(answerAll);
		const maxCharacters = SYSTEM_PROMPT.length + 120;
		const outcome = await reviewMentions(
			requests(6, 'x'.repeat(30)),
			model.ask,
			resolveReviewSettings({ budget: { maxCharacters } }),
		);
		expect(outcome.usage.charactersSent).toBeLessThanOrEqual(maxCharacters);
		expect(outcome.usage.reviewed).toBeGreaterThan(0);
		expect(outcome.usage.unreviewedBecause['character budget']).toBe(6 - outcome.usage.reviewed);
	});

	it('sends nothing with a budget of no calls', async () => {
		const model = scriptedModel(answerAll);
		const outcome = await reviewMentions(
			requests(2),
			model.ask,
			resolveReviewSettings({ budget: { maxCalls: 0 } }),
		);
		expect(model.calls).toHaveLength(0);
		expect(outcome.usage.unreviewedBecause['call budget']).toBe(2);
	});

	it('keeps the lexicon for a batch whose answer is not JSON, and for mentions an answer leaves out or gets wrong', async () => {
		const model = scriptedModel((asked, call) =>
			call === 1
				? 'I think they are all negative.'
				: JSON.stringify([
						verdictFor(asked[0].id),
						{ ...verdictFor(asked[1].id), sentiment: 'furious' },
					]),
		);
		const outcome = await reviewMentions(
			requests(5),
			model.ask,
			resolveReviewSettings({ budget: { batchSize: 3 } }),
		);
		expect(outcome.usage).toMatchObject({ calls: 2, reviewed: 1, unreviewed: 4 });
		expect(outcome.usage.unreviewedBecause['invalid answer']).toBe(4);
		expect(outcome.failures).toEqual([
			"the model's answer was not used: answer is not JSON",
			"some verdicts in the model's answer were missing or invalid",
		]);
	});

	it('gives up a call after the timeout, and stops calling after two failures in a row', async () => {
		let aborted = 0;
		const ask: AskModel = (_messages, signal) =>
			new Promise<string>(() => {
				signal.addEventListener('abort', () => aborted++);
			});
		const outcome = await reviewMentions(
			requests(4),
			ask,
			resolveReviewSettings({ budget: { batchSize: 1, timeoutMs: 5 } }),
		);
		expect(aborted).toBe(2);
		expect(outcome.usage).toMatchObject({ calls: 2, reviewed: 0, unreviewed: 4 });
		expect(outcome.usage.unreviewedBecause).toMatchObject({ timeout: 2, 'model error': 2 });
		expect(outcome.failures).toEqual(['the model did not answer within 5 ms']);
	});

	it('names a failing model by error name and status, never by its message', async () => {
		const ask: AskModel = async () => {
			throw Object.assign(new Error('Incorrect API key provided: sk-secret'), {
				name: 'AuthenticationError',
				status: 401,
			});
		};
		const outcome = await reviewMentions(requests(1), ask, resolveReviewSettings());
		expect(outcome.failures).toEqual(['the model failed (AuthenticationError, status 401)']);
		expect(JSON.stringify(outcome)).not.toContain('sk-secret');
		expect(outcome.usage.unreviewedBecause['model error']).toBe(1);
	});

	it('carries on after one failure', async () => {
		const model = scriptedModel((asked, call) => {
			if (call === 1) throw new Error('overloaded');
			return answerAll(asked);
		});
		const outcome = await reviewMentions(
			requests(3),
			model.ask,
			resolveReviewSettings({ budget: { batchSize: 1 } }),
		);
		expect(outcome.usage).toMatchObject({ calls: 3, reviewed: 2, unreviewed: 1 });
	});

	it('strips personal data before a text leaves, unless told not to, and clips long texts', async () => {
		const text = '@jane mail jane@example.com or call +1 555 123 4567, see https://t.co/x';
		const stripped = scriptedModel(answerAll);
		await reviewMentions(
			[{ key: 0, text, priority: 0, language: 'es' }],
			stripped.ask,
			resolveReviewSettings(),
		);
		expect(JSON.parse(stripped.calls[0].user)).toEqual([
			{ id: 'm1', text: '[handle] mail [email] or call [phone], see [link]', languageHint: 'es' },
		]);
		const kept = scriptedModel(answerAll);
		await reviewMentions(
			[{ key: 0, text: `${text} ${'y'.repeat(5000)}`, priority: 0 }],
			kept.ask,
			resolveReviewSettings({ stripPersonalData: false }),
		);
		const sent = (JSON.parse(kept.calls[0].user) as AskedMention[])[0].text;
		expect(sent.startsWith(text)).toBe(true);
		expect(sent).toHaveLength(1000);
	});

	it('gives the same outcome for the same answers', async () => {
		const run = () =>
			reviewMentions(
				requests(9),
				scriptedModel(answerAll).ask,
				resolveReviewSettings({ budget: { batchSize: 4, maxCalls: 2 } }),
			);
		expect(await run()).toEqual(await run());
	});
});

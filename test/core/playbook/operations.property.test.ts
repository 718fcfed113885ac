import fc from 'fast-check';
import { acknowledge } from '../../../nodes/core/playbook/steps/acknowledge';
import { assess } from '../../../nodes/core/playbook/steps/assess/assess';
import { FieldError } from '../../../nodes/core/errors/FieldError';
import { takePrivate } from '../../../nodes/core/playbook/steps/takePrivate';
import { findNonFinite } from '../property/findNonFinite';
import { hostileCount, hostileDate, hostileText, megabyteOf } from '../property/hostileInput';
import { hostileIncident, hostileMention, messageOptions } from './hostilePlaybookInput';
import {
	expectSafeChat,
	expectSafeEmail,
	expectSafeMarkdown,
	expectSafeTicket,
} from './safeMarkup';

/** Properties every step keeps on hostile input besides escaping (see rendering/escaping/escape*.property.test.ts for that). */

const NOW = new Date('2025-03-03T07:20:00Z');

/** The step either succeeds, or fails with a FieldError that names a field; a TypeError is a bug. */
function runStep<T>(step: () => T): T | undefined {
	try {
		return step();
	} catch (error) {
		expect(error).toBeInstanceOf(FieldError);
		expect((error as FieldError).field).not.toBe('');
		return undefined;
	}
}

function expectPlainData(result: unknown): void {
	expect(findNonFinite(result)).toBeUndefined();
	expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

describe('acknowledge: properties over hostile mentions and incidents', () => {
	it('yields plain data and is deterministic', () => {
		fc.assert(
			fc.property(fc.oneof(hostileMention, hostileIncident), messageOptions, (subject, options) => {
				const result = runStep(() => acknowledge(subject, options, NOW));
				if (!result) return;
				expectPlainData(result);
				expect(acknowledge(structuredClone(subject), options, NOW)).toEqual(result);
			}),
			{ numRuns: 200 },
		);
	});
});

describe('takePrivate: properties over hostile mentions', () => {
	it('yields plain data and is deterministic', () => {
		const via = fc.constantFrom<'dm' | 'email' | 'phone'>('dm', 'email', 'phone');
		fc.assert(
			fc.property(hostileMention, messageOptions, via, (mention, options, channel) => {
				const run = () =>
					takePrivate(
						mention,
						{ ...options, via: channel, notifyEmail: 'crisis@acme.example' },
						NOW,
					);
				const result = runStep(run);
				if (!result) return;
				expectPlainData(result);
				expect(run()).toEqual(result);
			}),
			{ numRuns: 200 },
		);
	});
});

describe('assess: properties over hostile batches', () => {
	const batch = fc.array(
		fc.oneof(
			{ weight: 8, arbitrary: hostileMention },
			{ weight: 1, arbitrary: hostileIncident },
			{ weight: 1, arbitrary: fc.anything() },
		),
		{ maxLength: 12 },
	);
	const options = fc.record({
		samples: fc.integer({ min: 1, max: 5 }),
		language: fc.constantFrom<'en' | 'tr' | 'auto'>('en', 'tr', 'auto'),
	});

	it('reports bad items alone, yields plain data, and is deterministic', () => {
		fc.assert(
			fc.property(batch, options, (items, opts) => {
				const result = runStep(() => assess(items, opts, NOW));
				if (!result) return;
				for (const error of result.errors) expect(error.field).not.toBe('');
				expect(result.errors.length + result.brief.howMany.mentions).toBeLessThanOrEqual(
					items.length,
				);
				expectPlainData(result);
				expect(assess(structuredClone(items), opts, NOW)).toEqual(result);
			}),
			{ numRuns: 200 },
		);
	});

	it('keeps a post URL built to smuggle a second link inside its own link', () => {
		const mention = {
			id: 'x:1',
			source: 'x',
			url: 'https://ok.example/a)[AcmeBank](https://evil.example',
			text: 'refund never arrived',
			createdAt: '2025-03-03T07:00:00Z',
			author: { handle: 'ayla' },
			engagement: { likes: 0, replies: 0, shares: 0 },
			tagged: true,
			query: 'acme',
		};
		const result = assess([mention], {}, NOW);
		expectSafeMarkdown(result.markdown, ['link']);
		expectSafeMarkdown(result.ticket.description, ['link']);
		expect(result.markdown).toContain(
			'([link](https://ok.example/a%29[AcmeBank]%28https://evil.example))',
		);
	});
});

describe('playbook steps: wrong types and huge texts', () => {
	const damaged = fc.oneof(
		fc.anything(),
		hostileMention.chain((m) =>
			fc.constantFrom<Record<string, unknown>>(
				{ ...m, createdAt: 'not a date' },
				{ ...m, author: 'ayla' },
				{ ...m, author: { handle: '' } },
				{ ...m, id: 42 },
				{ ...m, engagement: { likes: 'many' } },
				{ ...m, crisis: { level: 'severe' } },
			),
		),
		fc.record({
			text: hostileText,
			createdAt: hostileDate,
			author: fc.record({ handle: hostileText, followers: hostileCount }),
		}),
	);

	it('fail with a FieldError naming the field, never a TypeError', () => {
		fc.assert(
			fc.property(damaged, (item) => {
				runStep(() => acknowledge(item, { brand: 'Acme' }, NOW));
				runStep(() => takePrivate(item, { dmHandle: '@AcmeHelp', brand: 'Acme' }, NOW));
				const result = runStep(() => assess([item], {}, NOW));
				if (result) expectPlainData(result);
			}),
			{ numRuns: 200 },
		);
	});

	it('turn a 1 MB post into payloads every target accepts', () => {
		const mention = {
			id: 'x:1',
			source: 'x',
			url: 'https://x.com/a/status/1',
			text: megabyteOf('<script>@here refund never arrived \u202E'),
			createdAt: '2025-03-03T07:00:00Z',
			author: { handle: 'ayla' },
			engagement: { likes: 0, replies: 0, shares: 0 },
			tagged: true,
			query: 'acme',
		};
		const taken = takePrivate(
			mention,
			{ dmHandle: '@AcmeHelp', brand: 'Acme', notifyEmail: 'c@acme.example' },
			NOW,
		);
		const brief = assess([mention], {}, NOW);
		for (const chat of [acknowledge(mention, { brand: 'Acme' }, NOW).chat, taken.chat, brief.chat])
			expectSafeChat(chat, ['X']);
		for (const ticket of [taken.ticket, brief.ticket]) expectSafeTicket(ticket, ['link']);
		expectSafeEmail(taken.email as NonNullable<typeof taken.email>);
		// The post is cut where the description would overflow; the reply after it still shows.
		expect(taken.ticket.description).toMatch(
			/refund never arriv?e?d? ?… \(truncated\)\n\n\*\*Our public reply\*\*/,
		);
	});
});

import fc from 'fast-check';
import { acknowledge } from '../../../nodes/core/playbook/acknowledge';
import { assess } from '../../../nodes/core/playbook/assess';
import { channelName } from '../../../nodes/core/playbook/channels';
import { escapeSlack } from '../../../nodes/core/playbook/escapeSlack';
import type { ChatPayload } from '../../../nodes/core/playbook/Payloads';
import { PlaybookInputError } from '../../../nodes/core/playbook/PlaybookInputError';
import { takePrivate } from '../../../nodes/core/playbook/takePrivate';
import { findNonFinite } from '../property/findNonFinite';
import { hostileCount, hostileDate, hostileText, INJECTIONS, megabyteOf, textWithInjection } from '../property/hostileInput';
import { expectSafeHtml, expectSafeMarkdown, expectSafeSlack } from './safeMarkup';

const NOW = new Date('2025-03-03T07:20:00Z');
const SOURCES = ['mastodon', 'x', 'reddit', 'bluesky', 'youtube', 'appstore', 'rss', 'hackernews', 'demo'];
const CATEGORIES = ['billing', 'delivery', 'fraud', 'legal', 'safety', 'service'];

/** Required strings must not be blank (the reader rejects those, naming the field); everything else may be hostile. */
const nonBlank = fc.oneof(hostileText, textWithInjection).map((t) => (t.trim() === '' ? `x${t}` : t));

/** URLs a post could carry, including ones built to break out of a Markdown or Slack link. */
const hostileUrl = fc.oneof(
	fc.constant('https://social.example/p/1'),
	fc.constantFrom(
		'https://ok.example/a)[AcmeBank](https://evil.example',
		'https://ok.example/a)(b',
		'https://ok.example/a\\',
		'https://ok.example/a\\)[x](https://evil.example)',
		'https://ok.example/<script>',
		'https://ok.example/|<!channel>',
		'https://ok.example/a>b|bank',
		'https://ok.example/a&b=<c>',
		'javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'https://ok.example/a b',
	),
	hostileText,
);

const crisis = fc.record({
	risk: fc.integer({ min: 0, max: 100 }),
	level: fc.constantFrom('low', 'medium', 'high', 'critical'),
	language: fc.constantFrom('en', 'tr'),
	sentiment: fc.record({ score: fc.integer({ min: -10, max: 10 }), label: fc.constantFrom('negative', 'neutral', 'positive', 'unscored') }),
	categories: fc.array(fc.record({ name: fc.oneof(fc.constantFrom(...CATEGORIES), nonBlank), matches: fc.array(nonBlank, { minLength: 1, maxLength: 3 }) }), { maxLength: 3 }),
	reach: fc.integer({ min: 0, max: 100 }),
	reasons: fc.array(nonBlank, { maxLength: 3 }),
});

/** A mention as Crisis Score hands it over, with hostile text in every user-controlled field. */
const hostileMention = fc.record(
	{
		id: fc.nat().map((n) => `x:${n}`),
		source: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...SOURCES) }, { weight: 1, arbitrary: fc.constantFrom('<!channel>', 'evil<script>', '@here') }),
		url: hostileUrl,
		text: nonBlank,
		createdAt: fc.integer({ min: Date.UTC(2025, 2, 1), max: Date.UTC(2025, 2, 3, 7) }).map((ms) => new Date(ms).toISOString()),
		author: fc.record({ handle: nonBlank, name: fc.option(nonBlank, { nil: undefined }), followers: fc.option(fc.nat({ max: 10_000_000 }), { nil: undefined }) }, { requiredKeys: ['handle'] }),
		engagement: fc.record({ likes: fc.nat(), replies: fc.nat(), shares: fc.nat() }),
		tagged: fc.boolean(),
		query: nonBlank,
		brand: nonBlank,
		crisis,
	},
	{ requiredKeys: ['id', 'source', 'url', 'text', 'createdAt', 'author', 'engagement', 'tagged', 'query'] },
);

const hostileIncident = fc.record({
	at: fc.constant('2025-03-03T07:00:00Z'),
	brand: nonBlank,
	level: fc.constantFrom('medium', 'high', 'critical'),
	state: fc.constantFrom('opened', 'escalated', 'resolved'),
	incident: nonBlank,
	volume: fc.nat({ max: 1000 }),
	baseline: fc.double({ min: 0, max: 100, noNaN: true }),
	reasons: fc.array(nonBlank, { maxLength: 3 }),
	sampleIds: fc.array(nonBlank, { maxLength: 3 }),
});

const messageOptions = fc.record({
	language: fc.constantFrom<'en' | 'tr' | 'auto' | undefined>('en', 'tr', 'auto', undefined),
	tone: fc.constantFrom<'formal' | 'warm'>('formal', 'warm'),
	brand: fc.option(nonBlank, { nil: undefined }),
	issue: fc.option(nonBlank, { nil: undefined }),
	dmHandle: fc.constant('@AcmeHelp'),
	supportEmail: fc.constant('care@acme.example'),
	supportPhone: fc.constant('+90 212 000 00 00'),
});

/** Every mrkdwn string of a chat payload: the message text, and each block's text and context elements. */
function slackTexts(chat: ChatPayload): string[] {
	const texts = [chat.text];
	for (const block of chat.blocks) {
		const text = block.text as { text?: string } | undefined;
		if (text?.text !== undefined) texts.push(text.text);
		for (const element of (block.elements as Array<{ text?: string }> | undefined) ?? []) if (element.text !== undefined) texts.push(element.text);
	}
	return texts;
}

/** The step either succeeds, or fails with a PlaybookInputError that names a field; a TypeError is a bug. */
function runStep<T>(step: () => T): T | undefined {
	try {
		return step();
	} catch (error) {
		expect(error).toBeInstanceOf(PlaybookInputError);
		expect((error as PlaybookInputError).field).not.toBe('');
		return undefined;
	}
}

function expectPlainData(result: unknown): void {
	expect(findNonFinite(result)).toBeUndefined();
	expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

describe('the markup checkers catch live markup (so the properties below can fail)', () => {
	it.each(INJECTIONS.filter((i) => /<|@here|@channel|@everyone/.test(i)))('Slack: %p', (payload) => {
		expect(() => expectSafeSlack(`x ${payload} y`, [])).toThrow();
	});
	it.each(['<script>alert(1)</script>', '[Acme Bank](https://evil.example)', '![x](https://evil.example/x.png)', '<https://evil.example>'])('Markdown: %p', (payload) => {
		expect(() => expectSafeMarkdown(`x ${payload} y`, ['link'])).toThrow();
	});
	it('Markdown: a second link smuggled after our own', () => {
		expect(() => expectSafeMarkdown('([link](https://ok.example/a)[Acme Bank](https://evil.example))', ['link'])).toThrow();
	});
	it.each(['<script>', '<img src=x onerror=alert(1)>', 'a & b'])('HTML: %p', (payload) => {
		expect(() => expectSafeHtml(`<p>${payload}</p>`, ['p'])).toThrow();
	});
});

describe('acknowledge: properties over hostile mentions', () => {
	it('escapes user text in the chat drafts, yields plain data, and is deterministic', () => {
		fc.assert(
			fc.property(hostileMention, messageOptions, (mention, options) => {
				const result = runStep(() => acknowledge(mention, options, NOW));
				if (!result) return;
				for (const text of slackTexts(result.chat)) expectSafeSlack(text, []);
				expectPlainData(result);
				expect(acknowledge(structuredClone(mention), options, NOW)).toEqual(result);
			}),
			{ numRuns: 200 },
		);
	});

	it('escapes incident fields from the detector (brand, reasons) the same way', () => {
		fc.assert(
			fc.property(hostileIncident, messageOptions, (incident, options) => {
				const result = runStep(() => acknowledge(incident, options, NOW));
				if (!result) return;
				for (const text of slackTexts(result.chat)) expectSafeSlack(text, []);
				expectPlainData(result);
			}),
			{ numRuns: 100 },
		);
	});
});

describe('takePrivate: properties over hostile mentions', () => {
	it('escapes user text in chat, ticket Markdown and e-mail HTML; the subject stays one line; deterministic', () => {
		const via = fc.constantFrom<'dm' | 'email' | 'phone'>('dm', 'email', 'phone');
		fc.assert(
			fc.property(hostileMention, messageOptions, via, (mention, options, channel) => {
				const run = () => takePrivate(mention, { ...options, via: channel, notifyEmail: 'crisis@acme.example' }, NOW);
				const result = runStep(run);
				if (!result) return;
				for (const text of slackTexts(result.chat)) expectSafeSlack(text, []);
				expectSafeMarkdown(result.ticket.description, []);
				expectSafeHtml(result.email?.html ?? '', ['p']);
				expect(result.email?.subject).not.toMatch(/[\r\n]/);
				expect(result.ticket.title).not.toMatch(/[\r\n]/);
				expectPlainData(result);
				expect(run()).toEqual(result);
			}),
			{ numRuns: 200 },
		);
	});
});

describe('assess: properties over hostile batches', () => {
	const batch = fc.array(fc.oneof({ weight: 8, arbitrary: hostileMention }, { weight: 1, arbitrary: hostileIncident }, { weight: 1, arbitrary: fc.anything() }), { maxLength: 12 });
	const options = fc.record({ samples: fc.integer({ min: 1, max: 5 }), language: fc.constantFrom<'en' | 'tr' | 'auto'>('en', 'tr', 'auto') });

	it('escapes user text in the brief (Markdown, Slack), links only to http(s) posts, reports bad items alone; deterministic', () => {
		fc.assert(
			fc.property(batch, options, (items, opts) => {
				const result = runStep(() => assess(items, opts, NOW));
				if (!result) return;
				// Our only links are the representative posts, labelled with the channel's name.
				const labels = result.brief.representative.map((m) => escapeSlack(channelName(m.source)));
				for (const text of slackTexts(result.chat)) expectSafeSlack(text, labels);
				expectSafeMarkdown(result.markdown, ['link']);
				expectSafeMarkdown(result.ticket.description, ['link']);
				for (const error of result.errors) expect(error.field).not.toBe('');
				expect(result.errors.length + result.brief.howMany.mentions).toBeLessThanOrEqual(items.length);
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
		fc.record({ text: hostileText, createdAt: hostileDate, author: fc.record({ handle: hostileText, followers: hostileCount }) }),
	);

	it('fail with a PlaybookInputError naming the field, never a TypeError', () => {
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

	it('handle a 1 MB post in bounded time, with the chat sections clipped to what Slack accepts', () => {
		const mention = {
			id: 'x:1',
			source: 'x',
			url: 'https://x.com/a/status/1',
			text: megabyteOf('<script>@here refund never arrived '),
			createdAt: '2025-03-03T07:00:00Z',
			author: { handle: 'ayla' },
			engagement: { likes: 0, replies: 0, shares: 0 },
			tagged: true,
			query: 'acme',
		};
		const started = Date.now();
		const results = [acknowledge(mention, { brand: 'Acme' }, NOW), takePrivate(mention, { dmHandle: '@AcmeHelp', brand: 'Acme', notifyEmail: 'c@acme.example' }, NOW), assess([mention], {}, NOW)];
		expect(Date.now() - started).toBeLessThan(10_000);
		for (const result of results) {
			for (const block of result.chat.blocks) expect(((block.text as { text?: string } | undefined)?.text ?? '').length).toBeLessThanOrEqual(3000);
			for (const text of slackTexts(result.chat)) expectSafeSlack(text, ['X']);
		}
	});
});

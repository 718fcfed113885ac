import fc from 'fast-check';
import type { AssignOptions } from '../../../nodes/core/playbook/steps/assign';
import { hostileText, textWithInjection } from '../property/hostileInput';

/**
 * Playbook inputs with hostile text in every field a poster (mention, feed) or a caller (node settings,
 * a case record read back from a Data Table) controls.
 */

export const SOURCES = [
	'mastodon',
	'x',
	'reddit',
	'bluesky',
	'youtube',
	'appstore',
	'rss',
	'hackernews',
	'demo',
];
const CATEGORIES = ['billing', 'delivery', 'fraud', 'legal', 'safety', 'service'];

/** Markup, mentions and hidden characters aimed at each output channel. */
const AIMED = [
	'webhook:<!channel> <https://evil.example|Open case CD-1>',
	'@octocat @acme/security-team',
	'[~admin] [Acme Bank](https://evil.example)',
	'refund\u202Egnp.exe\u202C',
	'sc\u200Bam\u2066\u2069\uFEFF',
	'a\r\nBcc: evil@evil.example',
	'\u2028\u0085line',
	'<p onclick=x>&amp;',
	'https://ok.example/@ayla/1',
	'\uD800lone',
];

/** Required strings must not be blank (the reader rejects those, naming the field); everything else may be hostile. */
export const nonBlank = fc
	.oneof(
		{ weight: 4, arbitrary: fc.oneof(hostileText, textWithInjection) },
		{ weight: 1, arbitrary: fc.constantFrom(...AIMED) },
	)
	.map((t) => (t.trim() === '' ? `x${t}` : t));

/** URLs a post could carry, including ones built to break out of a Markdown or Slack link. */
export const hostileUrl = fc.oneof(
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
		'https://ok.example/\u202Eexe.png',
		'https://mastodon.example/@ayla/1',
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
	sentiment: fc.record({
		score: fc.integer({ min: -10, max: 10 }),
		label: fc.constantFrom('negative', 'neutral', 'positive', 'unscored'),
	}),
	categories: fc.array(
		fc.record({
			name: fc.oneof(fc.constantFrom(...CATEGORIES), nonBlank),
			matches: fc.array(nonBlank, { minLength: 1, maxLength: 3 }),
		}),
		{ maxLength: 3 },
	),
	reach: fc.integer({ min: 0, max: 100 }),
	reasons: fc.array(nonBlank, { maxLength: 3 }),
});

/** A mention as Crisis Score hands it over, with hostile text in every poster-controlled field, the id included. */
export const hostileMention = fc.record(
	{
		id: fc.oneof(
			fc.nat().map((n) => `x:${n}`),
			nonBlank,
		),
		source: fc.oneof(
			{ weight: 5, arbitrary: fc.constantFrom(...SOURCES) },
			{ weight: 1, arbitrary: fc.constantFrom('<!channel>', 'evil<script>', '@here', 'a|b>c') },
		),
		url: hostileUrl,
		text: nonBlank,
		createdAt: fc
			.integer({ min: Date.UTC(2025, 2, 1), max: Date.UTC(2025, 2, 3, 7) })
			.map((ms) => new Date(ms).toISOString()),
		author: fc.record(
			{
				handle: nonBlank,
				name: fc.option(nonBlank, { nil: undefined }),
				followers: fc.option(fc.nat({ max: 10_000_000 }), { nil: undefined }),
			},
			{ requiredKeys: ['handle'] },
		),
		engagement: fc.record({ likes: fc.nat(), replies: fc.nat(), shares: fc.nat() }),
		tagged: fc.boolean(),
		query: nonBlank,
		brand: nonBlank,
		crisis,
	},
	{
		requiredKeys: [
			'id',
			'source',
			'url',
			'text',
			'createdAt',
			'author',
			'engagement',
			'tagged',
			'query',
		],
	},
);

/** A detector alert with hostile brand, incident id, reasons and sample ids. */
export const hostileIncident = fc.record({
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

/** Message options as a user may type them: brand and issue are free text. */
export const messageOptions = fc.record({
	language: fc.constantFrom<'en' | 'tr' | 'auto' | undefined>('en', 'tr', 'auto', undefined),
	tone: fc.constantFrom<'formal' | 'warm'>('formal', 'warm'),
	brand: fc.option(nonBlank, { nil: undefined }),
	issue: fc.option(nonBlank, { nil: undefined }),
	dmHandle: fc.constant('@AcmeHelp'),
	supportEmail: fc.constant('care@acme.example'),
	supportPhone: fc.constant('+90 212 000 00 00'),
});

/** Routing settings whose team, rule and people names are hostile text; the owner has an e-mail address. */
export const hostileRouting: fc.Arbitrary<AssignOptions> = fc
	.record({
		team: nonBlank,
		owner: nonBlank,
		chain: fc.array(nonBlank, { maxLength: 3 }),
		rule: nonBlank,
	})
	.map(({ team, owner, chain, rule }) => ({
		rules: [
			{
				name: rule,
				levels: ['critical', 'high', 'medium', 'low'],
				team,
				owner,
				escalationChain: chain,
			},
		],
		defaultRoute: { team },
		people: [{ id: owner, email: 'owner@acme.example' }],
	}));

/** Fields of a case record a Data Table could hand back forged. */
export const forgedCaseFields = fc.record({ caseId: nonBlank, brand: nonBlank });

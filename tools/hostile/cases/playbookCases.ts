import {
	acknowledge,
	assess,
	assign,
	checkDeadlines,
	FieldError,
	recordResponse,
	respondToEvery,
	setDeadline,
	takePrivate,
	watch,
} from '../../../nodes/core/playbook';
import { MARKUP_TEXTS, PLAIN_TEXTS } from '../hostileText';
import { NOW } from '../sourceBodies';
import type { BenchCase } from './BenchCase';
import { jsonBytes, sized, small } from './inputSize';

const CRISIS = {
	risk: 90,
	level: 'critical',
	language: 'en',
	sentiment: { score: -5, label: 'negative' },
	categories: [{ name: 'fraud', matches: ['scam'] }],
	reach: 50,
	reasons: ['negative (-5): scam'],
};

function mention(
	index: number,
	text: string,
	overrides: Record<string, unknown> = {},
): Record<string, unknown> {
	return {
		id: `x:${index}`,
		source: 'x',
		url: `https://x.com/user${index}/status/${index}`,
		text,
		createdAt: '2025-03-10T12:20:00Z',
		author: { handle: `user${index}`, followers: 100 },
		engagement: { likes: 1, replies: 0, shares: 0 },
		tagged: true,
		query: 'Acme',
		brand: 'Acme',
		crisis: CRISIS,
		...overrides,
	};
}

/** Every Playbook Step operation, each over one item or a batch. */
const OPERATIONS: Array<{ name: string; batch: boolean; run: (items: unknown[]) => unknown }> = [
	{ name: 'acknowledge', batch: false, run: ([item]) => acknowledge(item, { brand: 'Acme' }, NOW) },
	{
		name: 'takePrivate',
		batch: false,
		run: ([item]) =>
			takePrivate(
				item,
				{ dmHandle: '@AcmeHelp', brand: 'Acme', notifyEmail: 'crisis@acme.example' },
				NOW,
			),
	},
	{ name: 'setDeadline', batch: false, run: ([item]) => setDeadline(item, {}, NOW) },
	{
		name: 'assign',
		batch: false,
		run: ([item]) =>
			assign(
				item,
				{ defaultRoute: { team: 'care', owner: 'ali', escalationChain: ['selin'] } },
				NOW,
			),
	},
	{ name: 'recordResponse', batch: false, run: ([item]) => recordResponse(item, {}, NOW) },
	{ name: 'assess', batch: true, run: (items) => assess(items, {}, NOW) },
	{ name: 'respondToEvery', batch: true, run: (items) => respondToEvery(items, {}, NOW) },
	{ name: 'watch', batch: true, run: (items) => watch(items, {}, NOW) },
	{ name: 'checkDeadlines', batch: true, run: (items) => checkDeadlines(items, {}, NOW) },
];

export function playbookCases(): BenchCase[] {
	const inputs: Array<{ input: string; items: (bytes: number) => unknown[]; batchOnly?: boolean }> =
		[
			...[PLAIN_TEXTS[5], PLAIN_TEXTS[2], PLAIN_TEXTS[0], MARKUP_TEXTS[0]].map((text) => ({
				input: `one post: ${text.name}`,
				items: (bytes: number) => [sized(bytes, (n) => mention(0, text.make(n))).value],
			})),
			{
				input: 'one post with huge id, handle, URL and brand',
				items: (bytes: number) => {
					const part = 'a'.repeat(Math.floor(bytes / 4));
					return [
						mention(0, 'Acme refund never arrived', {
							id: `x:${part}`,
							author: { handle: `@${part}` },
							url: `https://x.com/${part}`,
							brand: part,
						}),
					];
				},
			},
			{
				input: 'incident with huge brand, reasons and sample ids',
				items: (bytes: number) => {
					const part = PLAIN_TEXTS[5].make(Math.floor(bytes / 3));
					return [
						{
							at: '2025-03-10T12:00:00Z',
							brand: part,
							level: 'critical',
							state: 'opened',
							incident: 'acme-1',
							volume: 40,
							baseline: 3,
							reasons: [part],
							sampleIds: [part],
						},
					];
				},
			},
			{
				input: 'many posts with injections',
				batchOnly: true,
				items: (bytes: number) => {
					const text = small(PLAIN_TEXTS[5]);
					const count = Math.max(1, Math.floor(bytes / jsonBytes(mention(0, text))));
					return Array.from({ length: count }, (_, index) => mention(index, text));
				},
			},
		];
	return OPERATIONS.flatMap((operation) =>
		inputs
			.filter((input) => operation.batch || !input.batchOnly)
			.map((input): BenchCase => ({
				path: `playbook:${operation.name}`,
				input: input.input,
				rejectsWith: FieldError,
				prepare: (bytes) => {
					const items = input.items(bytes);
					return { bytes: jsonBytes(items), run: () => operation.run(items) };
				},
			})),
	);
}

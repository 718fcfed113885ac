import { detectCrises, type Observation } from '../../nodes/core/detection/detectCrises';
import type { SourceName } from '../../nodes/core/mention/Mention';
import { acknowledge, assess, assign, checkDeadlines, FieldError, recordResponse, respondToEvery, setDeadline, takePrivate, watch } from '../../nodes/core/playbook';
import { createScorer } from '../../nodes/core/scoring/createScorer';
import { apiErrorMessage } from '../../nodes/core/sources/apiErrorMessage';
import { parseFeed } from '../../nodes/core/sources/feedXml';
import { htmlToText } from '../../nodes/core/sources/htmlToText';
import { requestWithRetry } from '../../nodes/core/sources/requestWithRetry';
import { SourceError } from '../../nodes/core/sources/SourceError';
import { sourceAdapter } from '../../nodes/core/sources/sourceRegistry';
import type { SourceSettings } from '../../nodes/core/sources/SourceSettings';
import { GOOD_FEED, HOSTILE_FEEDS } from './feedBodies';
import { ALL_TEXTS, grow, MARKUP_TEXTS, nestedErrorJson, nestedErrorValue, PLAIN_TEXTS, type HostileText } from './hostileText';
import { fakeFetch, JSON_SOURCES, NOW, okJson, QUERY, searchOptions, sourceBody } from './sourceBodies';

/** One ingest path fed one hostile input. */
export interface BenchCase {
	path: string;
	input: string;
	/** Builds an input of about `bytes` bytes (not timed); returns its real size and the timed call. */
	prepare: (bytes: number) => { bytes: number; run: () => unknown };
	/** The path's documented answer to a bad input (an error that names the problem): not a failure. */
	rejectsWith?: new (...args: never[]) => Error;
}

const jsonBytes = (value: unknown): number => Buffer.byteLength(typeof value === 'string' ? value : JSON.stringify(value));

/** An API error body as the fetch hands it over (parsed JSON, or raw text), and its size as sent. */
interface HostileBody {
	input: string;
	make: (bytes: number) => { body: unknown; bytes: number };
}

const asBody = (body: unknown) => ({ body, bytes: jsonBytes(body) });
// JSON.stringify cannot walk this deep (it recurses): the size is the raw text's.
const nestedBody = (bytes: number) => ({ body: nestedErrorValue(bytes), bytes: Buffer.byteLength(nestedErrorJson(bytes)) });

/**
 * `build(n)` for the n that gives about `bytes` bytes, where the size grows linearly with n: built once
 * at n = bytes, then once more scaled down when fields repeat the text.
 */
function sized<T>(bytes: number, build: (n: number) => T): { value: T; bytes: number } {
	let value = build(bytes);
	let size = jsonBytes(value);
	if (size > bytes * 1.2) {
		value = build(Math.max(1, Math.floor((bytes * bytes) / size)));
		size = jsonBytes(value);
	}
	return { value, bytes: size };
}

/** A hostile text cut to about `bytes` bytes for one field of a flood item. */
const small = (text: HostileText) => text.make(200);

function htmlCases(): BenchCase[] {
	return ALL_TEXTS.map((text) => ({
		path: 'htmlToText',
		input: text.name,
		prepare: (bytes) => {
			const html = text.make(bytes);
			return { bytes: jsonBytes(html), run: () => htmlToText(html) };
		},
	}));
}

function feedCases(): BenchCase[] {
	return HOSTILE_FEEDS.map((feed) => ({
		path: 'feed (parseFeed)',
		input: feed.name,
		prepare: (bytes) => {
			const xml = feed.make(bytes);
			return { bytes: jsonBytes(xml), run: () => parseFeed(xml) };
		},
	}));
}

/** A source answering 400 with a hostile error body: the search must fail with a SourceError, quickly. */
function sourceErrorCases(name: SourceName, settings: SourceSettings): BenchCase[] {
	const bodies: HostileBody[] = [
		{ input: 'error body: {"error":{…}} nested', make: nestedBody },
		{ input: 'error body: nested, as raw text', make: (bytes) => asBody(nestedErrorJson(bytes)) },
		{ input: 'error body: message of <p  × N', make: (bytes) => asBody({ message: MARKUP_TEXTS[0].make(bytes) }) },
	];
	return bodies.map(({ input, make }) => ({
		path: `source:${name} (API error)`,
		input,
		rejectsWith: SourceError,
		prepare: (bytes) => {
			const answer = make(bytes);
			const fetch = fakeFetch(() => ({ status: 400, headers: { 'content-type': 'application/json' }, body: answer.body }));
			return { bytes: answer.bytes, run: () => sourceAdapter(name).search(fetch, QUERY, searchOptions(settings)) };
		},
	}));
}

function rssCases(): BenchCase[] {
	const hostileUrl = 'https://feeds.example/hostile.xml';
	const settings: SourceSettings = { rss: { feedUrls: [hostileUrl, 'https://feeds.example/good.xml'] } };
	const search = HOSTILE_FEEDS.map(
		(feed): BenchCase => ({
			path: 'source:rss',
			input: `${feed.name}, beside a healthy feed`,
			prepare: (bytes) => {
				const xml = feed.make(bytes);
				const fetch = fakeFetch((request) => ({ status: 200, headers: { 'content-type': 'application/rss+xml' }, body: request.url === hostileUrl ? xml : GOOD_FEED }));
				return { bytes: jsonBytes(xml), run: () => sourceAdapter('rss').search(fetch, QUERY, searchOptions(settings)) };
			},
		}),
	);
	return [...search, ...sourceErrorCases('rss', { rss: { feedUrls: [hostileUrl] } })];
}

function jsonSourceCases(): BenchCase[] {
	return JSON_SOURCES.flatMap(({ name, settings }): BenchCase[] => {
		const search = (body: unknown) => {
			// Bluesky asks for the authors' follower counts in a second request.
			const fetch = fakeFetch((request) => okJson(request.url.includes('getProfiles') ? { profiles: [] } : body));
			return () => sourceAdapter(name).search(fetch, QUERY, searchOptions(settings));
		};
		const onePost = ALL_TEXTS.map(
			(text): BenchCase => ({
				path: `source:${name}`,
				input: `one post: ${text.name}`,
				prepare: (bytes) => {
					const body = sized(bytes, (n) => sourceBody(name, text.make(n), 1));
					return { bytes: body.bytes, run: search(body.value) };
				},
			}),
		);
		const flood = [MARKUP_TEXTS[0], PLAIN_TEXTS[2], PLAIN_TEXTS[5]].map(
			(text): BenchCase => ({
				path: `source:${name}`,
				input: `many posts: ${text.name}`,
				prepare: (bytes) => {
					const one = jsonBytes(sourceBody(name, small(text), 1));
					const body = sourceBody(name, small(text), Math.max(1, Math.floor(bytes / one)));
					return { bytes: jsonBytes(body), run: search(body) };
				},
			}),
		);
		return [...onePost, ...flood, ...sourceErrorCases(name, settings)];
	});
}

function errorBodyCases(): BenchCase[] {
	const bodies: HostileBody[] = [
		{ input: '{"error":{…}} nested', make: nestedBody },
		{ input: 'nested, as raw text', make: (bytes) => asBody(nestedErrorJson(bytes)) },
		{ input: 'message of <p  × N + <br>', make: (bytes) => asBody({ error: { message: MARKUP_TEXTS[0].make(bytes) } }) },
		{ input: 'message of &lt;p  × N', make: (bytes) => asBody({ detail: MARKUP_TEXTS[1].make(bytes) }) },
		{ input: 'errors[] of many entries', make: (bytes) => asBody({ errors: Array.from({ length: Math.floor(bytes / 25) }, () => ({ message: 'bad token' })) }) },
		{ input: 'an HTML error page', make: (bytes) => asBody(grow('<div><p>Bad gateway ', bytes, '<html><body>', '</body></html>')) },
	];
	const source = { name: 'x', displayName: 'X' };
	return bodies.flatMap(({ input, make }): BenchCase[] => [
		{
			path: 'apiErrorMessage',
			input,
			prepare: (bytes) => {
				const answer = make(bytes);
				return { bytes: answer.bytes, run: () => apiErrorMessage(answer.body) };
			},
		},
		{
			path: 'requestWithRetry (API error)',
			input,
			rejectsWith: SourceError,
			prepare: (bytes) => {
				const answer = make(bytes);
				const fetch = fakeFetch(() => ({ status: 401, headers: {}, body: answer.body }));
				const request = { method: 'GET' as const, url: 'https://api.x.example/2/tweets/search/recent' };
				return { bytes: answer.bytes, run: () => requestWithRetry(fetch, request, { source, sleep: async () => undefined, maxRetries: 0 }) };
			},
		},
	]);
}

function scorerCases(): BenchCase[] {
	return ALL_TEXTS.map((text) => ({
		path: 'scorer (createScorer)',
		input: text.name,
		prepare: (bytes) => {
			const score = createScorer();
			const input = { text: text.make(bytes), followers: 10, createdAt: '2025-03-10T12:00:00Z' };
			return { bytes: jsonBytes(input.text), run: () => score(input, NOW) };
		},
	}));
}

/** Dates no post was written at: year 1, a bare number (read as 2001 by some parsers), the far future. */
const ABSURD_DATES = ['0001-01-01T00:00:00Z', '1', '+275760-09-13T00:00:00.000Z', '9999-12-31T23:59:59Z', '2025-03-10T12:20:00Z', 'not a date'];

function detectorCases(): BenchCase[] {
	const observation = (index: number, overrides: Partial<Observation>): Observation => ({
		id: `x:${index}`,
		brand: 'Acme',
		createdAt: '2025-03-10T12:20:00Z',
		text: 'Acme refund never arrived, total scam',
		negative: index % 2 === 0,
		risk: 50,
		...overrides,
	});
	const batchOf = (bytes: number, make: (index: number) => Observation): Observation[] => {
		const count = Math.max(1, Math.floor(bytes / jsonBytes(make(0))));
		return Array.from({ length: count }, (_, index) => make(index));
	};
	const batches: Array<{ input: string; batch: (bytes: number) => Observation[] }> = [
		{ input: 'absurd dates', batch: (bytes) => batchOf(bytes, (index) => observation(index, { createdAt: ABSURD_DATES[index % ABSURD_DATES.length] })) },
		{ input: 'many brands (with __proto__, constructor)', batch: (bytes) => batchOf(bytes, (index) => observation(index, { brand: ['__proto__', 'constructor', `brand${index}`][index % 3] })) },
		{ input: 'one huge text', batch: (bytes) => [observation(0, { text: PLAIN_TEXTS[5].make(bytes) })] },
		{ input: 'many near-duplicate texts', batch: (bytes) => batchOf(bytes, (index) => observation(index, { text: `${small(PLAIN_TEXTS[4])} ${index}` })) },
		{ input: 'huge ids', batch: (bytes) => batchOf(bytes, (index) => observation(index, { id: `x:${index}:${'9'.repeat(10_000)}` })) },
	];
	return batches.map(({ input, batch }) => ({
		path: 'detector (detectCrises)',
		input,
		prepare: (bytes) => {
			const observations = batch(bytes);
			return { bytes: jsonBytes(observations), run: () => detectCrises(undefined, observations, NOW) };
		},
	}));
}

const CRISIS = {
	risk: 90,
	level: 'critical',
	language: 'en',
	sentiment: { score: -5, label: 'negative' },
	categories: [{ name: 'fraud', matches: ['scam'] }],
	reach: 50,
	reasons: ['negative (-5): scam'],
};

function mention(index: number, text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
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
	{ name: 'takePrivate', batch: false, run: ([item]) => takePrivate(item, { dmHandle: '@AcmeHelp', brand: 'Acme', notifyEmail: 'crisis@acme.example' }, NOW) },
	{ name: 'setDeadline', batch: false, run: ([item]) => setDeadline(item, {}, NOW) },
	{ name: 'assign', batch: false, run: ([item]) => assign(item, { defaultRoute: { team: 'care', owner: 'ali', escalationChain: ['selin'] } }, NOW) },
	{ name: 'recordResponse', batch: false, run: ([item]) => recordResponse(item, {}, NOW) },
	{ name: 'assess', batch: true, run: (items) => assess(items, {}, NOW) },
	{ name: 'respondToEvery', batch: true, run: (items) => respondToEvery(items, {}, NOW) },
	{ name: 'watch', batch: true, run: (items) => watch(items, {}, NOW) },
	{ name: 'checkDeadlines', batch: true, run: (items) => checkDeadlines(items, {}, NOW) },
];

function playbookCases(): BenchCase[] {
	const inputs: Array<{ input: string; items: (bytes: number) => unknown[]; batchOnly?: boolean }> = [
		...[PLAIN_TEXTS[5], PLAIN_TEXTS[2], PLAIN_TEXTS[0], MARKUP_TEXTS[0]].map((text) => ({
			input: `one post: ${text.name}`,
			items: (bytes: number) => [sized(bytes, (n) => mention(0, text.make(n))).value],
		})),
		{
			input: 'one post with huge id, handle, URL and brand',
			items: (bytes: number) => {
				const part = 'a'.repeat(Math.floor(bytes / 4));
				return [mention(0, 'Acme refund never arrived', { id: `x:${part}`, author: { handle: `@${part}` }, url: `https://x.com/${part}`, brand: part })];
			},
		},
		{
			input: 'incident with huge brand, reasons and sample ids',
			items: (bytes: number) => {
				const part = PLAIN_TEXTS[5].make(Math.floor(bytes / 3));
				return [{ at: '2025-03-10T12:00:00Z', brand: part, level: 'critical', state: 'opened', incident: 'acme-1', volume: 40, baseline: 3, reasons: [part], sampleIds: [part] }];
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
			.map(
				(input): BenchCase => ({
					path: `playbook:${operation.name}`,
					input: input.input,
					rejectsWith: FieldError,
					prepare: (bytes) => {
						const items = input.items(bytes);
						return { bytes: jsonBytes(items), run: () => operation.run(items) };
					},
				}),
			),
	);
}

/** Every case, grouped by path in the order the table prints them. */
export function benchCases(): BenchCase[] {
	return [...htmlCases(), ...feedCases(), ...rssCases(), ...jsonSourceCases(), ...errorBodyCases(), ...scorerCases(), ...detectorCases(), ...playbookCases()];
}

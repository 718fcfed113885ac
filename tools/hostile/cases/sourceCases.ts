import type { SourceName } from '../../../nodes/core/mention/Mention';
import { SourceError } from '../../../nodes/core/sources/SourceError';
import { sourceAdapter } from '../../../nodes/core/sources/sourceRegistry';
import type { SourceSettings } from '../../../nodes/core/sources/SourceSettings';
import { GOOD_FEED, HOSTILE_FEEDS } from '../feedBodies';
import { ALL_TEXTS, MARKUP_TEXTS, nestedErrorJson, PLAIN_TEXTS } from '../hostileText';
import { fakeFetch, JSON_SOURCES, okJson, QUERY, searchOptions, sourceBody } from '../sourceBodies';
import type { BenchCase } from './BenchCase';
import { asBody, nestedBody, type HostileBody } from './hostileErrorBody';
import { jsonBytes, sized, small } from './inputSize';

/** A source answering 400 with a hostile error body: the search must fail with a SourceError, quickly. */
function sourceErrorCases(name: SourceName, settings: SourceSettings): BenchCase[] {
	const bodies: HostileBody[] = [
		{ input: 'error body: {"error":{…}} nested', make: nestedBody },
		{ input: 'error body: nested, as raw text', make: (bytes) => asBody(nestedErrorJson(bytes)) },
		{
			input: 'error body: message of <p  × N',
			make: (bytes) => asBody({ message: MARKUP_TEXTS[0].make(bytes) }),
		},
	];
	return bodies.map(({ input, make }) => ({
		path: `source:${name} (API error)`,
		input,
		rejectsWith: SourceError,
		prepare: (bytes) => {
			const answer = make(bytes);
			const fetch = fakeFetch(() => ({
				status: 400,
				headers: { 'content-type': 'application/json' },
				body: answer.body,
			}));
			return {
				bytes: answer.bytes,
				run: () => sourceAdapter(name).search(fetch, QUERY, searchOptions(settings)),
			};
		},
	}));
}

export function rssCases(): BenchCase[] {
	const hostileUrl = 'https://feeds.example/hostile.xml';
	const settings: SourceSettings = {
		rss: { feedUrls: [hostileUrl, 'https://feeds.example/good.xml'] },
	};
	const search = HOSTILE_FEEDS.map((feed): BenchCase => ({
		path: 'source:rss',
		input: `${feed.name}, beside a healthy feed`,
		prepare: (bytes) => {
			const xml = feed.make(bytes);
			const fetch = fakeFetch((request) => ({
				status: 200,
				headers: { 'content-type': 'application/rss+xml' },
				body: request.url === hostileUrl ? xml : GOOD_FEED,
			}));
			return {
				bytes: jsonBytes(xml),
				run: () => sourceAdapter('rss').search(fetch, QUERY, searchOptions(settings)),
			};
		},
	}));
	return [...search, ...sourceErrorCases('rss', { rss: { feedUrls: [hostileUrl] } })];
}

export function jsonSourceCases(): BenchCase[] {
	return JSON_SOURCES.flatMap(({ name, settings }): BenchCase[] => {
		const search = (body: unknown) => {
			// Bluesky asks for the authors' follower counts in a second request.
			const fetch = fakeFetch((request) =>
				okJson(request.url.includes('getProfiles') ? { profiles: [] } : body),
			);
			return () => sourceAdapter(name).search(fetch, QUERY, searchOptions(settings));
		};
		const onePost = ALL_TEXTS.map((text): BenchCase => ({
			path: `source:${name}`,
			input: `one post: ${text.name}`,
			prepare: (bytes) => {
				const body = sized(bytes, (n) => sourceBody(name, text.make(n), 1));
				return { bytes: body.bytes, run: search(body.value) };
			},
		}));
		const flood = [MARKUP_TEXTS[0], PLAIN_TEXTS[2], PLAIN_TEXTS[5]].map((text): BenchCase => ({
			path: `source:${name}`,
			input: `many posts: ${text.name}`,
			prepare: (bytes) => {
				const one = jsonBytes(sourceBody(name, small(text), 1));
				const body = sourceBody(name, small(text), Math.max(1, Math.floor(bytes / one)));
				return { bytes: jsonBytes(body), run: search(body) };
			},
		}));
		return [...onePost, ...flood, ...sourceErrorCases(name, settings)];
	});
}

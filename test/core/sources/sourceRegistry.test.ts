import { FieldError } from '../../../nodes/core/errors/FieldError';
import { SOURCE_REGISTRY, sourceAdapter } from '../../../nodes/core/sources/sourceRegistry';
import { validateQuery } from '../../../nodes/core/sources/validateQuery';
import { query } from './fakeHttp';

describe('source registry', () => {
	it('lists every source under its Mention source name with a public default base URL', () => {
		expect(Object.keys(SOURCE_REGISTRY)).toEqual([
			'demo',
			'hackernews',
			'reddit',
			'mastodon',
			'bluesky',
			'x',
			'youtube',
			'appstore',
			'googleplay',
			'instagram',
			'facebook',
			'rss',
		]);
		for (const [name, adapter] of Object.entries(SOURCE_REGISTRY)) {
			expect(adapter.name).toBe(name);
			if (name !== 'demo' && name !== 'rss') expect(adapter.defaultBaseUrl).toMatch(/^https:\/\//);
		}
		expect(
			Object.values(SOURCE_REGISTRY)
				.filter((adapter) => adapter.credentialType)
				.map((adapter) => adapter.credentialType),
		).toEqual([
			'crisisDeskRedditOAuth2Api',
			'mastodonApi',
			'blueskyApi',
			'xApi',
			'youTubeApi',
			'crisisDeskGooglePlayApi',
			'crisisDeskMetaGraphApi',
			'crisisDeskMetaGraphApi',
		]);
	});
	it('names the field for an unknown source', () => {
		expect(() => sourceAdapter('myspace')).toThrow(FieldError);
		expect(() => sourceAdapter('myspace')).toThrow(/^source: unknown source "myspace"/);
	});
});

describe('validateQuery', () => {
	it('rejects a bad limit, since or language with the field name', () => {
		expect(() => validateQuery(query({ limit: 0 }))).toThrow(/^limit:/);
		expect(() => validateQuery(query({ limit: 2.5 }))).toThrow(/^limit:/);
		expect(() => validateQuery(query({ since: new Date('nope') }))).toThrow(/^since:/);
		expect(() => validateQuery(query({ language: 'english please' }))).toThrow(/^language:/);
		expect(() => validateQuery(query({ keywords: [3 as unknown as string] }))).toThrow(
			/^keywords:/,
		);
		expect(() => validateQuery(query())).not.toThrow();
	});
});

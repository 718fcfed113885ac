import type { HttpRequest } from '../../../nodes/core/sources/http';
import { MAX_REDIRECTS, sameOriginRedirect } from '../../../nodes/core/sources/sameOriginRedirect';
import { SourceError } from '../../../nodes/core/sources/SourceError';
import { status } from './fakeHttp';

const source = { name: 'x', displayName: 'X', credentialDisplayName: 'X API' };
const request: HttpRequest = {
	method: 'GET',
	url: 'http://127.0.0.1:5678/2/tweets/search/recent',
	qs: { query: 'acme' },
};
const redirect = (code: number, location: string) => status(code, '', { Location: location });

describe('sameOriginRedirect', () => {
	it('is no redirect for other statuses, or for a 3xx without a Location', () => {
		expect(sameOriginRedirect(source, request, status(200, {}), 0)).toBeUndefined();
		expect(sameOriginRedirect(source, request, status(304, ''), 0)).toBeUndefined();
	});

	it('follows a relative or absolute Location on the same origin; the Location is the whole next address', () => {
		expect(sameOriginRedirect(source, request, redirect(301, '/v2/search?query=acme'), 0)).toEqual({
			method: 'GET',
			url: 'http://127.0.0.1:5678/v2/search?query=acme',
			qs: undefined,
		});
		expect(
			sameOriginRedirect(source, request, redirect(308, 'http://127.0.0.1:5678/moved'), 0)?.url,
		).toBe('http://127.0.0.1:5678/moved');
	});

	it('turns a POST into a GET without body on 303 (and 301/302), keeps it on 307', () => {
		const post: HttpRequest = {
			method: 'POST',
			url: 'http://127.0.0.1:5678/session',
			body: { password: 'p' },
		};
		expect(sameOriginRedirect(source, post, redirect(303, '/done'), 0)).toMatchObject({
			method: 'GET',
			body: undefined,
		});
		expect(sameOriginRedirect(source, post, redirect(302, '/done'), 0)).toMatchObject({
			method: 'GET',
			body: undefined,
		});
		expect(sameOriginRedirect(source, post, redirect(307, '/again'), 0)).toMatchObject({
			method: 'POST',
			body: { password: 'p' },
		});
	});

	it.each([
		[
			'another port',
			'http://127.0.0.1:5679/2/tweets/search/recent',
			'redirected to another origin (http://127.0.0.1:5679)',
		],
		[
			'another scheme',
			'https://127.0.0.1:5678/2/tweets/search/recent',
			'redirected to another origin (https://127.0.0.1:5678)',
		],
		['another host', '//localhost:5678/x', 'redirected to another origin (http://localhost:5678)'],
		['a scheme without origin', 'javascript:alert(1)', 'redirected to another origin (null)'],
		['no URL at all', 'http://[::1', 'redirected to an address that is not a URL'],
	])('refuses %s, naming the credential in the hint', (_label, location, message) => {
		const failure = (() => {
			try {
				return sameOriginRedirect(source, request, redirect(302, location), 0);
			} catch (error) {
				return error as SourceError;
			}
		})();
		expect(failure).toBeInstanceOf(SourceError);
		expect((failure as SourceError).status).toBe(302);
		expect((failure as SourceError).message).toBe(
			`X answered 302: ${message}, which is not followed (GET http://127.0.0.1:5678/2/tweets/search/recent)`,
		);
		expect((failure as SourceError).hint).toMatch(
			/X API credential is sent only to the address it names/,
		);
	});

	it(`stops after ${MAX_REDIRECTS} redirects`, () => {
		expect(() =>
			sameOriginRedirect(source, request, redirect(302, '/loop'), MAX_REDIRECTS),
		).toThrow(/still redirecting after 5 redirects/);
	});
});

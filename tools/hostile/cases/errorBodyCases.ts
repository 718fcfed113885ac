import { apiErrorMessage } from '../../../nodes/core/sources/apiErrorMessage';
import { requestWithRetry } from '../../../nodes/core/sources/requestWithRetry';
import { SourceError } from '../../../nodes/core/sources/SourceError';
import { grow, MARKUP_TEXTS, nestedErrorJson } from '../hostileText';
import { fakeFetch } from '../sourceBodies';
import type { BenchCase } from './BenchCase';
import { asBody, nestedBody, type HostileBody } from './hostileErrorBody';

export function errorBodyCases(): BenchCase[] {
	const bodies: HostileBody[] = [
		{ input: '{"error":{…}} nested', make: nestedBody },
		{ input: 'nested, as raw text', make: (bytes) => asBody(nestedErrorJson(bytes)) },
		{
			input: 'message of <p  × N + <br>',
			make: (bytes) => asBody({ error: { message: MARKUP_TEXTS[0].make(bytes) } }),
		},
		{
			input: 'message of &lt;p  × N',
			make: (bytes) => asBody({ detail: MARKUP_TEXTS[1].make(bytes) }),
		},
		{
			input: 'errors[] of many entries',
			make: (bytes) =>
				asBody({
					errors: Array.from({ length: Math.floor(bytes / 25) }, () => ({ message: 'bad token' })),
				}),
		},
		{
			input: 'an HTML error page',
			make: (bytes) =>
				asBody(grow('<div><p>Bad gateway ', bytes, '<html><body>', '</body></html>')),
		},
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
				const request = {
					method: 'GET' as const,
					url: 'https://api.x.example/2/tweets/search/recent',
				};
				return {
					bytes: answer.bytes,
					run: () =>
						requestWithRetry(fetch, request, {
							source,
							sleep: async () => undefined,
							maxRetries: 0,
						}),
				};
			},
		},
	]);
}

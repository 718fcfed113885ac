import { Workflow } from 'n8n-workflow';

import { loadPackage, node } from './harness/engine';

/** The "Test" button's request of each credential, its address resolved by n8n's own expression engine. */
describe('credential test requests', () => {
	const resolveBaseUrl = async (type: string, baseUrl: string) => {
		const types = await loadPackage();
		const trigger = node('Mention Fetch', 'mentionFetch', {});
		const workflow = new Workflow({
			nodes: [trigger],
			connections: {},
			nodeTypes: types.nodeTypes,
			active: false,
		});
		const request = types.credentialTypes.getByName(type).test?.request;
		return workflow.expression.getSimpleParameterValue(
			trigger,
			request?.baseURL as string,
			'internal',
			{ $credentials: { baseUrl } },
		);
	};

	it.each([
		'xApi',
		'mastodonApi',
		'blueskyApi',
		'crisisDeskRedditOAuth2Api',
		'youTubeApi',
		'crisisDeskMetaGraphApi',
		'crisisDeskGooglePlayApi',
	])(
		'%s: asks the address in the credential, the official API when it is blank, and keeps its secret on that origin',
		async (type) => {
			const credential = (await loadPackage()).credentialTypes.getByName(type);
			const official = credential.properties.find(
				(property) => property.name === 'baseUrl',
			)?.default;
			expect(official).toMatch(/^https:\/\//);
			expect(await resolveBaseUrl(type, 'http://127.0.0.1:5678/gateway/')).toBe(
				'http://127.0.0.1:5678/gateway',
			);
			expect(await resolveBaseUrl(type, '')).toBe(official);
			expect(await resolveBaseUrl(type, '  ')).toBe(official);
			expect(credential.test?.request.sendCredentialsOnCrossOriginRedirect).toBe(false);
		},
	);
});

import type { ICredentialType } from 'n8n-workflow';

/**
 * Credential types that ship with n8n itself (n8n-nodes-base), which the package's sources reuse
 * instead of defining their own. In n8n they come from n8n-nodes-base; the engine tests load only this
 * package's `dist`, so each is restated here with exactly what n8n defines: its name, its fields and
 * how n8n authenticates a request with it (packages/nodes-base/credentials in n8n's repository).
 * Nothing else of n8n-nodes-base is loaded.
 */
export const N8N_BUILT_IN_CREDENTIAL_TYPES: ReadonlyMap<string, ICredentialType> = new Map([
	[
		'facebookGraphApi',
		{
			// FacebookGraphApi.credentials.ts: one access token, sent as the `access_token` query parameter.
			// n8n's type has no address field: in n8n the token goes to graph.facebook.com only. The tests
			// point a source at the loopback API through a `baseUrl` value in the test's credential data,
			// which the source reads for every credential type (see CredentialInUse).
			name: 'facebookGraphApi',
			displayName: 'Facebook Graph API',
			properties: [{ displayName: 'Access Token', name: 'accessToken', type: 'string', typeOptions: { password: true }, default: '' }],
			authenticate: { type: 'generic', properties: { qs: { access_token: '={{$credentials.accessToken}}' } } },
		},
	],
	[
		'googleApi',
		{
			// GoogleApi.credentials.ts: a service account's email and private key (n8n spells the impersonation
			// switch `inpersonate`). Its `authenticate` function signs only with "Set up for use in HTTP Request
			// node" on, and then at Google's own token endpoint; the Google Play source never asks n8n to
			// authenticate with this type (it signs its own requests), so that function is not restated.
			name: 'googleApi',
			displayName: 'Google Service Account API',
			properties: [
				{ displayName: 'Service Account Email', name: 'email', type: 'string', default: '', required: true },
				{ displayName: 'Private Key', name: 'privateKey', type: 'string', typeOptions: { password: true }, default: '', required: true },
				{ displayName: 'Impersonate a User', name: 'inpersonate', type: 'boolean', default: false },
				{ displayName: 'Email', name: 'delegatedEmail', type: 'string', default: '', displayOptions: { show: { inpersonate: [true] } } },
				{ displayName: 'Set up for use in HTTP Request node', name: 'httpNode', type: 'boolean', default: false },
				{ displayName: 'Scope(s)', name: 'scopes', type: 'string', default: '', displayOptions: { show: { httpNode: [true] } } },
			],
		},
	],
]);

import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { GRAPH_API_BASE_URL } from '../nodes/core/sources/graphApiVersion';

/**
 * A Graph API access token for Instagram (professional accounts, Facebook Login) and Facebook Pages,
 * sent as the `access_token` query parameter the way Meta documents it. Named after this package:
 * n8n's own `facebookGraphApi` belongs to n8n's nodes, and has no address field.
 */
export class CrisisDeskMetaGraphApi implements ICredentialType {
	name = 'crisisDeskMetaGraphApi';

	displayName = 'Crisis Desk Meta Graph API';

	icon: Icon = {
		light: 'file:crisisDeskMetaGraphApi.svg',
		dark: 'file:crisisDeskMetaGraphApi.dark.svg',
	};

	documentationUrl = 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'For Facebook Page: a Page access token (GET /me/accounts). For Instagram: a user or system-user token of the Page linked to the Instagram professional account.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: GRAPH_API_BASE_URL,
			description:
				'The Graph API address with its version; change only for a proxy or gateway in front of Meta, or for a newer Graph API version',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			qs: { access_token: '={{$credentials.accessToken}}' },
		},
	};

	// Reading the token's own user or Page needs no permission beyond the token itself.
	test: ICredentialTestRequest = {
		request: {
			baseURL: `={{(($credentials.baseUrl || "").trim() || "${GRAPH_API_BASE_URL}").replace(/\\/+$/, "")}}`,
			url: '/me',
			qs: { fields: 'id,name' },
			method: 'GET',
			sendCredentialsOnCrossOriginRedirect: false,
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 400,
					message:
						'Meta refused the access token (expired, revoked or mistyped): create a new one in Graph API Explorer or Business Settings → System users and paste it',
				},
			},
		],
	};
}

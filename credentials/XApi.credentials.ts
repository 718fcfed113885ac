import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

/** App-only bearer token for X API v2 recent search. */
export class XApi implements ICredentialType {
	name = 'xApi';

	displayName = 'X API';

	icon: Icon = { light: 'file:xApi.svg', dark: 'file:xApi.dark.svg' };

	documentationUrl = 'https://docs.x.com/fundamentals/authentication/oauth-2-0/application-only';

	properties: INodeProperties[] = [
		{
			displayName: 'Bearer Token',
			name: 'bearerToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The app-only Bearer Token from the X developer portal (Projects & Apps → Keys and tokens)',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.x.com',
			description: 'Change only for a proxy or gateway in front of the X API',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.bearerToken}}' },
		},
	};

	// The usage endpoint reports the project's read cap without consuming any reads.
	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{(($credentials.baseUrl || "").trim() || "https://api.x.com").replace(/\\/+$/, "")}}',
			url: '/2/usage/tweets',
			method: 'GET',
			sendCredentialsOnCrossOriginRedirect: false,
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'X refused the bearer token: copy the app-only Bearer Token again from the developer portal (Projects & Apps → Keys and tokens)',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'X accepted the token but denies API v2 access: attach the app to a project whose plan includes recent search',
				},
			},
		],
	};
}

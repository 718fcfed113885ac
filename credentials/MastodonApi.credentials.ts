import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

/** A Mastodon instance, with an optional access token (needed for status search, not for hashtags). */
export class MastodonApi implements ICredentialType {
	name = 'mastodonApi';

	displayName = 'Mastodon API';

	icon: Icon = { light: 'file:mastodonApi.svg', dark: 'file:mastodonApi.dark.svg' };

	documentationUrl = 'https://docs.joinmastodon.org/client/token/';

	properties: INodeProperties[] = [
		{
			displayName: 'Instance URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://mastodon.social',
			required: true,
			description: 'The server the account lives on, e.g. https://mastodon.social',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional. From Preferences → Development → New application with the read:search and read:statuses scopes. Without it only hashtag timelines are available.',
		},
	];

	// An empty "Authorization: Bearer " header is rejected by Mastodon, so it is added only with a token.
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const token = typeof credentials.accessToken === 'string' ? credentials.accessToken.trim() : '';
		if (token === '') return requestOptions;
		return {
			...requestOptions,
			headers: { ...requestOptions.headers, Authorization: `Bearer ${token}` },
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{(($credentials.baseUrl || "").trim() || "https://mastodon.social").replace(/\\/+$/, "")}}',
			url: '={{$credentials.accessToken ? "/api/v1/apps/verify_credentials" : "/api/v2/instance"}}',
			method: 'GET',
			sendCredentialsOnCrossOriginRedirect: false,
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'The instance refused the access token: create a new one under Preferences → Development, or leave it empty for hashtag timelines only',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'No Mastodon API at this Instance URL: check the address of the server the account lives on',
				},
			},
		],
	};
}

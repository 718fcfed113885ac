import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

/** A YouTube Data API v3 key: public comments need no OAuth, only the key as `key=` query parameter. */
export class YouTubeApi implements ICredentialType {
	name = 'youTubeApi';

	displayName = 'YouTube Data API';

	icon: Icon = { light: 'file:youTubeApi.svg', dark: 'file:youTubeApi.dark.svg' };

	documentationUrl = 'https://developers.google.com/youtube/v3/getting-started';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'A Google Cloud API key with the YouTube Data API v3 enabled',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://www.googleapis.com/youtube/v3',
			description: 'Change only for a proxy or gateway in front of the YouTube Data API',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			qs: { key: '={{$credentials.apiKey}}' },
		},
	};

	// i18nLanguages.list is the cheapest call that still checks the key (1 quota unit).
	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{(($credentials.baseUrl || "").trim() || "https://www.googleapis.com/youtube/v3").replace(/\\/+$/, "")}}',
			url: '/i18nLanguages',
			qs: { part: 'snippet', hl: 'en' },
			method: 'GET',
			sendCredentialsOnCrossOriginRedirect: false,
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 400,
					message:
						'Google refused the API key: check it in the Google Cloud console (APIs & Services → Credentials)',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'The API key may not call the YouTube Data API v3: enable the API for its project, lift key restrictions, or wait for the daily quota',
				},
			},
		],
	};
}

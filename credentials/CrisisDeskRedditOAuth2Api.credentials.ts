import type { ICredentialTestRequest, ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

/**
 * Reddit "application only" OAuth2 (client credentials grant): read access to public posts with a
 * script or web app's id and secret, no user login. Since November 2025 Reddit approves each new app
 * before it may use the API; the nodes can also read Reddit's public JSON listings without one.
 * Named after this package: n8n keeps one credential type per name across all packages, and
 * `redditOAuth2Api` is the one n8n's own Reddit node uses.
 */
export class CrisisDeskRedditOAuth2Api implements ICredentialType {
	name = 'crisisDeskRedditOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Reddit App-Only OAuth2 API';

	icon: Icon = {
		light: 'file:crisisDeskRedditOAuth2Api.svg',
		dark: 'file:crisisDeskRedditOAuth2Api.dark.svg',
	};

	documentationUrl = 'https://github.com/crisis-desk/n8n-nodes-crisis-desk#reddit-access';

	properties: INodeProperties[] = [
		{
			displayName:
				"Since November 2025 Reddit approves every new OAuth app before it may use the API (Responsible Builder Policy); apps created before keep working. Without an approved app, set Authentication to None in Mention Fetch or Mention Trigger to read Reddit's public JSON listings (about 10 requests a minute; some networks are blocked).",
			name: 'approvalNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'clientCredentials',
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'string',
			default: 'https://www.reddit.com/api/v1/access_token',
			description: 'Change only for a proxy or gateway in front of Reddit',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: 'https://www.reddit.com/api/v1/authorize',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: 'read',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			// Reddit expects the client id and secret as HTTP Basic auth on the token request.
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'header',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://oauth.reddit.com',
			description: 'The API host for OAuth requests; change only for a proxy or gateway',
		},
		{
			displayName: 'Reddit Username',
			name: 'redditUsername',
			type: 'string',
			default: '',
			placeholder: 'e.g. acme_social',
			description:
				'The Reddit account Reddit can contact about this app, sent in the User-Agent Reddit requires: n8n:n8n-nodes-crisis-desk:VERSION (by /u/USERNAME)',
		},
	];

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{(($credentials.baseUrl || "").trim() || "https://oauth.reddit.com").replace(/\\/+$/, "")}}',
			url: '/api/v1/scopes',
			method: 'GET',
			sendCredentialsOnCrossOriginRedirect: false,
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Reddit refused the access token: check the client ID and secret, and that the Base URL is the OAuth host (https://oauth.reddit.com)',
				},
			},
		],
	};
}

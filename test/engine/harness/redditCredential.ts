import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/** Test values of our app-only Reddit OAuth2 credential, with every address on the loopback API at `apiUrl`. */
export function redditCredential(
	apiUrl: string,
	clientSecret: string,
	extra: ICredentialDataDecryptedObject = {},
): Record<string, ICredentialDataDecryptedObject> {
	return {
		crisisDeskRedditOAuth2Api: {
			grantType: 'clientCredentials',
			clientId: 'crisis-desk-app',
			clientSecret,
			accessTokenUrl: `${apiUrl}/api/v1/access_token`,
			authUrl: `${apiUrl}/api/v1/authorize`,
			scope: 'read',
			authQueryParameters: '',
			authentication: 'header',
			baseUrl: apiUrl,
			...extra,
		},
	};
}

import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	IDataObject,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';

/**
 * Handle + app password. n8n calls `preAuthentication` to open a session
 * (`com.atproto.server.createSession`) and keeps the short-lived accessJwt in an expirable field.
 */
export class BlueskyApi implements ICredentialType {
	name = 'blueskyApi';

	displayName = 'Bluesky API';

	icon: Icon = { light: 'file:blueskyApi.svg', dark: 'file:blueskyApi.dark.svg' };

	documentationUrl = 'https://docs.bsky.app/docs/advanced-guides/api-directory';

	properties: INodeProperties[] = [
		{
			displayName: 'Service URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://bsky.social',
			required: true,
			description: 'Your PDS (the host you sign in to); bsky.social for most accounts',
		},
		{
			displayName: 'Handle',
			name: 'identifier',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'brand.bsky.social',
		},
		{
			displayName: 'App Password',
			name: 'appPassword',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Create one under Settings → Privacy and security → App passwords; never use the account password',
		},
		{
			displayName: 'Access JWT',
			name: 'accessJwt',
			type: 'hidden',
			typeOptions: { expirable: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
		const baseUrl = (String(credentials.baseUrl ?? '').trim() || 'https://bsky.social').replace(/\/+$/, '');
		const session = (await this.helpers.httpRequest({
			method: 'POST',
			url: `${baseUrl}/xrpc/com.atproto.server.createSession`,
			body: { identifier: credentials.identifier, password: credentials.appPassword },
			json: true,
			// A 307 would repost the app password wherever it points: a redirect fails the sign-in instead.
			disableFollowRedirect: true,
		})) as { accessJwt?: unknown };
		if (typeof session?.accessJwt !== 'string' || session.accessJwt === '') {
			throw new Error('Bluesky did not return a session: check the handle and app password');
		}
		return { accessJwt: session.accessJwt };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.accessJwt}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{(($credentials.baseUrl || "").trim() || "https://bsky.social").replace(/\\/+$/, "")}}',
			url: '/xrpc/com.atproto.server.getSession',
			method: 'GET',
			sendCredentialsOnCrossOriginRedirect: false,
		},
		rules: [
			{
				type: 'responseCode',
				properties: { value: 401, message: 'Bluesky refused the handle or app password: check both, and use an app password rather than the account password' },
			},
		],
	};
}

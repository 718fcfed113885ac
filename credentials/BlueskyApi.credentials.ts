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

import { SecretValues } from '../nodes/core/sources/SecretValues';

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
			description:
				'Create one under Settings → Privacy and security → App passwords; never use the account password',
		},
		{
			displayName: 'Access JWT',
			name: 'accessJwt',
			type: 'hidden',
			typeOptions: { expirable: true },
			default: '',
		},
	];

	async preAuthentication(
		this: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
	): Promise<IDataObject> {
		const baseUrl = (String(credentials.baseUrl ?? '').trim() || 'https://bsky.social').replace(
			/\/+$/,
			'',
		);
		const answer = (await this.helpers.httpRequest({
			method: 'POST',
			url: `${baseUrl}/xrpc/com.atproto.server.createSession`,
			body: { identifier: credentials.identifier, password: credentials.appPassword },
			json: true,
			// A 307 would repost the app password wherever it points: a redirect fails the sign-in instead.
			disableFollowRedirect: true,
			// The refusal is thrown below without the HTTP answer: n8n signs in a second time when the error
			// carries a 401 response (n8n 1.x always), and Bluesky rate-limits sign-ins.
			ignoreHttpStatusErrors: true,
			returnFullResponse: true,
		})) as { statusCode: number; body?: { accessJwt?: unknown; message?: unknown } };
		const accessJwt = answer.body?.accessJwt;
		if (answer.statusCode === 200 && typeof accessJwt === 'string' && accessJwt !== '')
			return { accessJwt };
		throw new Error(signInRefusal(answer.statusCode, answer.body?.message, credentials));
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.accessJwt}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{(($credentials.baseUrl || "").trim() || "https://bsky.social").replace(/\\/+$/, "")}}',
			url: '/xrpc/com.atproto.server.getSession',
			method: 'GET',
			sendCredentialsOnCrossOriginRedirect: false,
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Bluesky refused the handle or app password: check both, and use an app password rather than the account password',
				},
			},
		],
	};
}

const MAX_DETAIL = 200;

/**
 * What the user reads in n8n's credential test and in the node's error: the server's words, with the
 * handle's password taken out in every spelling a server could echo it in.
 */
function signInRefusal(
	status: number,
	serverMessage: unknown,
	credentials: ICredentialDataDecryptedObject,
): string {
	const secrets = new SecretValues();
	secrets.addCredential(credentials);
	const words =
		typeof serverMessage === 'string'
			? secrets.redact(serverMessage).trim().slice(0, MAX_DETAIL)
			: '';
	const what = status === 200 ? 'did not open a session' : 'refused to sign in';
	return `Bluesky ${what} (${status})${words ? `: ${words}` : ''}. Check the handle, and use an app password rather than the account password`;
}

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

import {
	GOOGLE_TOKEN_URL,
	serviceAccountAccessToken,
} from '../nodes/core/sources/googleAccessToken';
import type { HttpFetch } from '../nodes/core/sources/http';

const ANDROID_PUBLISHER_SCOPE = 'https://www.googleapis.com/auth/androidpublisher';
const ANDROID_PUBLISHER_URL = 'https://androidpublisher.googleapis.com';

/**
 * A Google service account invited to Play Console, for the Android Publisher API. n8n calls
 * `preAuthentication` to sign the account in (an RS256 JWT traded at the Token URL) and keeps the
 * hour-long access token in an expirable field. Named after this package: n8n's own `googleApi`
 * signs requests only inside n8n's Google nodes, and has no address field.
 */
export class CrisisDeskGooglePlayApi implements ICredentialType {
	name = 'crisisDeskGooglePlayApi';

	displayName = 'Crisis Desk Google Play API';

	icon: Icon = {
		light: 'file:crisisDeskGooglePlayApi.svg',
		dark: 'file:crisisDeskGooglePlayApi.dark.svg',
	};

	documentationUrl = 'https://developers.google.com/android-publisher/getting_started';

	properties: INodeProperties[] = [
		{
			displayName: 'Service Account Email',
			name: 'email',
			type: 'string',
			default: '',
			placeholder: 'e.g. reviews@my-project.iam.gserviceaccount.com',
			description:
				"The client_email of the service account's JSON key file; may stay empty when the whole key file is pasted below",
		},
		{
			displayName: 'Private Key',
			name: 'privateKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				"The private_key value of the service account's JSON key file (-----BEGIN PRIVATE KEY----- …), or the whole JSON key file",
		},
		{
			displayName: 'Token URL',
			name: 'tokenUrl',
			type: 'string',
			default: GOOGLE_TOKEN_URL,
			description:
				'Where the service account signs in; change only for a proxy or gateway in front of Google',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: ANDROID_PUBLISHER_URL,
			description:
				'The Android Publisher API host; change only for a proxy or gateway in front of Google',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	async preAuthentication(
		this: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
	): Promise<IDataObject> {
		// The assertion goes to the Token URL only: a redirect answer fails the sign-in instead of being followed.
		const post: HttpFetch = async (request) => {
			const answer = (await this.helpers.httpRequest({
				method: request.method,
				url: request.url,
				headers: request.headers,
				body: request.body as string,
				disableFollowRedirect: true,
				ignoreHttpStatusErrors: true,
				returnFullResponse: true,
			})) as { statusCode: number; headers?: Record<string, string>; body?: unknown };
			return { status: answer.statusCode, headers: answer.headers ?? {}, body: answer.body };
		};
		return {
			accessToken: await serviceAccountAccessToken(post, credentials, {
				scope: ANDROID_PUBLISHER_SCOPE,
			}),
		};
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.accessToken}}' },
		},
	};

	// n8n signs the account in before a credential test. Every Android Publisher method names an app or
	// a developer account the credential does not know, so the test then reads the API's discovery
	// document (no quota), which proves the sign-in and the Base URL; Play Console access shows on the first run.
	test: ICredentialTestRequest = {
		request: {
			baseURL: `={{(($credentials.baseUrl || "").trim() || "${ANDROID_PUBLISHER_URL}").replace(/\\/+$/, "")}}`,
			url: '/$discovery/rest',
			qs: { version: 'v3' },
			method: 'GET',
			sendCredentialsOnCrossOriginRedirect: false,
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'No Android Publisher API at this Base URL: leave it at https://androidpublisher.googleapis.com unless a gateway stands in front of Google',
				},
			},
		],
	};
}

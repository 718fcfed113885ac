import { apiErrorMessage } from '../../../core/sources/apiErrorMessage';
import type { SecretValues } from '../../../core/sources/SecretValues';
import type { SourceAdapter } from '../../../core/sources/SourceAdapter';
import { SourceError } from '../../../core/sources/SourceError';
import { oauthRefusal } from './oauthRefusal';
import { thrownAnswer } from './thrownAnswer';

/**
 * A credential's own sign-in code (Bluesky's preAuthentication) throws its refusal in words, without an
 * HTTP answer or a network code: n8n wraps it in a NodeApiError whose httpCode stays null and whose
 * message stays the credential's, on both n8n lines. Network failures always carry a code there.
 */
function credentialsOwnWords(error: unknown): string | undefined {
	const { httpCode, message } = (typeof error === 'object' && error !== null ? error : {}) as {
		httpCode?: unknown;
		message?: unknown;
	};
	return httpCode === null && typeof message === 'string' && message !== '' ? message : undefined;
}

/**
 * Source statuses reach the core as data, so an HTTP refusal n8n throws came from signing in (a wrong
 * app password, a token URL refusing the client secret). That fails at once, naming the credential;
 * anything else (network, proxy) is returned unchanged for the core to retry. The refusal's text is
 * the server's: the credential's secrets are taken out of it.
 */
export function signInFailure(
	adapter: SourceAdapter,
	error: unknown,
	secrets: SecretValues,
): unknown {
	const hint = `check the values in the ${adapter.credentialDisplayName ?? adapter.displayName} credential (the secret, the account and any token or service URL)`;
	const answer = thrownAnswer(error);
	const refusal = answer ? undefined : oauthRefusal(error);
	if (!answer && !refusal) {
		const ownWords = apiErrorMessage(credentialsOwnWords(error), secrets);
		return ownWords
			? new SourceError({ source: adapter.name, status: 0, message: ownWords, hint })
			: error;
	}
	const detail =
		apiErrorMessage(answer?.body ?? refusal?.body, secrets) ??
		apiErrorMessage(refusal?.message, secrets);
	const status = answer?.status ?? refusal?.status ?? 0;
	return new SourceError({
		source: adapter.name,
		status,
		message: `${adapter.displayName} refused to sign in${status ? ` (${status})` : ''}${detail ? `: ${detail}` : ''}`,
		hint,
	});
}

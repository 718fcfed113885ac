import { FieldError } from '../core/errors/FieldError';
import { redactSecrets } from '../core/sources/redactSecrets';
import type { SecretValues } from '../core/sources/SecretValues';
import { SourceError } from '../core/sources/SourceError';

/** The same failure with every spelling of the credential's secrets taken out of its texts. */
export function withoutSecrets(error: unknown, secrets: SecretValues): unknown {
	if (error instanceof SourceError) {
		return new SourceError({
			source: error.source,
			status: error.status,
			message: redactSecrets(error.message, secrets),
			hint: redactSecrets(error.hint, secrets),
		});
	}
	// Built from the node's own settings, which hold no credential value.
	if (error instanceof FieldError) return error;
	return new Error(redactSecrets(error instanceof Error ? error.message : String(error), secrets));
}

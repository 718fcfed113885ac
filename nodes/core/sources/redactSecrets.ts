import type { SecretValues } from './SecretValues';

/**
 * Error texts may echo a request (URL with `key=`, an Authorization header); nothing secret may
 * reach an error message, a log line or an n8n item. The patterns catch what no credential field
 * holds (a token n8n fetched, a key in a URL); each runs in linear time on any input.
 */
const SECRET_PATTERNS: Array<[RegExp, string]> = [
	[
		/([?&](?:key|api_key|apikey|access_token|token|client_secret|password|refresh_token)=)[^&\s"']+/gi,
		'$1[redacted]',
	],
	// Percent escapes included: X's tokens carry %2B and %3D.
	[/(Bearer|Basic)\s+[A-Za-z0-9\-._~+/%]+=*/g, '$1 [redacted]'],
	[
		/("(?:accessJwt|refreshJwt|access_token|refresh_token|password|client_secret)"\s*:\s*")[^"]*"/gi,
		'$1[redacted]"',
	],
	// Only where a token starts: retrying inside a long run of token characters would be quadratic.
	[/(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, '[redacted jwt]'],
];

/** By value first (every spelling of the credential's secrets), then by pattern. */
export function redactSecrets(text: string, secrets?: SecretValues): string {
	const byValue = secrets ? secrets.redact(text) : text;
	return SECRET_PATTERNS.reduce(
		(out, [pattern, replacement]) => out.replace(pattern, replacement),
		byValue,
	);
}

/**
 * Error texts may echo a request (URL with `key=`, an Authorization header); nothing secret may
 * reach an error message, a log line or an n8n item.
 */
const SECRET_PATTERNS: Array<[RegExp, string]> = [
	[/([?&](?:key|api_key|apikey|access_token|token|client_secret|password|refresh_token)=)[^&\s"']+/gi, '$1[redacted]'],
	[/(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*/g, '$1 [redacted]'],
	[/("(?:accessJwt|refreshJwt|access_token|refresh_token|password|client_secret)"\s*:\s*")[^"]*"/gi, '$1[redacted]"'],
	[/eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, '[redacted jwt]'],
];

export function redactSecrets(text: string): string {
	return SECRET_PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

import type { RecordedRequest } from './loopbackServer';

export const base64 = (text: string) => Buffer.from(text).toString('base64');

/** Every spelling of a secret a hostile server could hand back, and a distinctive piece of each. */
function spellings(secret: string): string[] {
	const forms = [
		secret,
		encodeURIComponent(secret),
		base64(secret),
		base64(secret).replace(/=+$/, ''),
	];
	if (secret.includes('%')) forms.push(decodeURIComponent(secret));
	return [...forms, ...forms.map((form) => form.slice(-14))];
}

/** Fails if any spelling of any of the secrets is in the text. */
export function expectNone(text: string, secrets: string[]): void {
	for (const secret of secrets)
		for (const form of spellings(secret)) expect(text).not.toContain(form);
}

/** What a request carried that a secret could ride on: headers, query, body. */
export function carried(request: RecordedRequest): string {
	return [
		JSON.stringify(request.headers),
		request.query.toString(),
		decodeURIComponent(request.query.toString()),
		request.body,
	].join('\n');
}

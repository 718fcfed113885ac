/**
 * The readable body of a raw MIME message as n8n's Send Email (nodemailer) writes it: quoted-printable
 * soft line breaks joined and =XX bytes decoded as UTF-8, so tests can look for whole sentences.
 */
export function mailBody(raw: string): string {
	const joined = raw.replace(/=\r?\n/g, '');
	return Buffer.from(
		joined.replace(/=([0-9A-F]{2})/g, (_match, hex: string) =>
			String.fromCharCode(parseInt(hex, 16)),
		),
		'latin1',
	).toString('utf8');
}

/** The link of a send-and-wait button, e.g. the one whose URL asks `approved=true`. */
export function buttonLink(raw: string, query: string): string | undefined {
	const match = new RegExp(`href="([^"]*${query}[^"]*)"`).exec(mailBody(raw));
	return match ? match[1].replace(/&amp;/g, '&') : undefined;
}

/** A header as people read it: RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) decoded, UTF-8 assumed. */
export function decodeHeader(value: string): string {
	return value
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(/=\?[^?]+\?([QqBb])\?([^?]*)\?=/g, (_match, encoding: string, text: string) =>
			encoding.toUpperCase() === 'B'
				? Buffer.from(text, 'base64').toString('utf8')
				: Buffer.from(
						text
							.replace(/_/g, ' ')
							.replace(/=([0-9A-F]{2})/gi, (_hex, code: string) =>
								String.fromCharCode(parseInt(code, 16)),
							),
						'latin1',
					).toString('utf8'),
		);
}

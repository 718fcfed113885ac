/** A source failed in a way the user can act on; the node turns it into a NodeApiError. */
export class SourceError extends Error {
	readonly source: string;
	/** HTTP status, or 0 when the server could not be reached. */
	readonly status: number;
	/** What to do about it, e.g. "token expired or revoked: reconnect the X credential". */
	readonly hint: string;

	constructor(details: { source: string; status: number; message: string; hint: string }) {
		super(details.message);
		this.name = 'SourceError';
		this.source = details.source;
		this.status = details.status;
		this.hint = details.hint;
	}
}

/**
 * A failure a node has already worded for its user: the message as the editor should show it, and what to
 * do about it. `toNodeError` passes both through unchanged.
 */
export class DescribedFailure extends Error {
	readonly description?: string;

	constructor(message: string, description?: string) {
		super(message);
		this.name = 'DescribedFailure';
		this.description = description;
	}
}

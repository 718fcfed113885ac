/** Bad input to a playbook step. `field` names what to fix, so a node can point the user at it. */
export class PlaybookInputError extends Error {
	readonly field: string;

	constructor(field: string, message: string) {
		super(`${field}: ${message}`);
		this.name = 'PlaybookInputError';
		this.field = field;
	}
}

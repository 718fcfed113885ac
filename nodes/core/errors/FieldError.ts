/**
 * Input a core cannot work with: a setting the user gave, or a field of an item. `field` names what to fix
 * and `detail` says what is wrong with it, kept apart so a node can name the field the way its editor does.
 */
export class FieldError extends Error {
	readonly field: string;

	readonly detail: string;

	constructor(field: string, detail: string) {
		// The plain message is for contexts with no field labels of their own, such as the command line.
		super(`${field}: ${detail}`);
		this.name = 'FieldError';
		this.field = field;
		this.detail = detail;
	}
}

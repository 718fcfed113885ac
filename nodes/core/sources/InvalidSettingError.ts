/** A setting the user gave cannot work; names the field so the node can point at it. */
export class InvalidSettingError extends Error {
	readonly field: string;

	constructor(field: string, message: string) {
		super(`${field}: ${message}`);
		this.name = 'InvalidSettingError';
		this.field = field;
	}
}

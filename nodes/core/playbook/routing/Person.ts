import type { Authority } from '../case/CaseRecord';
import { FieldError } from '../../errors/FieldError';
import {
	isRecord,
	optionalEmailAddress,
	optionalString,
	requireString,
} from '../reading/readFields';

/** Someone who can own or approve a case; rules, rota and chains refer to people by `id`. */
export interface Person {
	id: string;
	name?: string;
	email?: string;
	handle?: string;
	/** May this person publish a reply without approval? Overridden by a rule's authority. */
	authority?: Authority;
}

export function readPerson(input: unknown, field: string): Person {
	if (!isRecord(input)) throw new FieldError(field, 'expected a person object');
	const authority = input.authority;
	if (
		authority !== undefined &&
		authority !== '' &&
		authority !== 'publish' &&
		authority !== 'approval'
	) {
		throw new FieldError(`${field}.authority`, 'expected publish or approval');
	}
	return {
		id: requireString(input.id, `${field}.id`),
		name: optionalString(input.name, `${field}.name`),
		email: optionalEmailAddress(input.email, `${field}.email`),
		handle: optionalString(input.handle, `${field}.handle`),
		authority: authority === 'publish' || authority === 'approval' ? authority : undefined,
	};
}

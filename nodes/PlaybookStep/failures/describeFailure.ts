import { FieldError } from '../../core/errors/FieldError';
import { DescribedFailure } from '../../nodeErrors/DescribedFailure';
import { settingLabel } from './settingLabel';

/** A failed step for one item (or the whole batch), worded for the user: what went wrong and what to do about it. */
export function describeFailure(error: unknown): DescribedFailure {
	if (error instanceof FieldError) return describeField(error.field, error.detail);
	return new DescribedFailure(
		`Playbook step failed: ${(error as Error).message}`,
		'This is not a problem with your input; please report it with the item that caused it.',
	);
}

/** A core field at fault, named as the editor shows it when it is a setting of the node. */
export function describeField(field: string, detail: string): DescribedFailure {
	const label = settingLabel(field);
	if (label)
		return new DescribedFailure(
			`${label}: ${detail}`,
			`Change "${label}" in the node's parameters.`,
		);
	return new DescribedFailure(
		`${field}: ${detail}`,
		'Fix this field on the input item upstream, or map it into place with an Edit Fields (Set) node before this step.',
	);
}

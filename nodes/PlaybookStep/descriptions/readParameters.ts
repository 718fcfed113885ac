import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/** A node parameter as plain data; collections not added by the user read as empty. */
export function readObject(context: IExecuteFunctions, name: string, index: number): IDataObject {
	return (context.getNodeParameter(name, index, {}) as IDataObject) ?? {};
}

/** Trimmed text, or undefined when empty, so the core's default applies. */
export function text(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const trimmed = value.trim();
	return trimmed === '' ? undefined : trimmed;
}

export function whole(value: unknown): number | undefined {
	return typeof value === 'number' ? value : undefined;
}

/** The entries of a fixedCollection with multiple values, e.g. routingRules.rule. */
export function entries(
	context: IExecuteFunctions,
	name: string,
	key: string,
	index: number,
): IDataObject[] {
	const list = readObject(context, name, index)[key];
	return Array.isArray(list) ? (list as IDataObject[]) : [];
}

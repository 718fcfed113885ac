import type { IDataObject } from 'n8n-workflow';

/** Payloads a step makes; an earlier step's are dropped so that every payload on an item is this step's own. */
const PAYLOAD_KEYS = ['ticket', 'email', 'chat', 'reply'];

/** The input item's fields with the step's result beside them (the result's case replaces a carried one). */
export function stepOutput(input: IDataObject, result: object): IDataObject {
	const kept: IDataObject = {};
	for (const [key, value] of Object.entries(input))
		if (!PAYLOAD_KEYS.includes(key)) kept[key] = value;
	return { ...kept, ...(result as IDataObject) };
}

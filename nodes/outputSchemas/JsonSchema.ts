/**
 * The part of JSON Schema n8n's editor reads for its schema preview (the output a node will have before it has
 * run): types, object properties, array items. `required` lists the fields every output item has.
 */
export type JsonSchemaType =
	'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface JsonSchema {
	type: JsonSchemaType;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
}

export const text: JsonSchema = { type: 'string' };
export const number: JsonSchema = { type: 'number' };
export const integer: JsonSchema = { type: 'integer' };
export const boolean: JsonSchema = { type: 'boolean' };

export function list(items: JsonSchema): JsonSchema {
	return { type: 'array', items };
}

/** An object whose `required` fields are always there and whose other properties may be. */
export function object(
	required: Record<string, JsonSchema>,
	optional: Record<string, JsonSchema> = {},
): JsonSchema {
	const schema: JsonSchema = { type: 'object', properties: { ...required, ...optional } };
	if (Object.keys(required).length > 0) schema.required = Object.keys(required);
	return schema;
}

/** The same object with more fields beside it (a step's result next to the item it was given). */
export function extend(
	base: JsonSchema,
	required: Record<string, JsonSchema>,
	optional: Record<string, JsonSchema> = {},
): JsonSchema {
	const extended = object(required, { ...base.properties, ...optional });
	const allRequired = [...(base.required ?? []), ...(extended.required ?? [])];
	if (allRequired.length > 0) extended.required = allRequired;
	return extended;
}

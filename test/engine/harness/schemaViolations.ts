import type { JsonSchema } from '../../../nodes/outputSchemas/JsonSchema';

// Checks a value against the JSON Schema subset the package's output schemas use (type, properties,
// required, items): every way the value differs from the schema, by path. No additional-properties rule:
// a step keeps the fields of the item it was given.

function typeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	return typeof value;
}

function fits(value: unknown, type: JsonSchema['type']): boolean {
	const actual = typeOf(value);
	return actual === type || (type === 'number' && actual === 'integer');
}

export function schemaViolations(value: unknown, schema: JsonSchema, at = '$'): string[] {
	if (!fits(value, schema.type)) return [`${at}: ${schema.type} expected, ${typeOf(value)} found`];
	if (Array.isArray(value)) {
		const items = schema.items;
		return items
			? value.flatMap((element, index) => schemaViolations(element, items, `${at}[${index}]`))
			: [];
	}
	if (schema.type !== 'object') return [];
	// As in the JSON n8n stores and sends: a field set to undefined is no field.
	const fields = new Map(
		Object.entries(value as object).filter(([, field]) => field !== undefined),
	);
	const missing = (schema.required ?? [])
		.filter((name) => !fields.has(name))
		.map((name) => `${at}.${name}: required, missing`);
	const wrong = Object.entries(schema.properties ?? {}).flatMap(([name, property]) =>
		fields.has(name) ? schemaViolations(fields.get(name), property, `${at}.${name}`) : [],
	);
	return [...missing, ...wrong];
}

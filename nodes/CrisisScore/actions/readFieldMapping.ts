import type { IExecuteFunctions } from 'n8n-workflow';

import { DEFAULT_FIELD_MAPPING, type FieldMapping } from '../../core/mention/fieldMapping';

/** The Field Mapping parameter over the defaults: an empty path keeps the default field. */
export function readFieldMapping(context: IExecuteFunctions): FieldMapping {
	const mapped = context.getNodeParameter('fieldMapping', 0, {}) as Partial<FieldMapping>;
	const mapping = { ...DEFAULT_FIELD_MAPPING };
	for (const key of Object.keys(mapping) as Array<keyof FieldMapping>) {
		const path = mapped[key]?.trim();
		if (path) mapping[key] = path;
	}
	return mapping;
}

import type { JsonSchema } from './JsonSchema';
import { incidentEventSchema, scoredMentionSchema } from './crisisScoreSchemas';
import { mentionSchema } from './mentionSchema';
import { playbookStepSchemas } from './playbookStepSchemas';

/**
 * The output schemas the package ships, by where n8n looks for them: `__schema__/v<x.y.z>/<operation>.json`
 * beside the node's built file (or `__schema__/v<x.y.z>.json` for a node without an operation), which n8n
 * serves at /schemas/<node type>/<x.y.z>[/<operation>].json for the editor's preview of a node not run yet.
 * The build writes each one into dist/nodes/ (scripts/write-output-schemas.cjs).
 */
export interface OutputSchemaFile {
	/** The node's type name (without the package prefix). */
	node: string;
	/** The `operation` parameter's value the schema is for; none for a node without one. */
	operation?: string;
	/** Relative to dist/nodes/. */
	path: string;
	schema: JsonSchema;
}

const VERSION_DIRECTORY = 'v1.0.0';

function file(
	folder: string,
	node: string,
	operation: string | undefined,
	schema: JsonSchema,
): OutputSchemaFile {
	const name =
		operation === undefined
			? `${VERSION_DIRECTORY}.json`
			: `${VERSION_DIRECTORY}/${operation}.json`;
	return { node, operation, path: `${folder}/__schema__/${name}`, schema };
}

export const outputSchemaFiles: OutputSchemaFile[] = [
	file('Mention/MentionFetch', 'mentionFetch', 'search', mentionSchema),
	file('Mention/MentionTrigger', 'mentionTrigger', undefined, mentionSchema),
	file('CrisisScore', 'crisisScore', 'score', scoredMentionSchema),
	file('CrisisScore', 'crisisScore', 'detect', incidentEventSchema),
	...Object.entries(playbookStepSchemas).map(([operation, schema]) =>
		file('PlaybookStep', 'playbookStep', operation, schema),
	),
];

import { loadOutputSchema } from 'n8n-core';
import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import path from 'node:path';

import type { JsonSchema } from '../../nodes/outputSchemas/JsonSchema';
import { outputSchemaFiles } from '../../nodes/outputSchemas/outputSchemaFiles';
import { calmBaseline, complaintBurst } from './fixtures/acmeStream';
import { incident, mention, ROUTING } from './fixtures/playbookItems';
import { loadPackage, node, PACKAGE_NAME, runPoll, runWorkflow } from './harness/engine';
import { output } from './harness/playbookStepRun';
import { schemaViolations } from './harness/schemaViolations';

// The output schemas n8n serves to the editor's schema preview, read from the built package the way n8n's
// server finds them, against what each node and operation really puts out in n8n-core's engine.

const DEMO = { source: 'demo', keywords: 'acme', demoCrisis: 'delivery-outage' };

async function shippedSchema(
	nodeName: string,
	operation?: string,
): Promise<JsonSchema | undefined> {
	const known = (await loadPackage()).nodeTypes.getKnownTypes()[nodeName] as
		{ sourcePath: string } | undefined;
	if (!known) throw new Error(`the package has no node ${nodeName}`);
	const nodeDir = path.dirname(path.resolve(path.join(__dirname, '..', '..'), known.sourcePath));
	return loadOutputSchema({ nodeDir, version: 1, operation }) as JsonSchema | undefined;
}

async function fetched(): Promise<INodeExecutionData[]> {
	const result = await runWorkflow({
		nodes: [
			node('Mention Fetch', 'mentionFetch', {
				...DEMO,
				sinceHours: 6,
				limit: 200,
				options: { deduplicate: false },
			}),
		],
	});
	return result.output('Mention Fetch');
}

async function scored(): Promise<IDataObject[]> {
	const result = await runWorkflow({
		nodes: [node('Crisis Score', 'crisisScore', { operation: 'score', routing: 'single' })],
		input: await fetched(),
	});
	return result.output('Crisis Score').map((item) => item.json);
}

async function detected(): Promise<INodeExecutionData[]> {
	const detect = node('Crisis Score', 'crisisScore', {
		operation: 'detect',
		routing: 'single',
		detectionOptions: { warmupHours: 0 },
	});
	const first = await runWorkflow({
		nodes: [detect],
		input: calmBaseline(),
		mode: 'trigger',
		active: true,
	});
	const second = await runWorkflow({
		nodes: [detect],
		input: complaintBurst(),
		staticData: first.staticData,
		mode: 'trigger',
		active: true,
	});
	return second.output('Crisis Score');
}

/** Scored demo mentions and a critical one that is half an hour old, so every step has work to do. */
async function mentions(): Promise<IDataObject[]> {
	return [
		mention({ id: '62', level: 'critical', categories: ['delivery'] }),
		...(await scored()).slice(0, 8),
	];
}

async function tasks(): Promise<IDataObject[]> {
	return (await output({ operation: 'respondToEvery' }, await mentions())).map((item) => item.json);
}

const MESSAGES = {
	brand: 'Acme',
	messageOptions: { dmHandle: '@AcmeHelp', supportEmail: 'care@acme.example' },
};

const RUNS: Record<string, () => Promise<INodeExecutionData[]>> = {
	'mentionFetch search': fetched,
	mentionTrigger: async () =>
		(
			await runPoll({
				nodes: [
					node('Mention Trigger', 'mentionTrigger', { ...DEMO, options: { backfillHours: 6 } }),
				],
				mode: 'manual',
			})
		).items ?? [],
	'crisisScore score': async () => (await scored()).map((json) => ({ json })),
	'crisisScore detect': detected,
	'playbookStep acknowledge': async () =>
		await output({ operation: 'acknowledge', ...MESSAGES }, await mentions()),
	'playbookStep assess': async () =>
		await output({ operation: 'assess' }, [incident({ level: 'critical' }, await mentions())]),
	'playbookStep assign': async () => await output(ROUTING, await mentions()),
	'playbookStep checkDeadlines': async () =>
		await output({ operation: 'checkDeadlines' }, await tasks()),
	'playbookStep recordResponse': async () =>
		await output({ operation: 'recordResponse' }, await tasks()),
	'playbookStep respondToEvery': async () =>
		await output({ operation: 'respondToEvery', ...MESSAGES }, await mentions()),
	'playbookStep setDeadline': async () =>
		await output({ operation: 'setDeadline' }, await mentions()),
	'playbookStep takePrivate': async () =>
		await output({ operation: 'takePrivate', ...MESSAGES }, await mentions()),
	'playbookStep watch': async () =>
		await output({ operation: 'watch' }, [incident({ level: 'critical' }), ...(await mentions())]),
};

const label = (file: { node: string; operation?: string }) =>
	[file.node, file.operation].filter(Boolean).join(' ');

function operationValues(properties: INodeProperties[]): string[] | undefined {
	const operation = properties.find((property) => property.name === 'operation');
	return operation?.options?.map((option) => String((option as { value: unknown }).value));
}

describe("output schemas for the editor's preview of a node that has not run", () => {
	it('cover every operation of every node, and the node without operations as a whole', async () => {
		const packaged = await loadPackage();
		const expected = packaged.nodeTypeNames().flatMap((type) => {
			const short = type.slice(PACKAGE_NAME.length + 1);
			const { properties } = packaged.nodeTypes.getByNameAndVersion(type).description;
			return (operationValues(properties) ?? [undefined]).map((operation) =>
				label({ node: short, operation }),
			);
		});
		expect(outputSchemaFiles.map(label).sort()).toEqual(expected.sort());
		expect(Object.keys(RUNS).sort()).toEqual(expected.sort());
	});

	it.each(outputSchemaFiles.map((file) => [label(file), file] as const))(
		'%s: the shipped schema is the one written, and every item the engine puts out fits it',
		async (name, file) => {
			const schema = await shippedSchema(file.node, file.operation);
			expect(schema).toEqual(file.schema);
			const items = await RUNS[name]();
			expect(items.length).toBeGreaterThan(0);
			expect(
				items.flatMap((item, index) => schemaViolations(item.json, file.schema, `item ${index}`)),
			).toEqual([]);
		},
	);

	it('are checked strictly enough to catch a required field the output lacks, or a wrong type', async () => {
		const [item] = await fetched();
		const mentionSchema = (await shippedSchema('mentionFetch', 'search'))!;
		expect(schemaViolations(item.json, mentionSchema)).toEqual([]);
		const withExtraRequirement = {
			...mentionSchema,
			required: [...(mentionSchema.required ?? []), 'sentiment'],
		};
		expect(schemaViolations(item.json, withExtraRequirement)).toEqual([
			'$.sentiment: required, missing',
		]);
		const followersAsText: JsonSchema = {
			...mentionSchema,
			properties: {
				...mentionSchema.properties,
				engagement: { type: 'object', properties: { likes: { type: 'string' } } },
			},
		};
		expect(schemaViolations(item.json, followersAsText)).toEqual([
			'$.engagement.likes: string expected, integer found',
		]);
	});
});

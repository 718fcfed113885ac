import fs from 'node:fs';
import path from 'node:path';

import type { IConnections, IDataObject, INode } from 'n8n-workflow';

import { PACKAGE_NAME, runWorkflow, type WorkflowResult } from './harness/engine';

interface Template {
	nodes: INode[];
	connections: IConnections;
}

const template = JSON.parse(fs.readFileSync(path.join(__dirname, '../../workflows/01-quick-start.json'), 'utf8')) as Template;

/**
 * The Quick Start as the editor's Run Demo runs it, from its first node of this package on: the triggers
 * and notes are n8n's own nodes, which the engine harness does not load.
 */
async function runQuickStart(): Promise<WorkflowResult> {
	const ours = template.nodes.filter((node) => node.type.startsWith(`${PACKAGE_NAME}.`));
	const names = new Set(ours.map((node) => node.name));
	const connections: IConnections = {};
	for (const [from, outputs] of Object.entries(template.connections)) if (names.has(from)) connections[from] = outputs;
	const start = ours.find((node) => node.name === 'Demo Mentions') as INode;
	return await runWorkflow({ nodes: [start, ...ours.filter((node) => node !== start)], connections });
}

describe('Quick Start template in n8n-core WorkflowExecute: one coherent demo run', () => {
	let run: WorkflowResult;
	let started: number;

	beforeAll(async () => {
		started = Date.now();
		run = await runQuickStart();
	});

	it('opens one case about the delivery outage, in one language, with its first response still due', () => {
		const [assessed] = run.output('Assess');
		const brief = assessed.json.brief as { language: string; what: { categories: Array<{ name: string; count: number }> } };
		expect(brief.what.categories[0].name).toBe('delivery');
		expect(brief.language).toBe('en');
		expect(assessed.json.markdown).toEqual(expect.stringMatching(/^## Situation brief/));

		const [timed] = run.output('Set Deadline');
		const deadlines = timed.json.deadlines as { firstResponseDue: string; timeZone: string };
		expect(deadlines.timeZone).toBe('Europe/Istanbul');
		expect(Date.parse(deadlines.firstResponseDue)).toBeGreaterThan(started);
	});

	it('drafts the apology and the holding statement in the brief’s language, promising the same update time', () => {
		const [drafted] = run.output('Holding Statement');
		const json = drafted.json as IDataObject & { drafts: { apology: string; holdingStatement: string }; case: { language: string; nextUpdateAt: string } };
		expect(json.language).toBe('en');
		expect(json.case.language).toBe('en');
		expect(json.drafts.apology).toMatch(/We made a mistake with deliveries/);
		expect(json.drafts.holdingStatement).toMatch(/^We know about the problem with deliveries/);
		const promised = (text: string) => /by (\d+ \w+, \d\d:\d\d GMT\+3)/.exec(text)?.[1];
		expect(promised(json.drafts.apology)).toBeDefined();
		expect(promised(json.drafts.apology)).toBe(promised(json.drafts.holdingStatement));
		expect(Date.parse(json.case.nextUpdateAt)).toBeGreaterThan(started);
	});
});

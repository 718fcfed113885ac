import fs from 'node:fs';
import path from 'node:path';

import type { IConnections, IDataObject, IExecuteFunctions, INode, INodeType } from 'n8n-workflow';

import { PACKAGE_NAME, runWorkflow, type WorkflowResult } from './harness/engine';

interface Template {
	nodes: INode[];
	connections: IConnections;
}

const template = JSON.parse(
	fs.readFileSync(path.join(__dirname, '../../workflows/01-quick-start.json'), 'utf8'),
) as Template;

const NO_OP = 'n8n-nodes-base.noOp';

/** n8n's No Operation node as it behaves: passes its items on (the engine harness loads only this package). */
const noOp: INodeType = {
	description: {
		displayName: 'No Operation',
		name: 'noOp',
		group: ['organization'],
		version: 1,
		description: 'Passes its items on',
		defaults: { name: 'No Operation' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [],
	},
	async execute(this: IExecuteFunctions) {
		return [this.getInputData()];
	},
};

/**
 * The Quick Start as the editor's Run Demo runs it, from its first node of this package on: the triggers
 * and notes are n8n's own nodes, which the engine harness does not load (its No Operation stands in).
 */
async function runQuickStart(): Promise<WorkflowResult> {
	const ours = template.nodes.filter(
		(node) => node.type.startsWith(`${PACKAGE_NAME}.`) || node.type === NO_OP,
	);
	const names = new Set(ours.map((node) => node.name));
	const connections: IConnections = {};
	for (const [from, outputs] of Object.entries(template.connections))
		if (names.has(from)) connections[from] = outputs;
	const start = ours.find((node) => node.name === 'Demo Mentions') as INode;
	return await runWorkflow({
		nodes: [start, ...ours.filter((node) => node !== start)],
		connections,
		testNodeTypes: { [NO_OP]: noOp },
	});
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
		const brief = assessed.json.brief as {
			language: string;
			what: { categories: Array<{ name: string; count: number }> };
		};
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
		const json = drafted.json as IDataObject & {
			drafts: { apology: string; holdingStatement: string };
			case: { language: string; nextUpdateAt: string };
		};
		expect(json.language).toBe('en');
		expect(json.case.language).toBe('en');
		expect(json.drafts.apology).toMatch(/We made a mistake with deliveries/);
		expect(json.drafts.holdingStatement).toMatch(/^We know about the problem with deliveries/);
		const promised = (text: string) => /by (\d+ \w+, \d\d:\d\d GMT\+3)/.exec(text)?.[1];
		expect(promised(json.drafts.apology)).toBeDefined();
		expect(promised(json.drafts.apology)).toBe(promised(json.drafts.holdingStatement));
		expect(Date.parse(json.case.nextUpdateAt)).toBeGreaterThan(started);
	});

	// n8n draws the item count of an output that leads nowhere on its stub, over the output's name.
	it('leads every level Crisis Score routes to a node: critical to the playbook, high to a watch plan, medium and low to no action', () => {
		const targets = (template.connections['Crisis Score']?.main ?? []).map((output) =>
			(output ?? []).map((target) => target.node),
		);
		expect(targets).toEqual([
			['Assess'],
			['Watch High Risk'],
			['Medium or Low: No Action'],
			['Medium or Low: No Action'],
		]);
		expect(template.nodes.find((node) => node.name === 'Medium or Low: No Action')?.type).toBe(
			NO_OP,
		);

		const high = run.output('Crisis Score', 1);
		expect(high.length).toBeGreaterThan(0);
		const [plan] = run.output('Watch High Risk');
		const watch = plan.json.watch as { keywords: string[]; pollIntervalMinutes: number };
		expect(watch.keywords.length).toBeGreaterThan(0);
		expect(watch.pollIntervalMinutes).toBe(5);
	});
});

import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
/** Written by scripts/n8n-built-in-types.cjs from the provisioned n8n installations. */
const builtIn = JSON.parse(
	fs.readFileSync(path.join(__dirname, 'fixtures', 'n8nBuiltInTypes.json'), 'utf8'),
) as {
	nodeVersions: Record<string, Record<string, number[]>>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require(path.join(root, 'scripts', 'n8n1-templates.cjs')) as {
	expectedTemplates(): Map<string, string>;
};

interface Template {
	name: string;
	nodes: Array<{
		name: string;
		type: string;
		typeVersion: number;
		parameters: Record<string, unknown>;
	}>;
}

function templatesIn(dir: string): Template[] {
	const folder = path.join(root, dir);
	if (!fs.existsSync(folder)) return [];
	return fs
		.readdirSync(folder)
		.filter((file) => file.endsWith('.json'))
		.map((file) => JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as Template);
}

/** The folder each tested n8n line's users import the templates from. */
const TEMPLATES_BY_LINE: Array<[string, string]> = [
	['2.41.1', 'workflows'],
	['1.123.81', 'workflows/n8n-1.x'],
];

describe('templates for each n8n line', () => {
	it.each(TEMPLATES_BY_LINE)(
		'n8n %s: %s uses only node types and versions that n8n has',
		(version, dir) => {
			const known = builtIn.nodeVersions[version];
			expect(known).toBeDefined();
			const templates = templatesIn(dir);
			expect(templates.length).toBeGreaterThan(0);
			const missing = templates.flatMap((template) =>
				template.nodes
					.filter(
						(node) =>
							!node.type.startsWith('n8n-nodes-crisis-desk.') &&
							!known[node.type]?.includes(node.typeVersion),
					)
					.map(
						(node) =>
							`${template.name}: ${node.name} (${node.type} v${node.typeVersion}; n8n ${version} has ${known[node.type]?.join(', ') ?? 'no such node'})`,
					),
			);
			expect(missing).toEqual([]);
		},
	);

	it('workflows/n8n-1.x is what scripts/n8n1-templates.cjs makes of the templates (run it after changing one)', () => {
		const expected = generator.expectedTemplates();
		const dir = path.join(root, 'workflows', 'n8n-1.x');
		const present = fs.existsSync(dir)
			? fs
					.readdirSync(dir)
					.filter((file) => file.endsWith('.json'))
					.sort()
			: [];
		expect(present).toEqual([...expected.keys()]);
		for (const [file, text] of expected)
			expect(fs.readFileSync(path.join(dir, file), 'utf8')).toBe(text);
	});

	it('the 1.x templates say activate, never publish, and tell how to set up a Data Table they cannot create', () => {
		const notes = templatesIn('workflows/n8n-1.x').flatMap((template) =>
			template.nodes
				.filter((node) => node.type === 'n8n-nodes-base.stickyNote')
				.map((node) => String(node.parameters.content)),
		);
		expect(notes.filter((content) => /publish/i.test(content))).toEqual([]);
		const withTables = templatesIn('workflows/n8n-1.x').filter((template) =>
			template.nodes.some((node) => node.type === 'n8n-nodes-base.dataTable'),
		);
		expect(withTables.length).toBeGreaterThan(0);
		for (const template of withTables) {
			const readMe = template.nodes.find((node) => node.name === 'Read Me');
			expect(String(readMe?.parameters.content)).toContain(
				'**On n8n 1.x** the Data Table node can neither create a table nor find one by name',
			);
		}
	});
});

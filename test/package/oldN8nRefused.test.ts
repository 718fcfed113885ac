import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
	n8n: { nodes: string[] };
	engines: { n8n?: string };
};

/**
 * Loads a built node the way n8n's loader does (`new (require(file)[ClassName])()`), with the
 * n8n-workflow that n8n of a given version hands community packages: its exports and its version.
 */
function loadNodeWith(
	entry: string,
	n8nWorkflowVersion: string,
	withoutExports: string[] = [],
): unknown {
	let loaded: unknown;
	jest.isolateModules(() => {
		jest.doMock('n8n-workflow', () => {
			const actual = jest.requireActual<Record<string, unknown>>('n8n-workflow');
			return Object.fromEntries(
				Object.entries(actual).filter(([name]) => !withoutExports.includes(name)),
			);
		});
		jest.doMock('n8n-workflow/package.json', () => ({
			name: 'n8n-workflow',
			version: n8nWorkflowVersion,
		}));
		const file = path.join(root, entry);
		const className = path.basename(file).split('.')[0];
		loaded = new (require(file) as Record<string, new () => unknown>)[className]();
	});
	return loaded;
}

describe.each(manifest.n8n.nodes)('%s on each n8n', (entry) => {
	afterEach(() => jest.resetModules());

	// n8n 1.81.4 ships n8n-workflow 1.79.1, which has UserError but no NodeConnectionTypes: the node used to fail with a TypeError,
	// which n8n's loader reports as "Class could not be found".
	it('refuses an n8n older than 1.123 with a message that says so', () => {
		let thrown: unknown;
		try {
			loadNodeWith(entry, '1.79.1', ['NodeConnectionTypes']);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(Error);
		expect(thrown).not.toBeInstanceOf(TypeError);
		expect((thrown as Error).message).toBe(
			'n8n-nodes-crisis-desk needs n8n 1.123 or newer (n8n 2.x included); this n8n comes with n8n-workflow 1.79.1 (n8n 1.122 or older): update n8n, or uninstall the package',
		);
	});

	it.each(['1.120.0', '1.120.31', '2.0.0', '2.41.0'])(
		'loads with n8n-workflow %s (n8n 1.123 and newer)',
		(version) => {
			expect(loadNodeWith(entry, version)).toHaveProperty('description.name');
		},
	);
});

it('package.json states the same oldest n8n the nodes accept', async () => {
	const { OLDEST_N8N } = await import('../../nodes/supportedN8n/refuseUnsupportedN8n');
	expect(manifest.engines.n8n?.split(' ')[0]).toBe(`>=${OLDEST_N8N}.0`);
});

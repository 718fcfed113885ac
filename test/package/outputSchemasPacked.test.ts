import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

import { outputSchemaFiles } from '../../nodes/outputSchemas/outputSchemaFiles';

const root = path.resolve(__dirname, '..', '..');

// n8n reads a node's output schemas from the installed package, so package.json `files` must take them along.
describe('the packed package', () => {
	it('carries every output schema beside its node file', () => {
		const dryRun = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
			cwd: root,
			encoding: 'utf8',
		});
		expect(dryRun.status).toBe(0);
		const [packed] = JSON.parse(dryRun.stdout) as Array<{ files: Array<{ path: string }> }>;
		const shipped = new Set(packed.files.map((file) => file.path));
		const missing = outputSchemaFiles
			.map((file) => `dist/nodes/${file.path}`)
			.filter((file) => !shipped.has(file));
		expect(missing).toEqual([]);
	});
});

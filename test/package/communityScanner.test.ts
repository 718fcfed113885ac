import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

/**
 * n8n verifies a community package (and lets n8n Cloud install it) only when its scanner finds nothing on
 * the packed tarball and on the sources it was built from; the package must also install with no runtime
 * dependencies. Runs on the built package (npm run build first).
 */
describe('the package as n8n scans it', () => {
	it("passes n8n's community-package scanner on the packed tarball and on its sources", () => {
		// As n8n runs it: jest's NODE_ENV=test switches eslint-plugin-n8n-nodes-base's rules onto files they do not apply to.
		const { NODE_ENV: _jest, ...env } = process.env;
		const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'scan-package.mjs')], {
			cwd: root,
			encoding: 'utf8',
			env,
		});
		const report = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
		expect({ report, stderr: run.status === 0 ? '' : run.stderr }).toEqual({
			report: expect.objectContaining({
				tarball: { passed: true, problems: 0 },
				sources: { passed: true, problems: 0 },
			}),
			stderr: '',
		});
	});
});

import type { INodeTypeDescription } from 'n8n-workflow';

import { loadPackage } from './harness/engine';

/**
 * n8n verifies a community package only when its nodes list no credential type from another package
 * (the scanner's rule no-credential-reuse). The rule reads a literal list in the node file; the source
 * nodes compute theirs from the source registry, so the built descriptions are checked here.
 */
describe('the credentials the nodes list', () => {
	it('are all defined in this package (package.json n8n.credentials)', async () => {
		const types = await loadPackage();
		const own = types.credentialTypeNames();
		const listed = types
			.nodeTypeNames()
			.flatMap((name) =>
				(
					(types.nodeTypes.getByName(name) as { description: INodeTypeDescription }).description
						.credentials ?? []
				).map((credential) => `${name}: ${credential.name}`),
			);
		expect(listed.length).toBeGreaterThan(0);
		expect(listed.filter((entry) => !own.includes(entry.split(': ')[1]))).toEqual([]);
	});
});

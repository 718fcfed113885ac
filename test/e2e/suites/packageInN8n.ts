import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {
	type Instance,
	n8nCli,
	PACKAGE_NODE_TYPES as expectedTypes,
	templatesDir,
} from '../harness/n8nInstance';

/** The packed package loaded by an n8n of `version`, with every template imported into it. */
export function describePackageInN8n(version: string, target: () => Instance): void {
	describe(`the packed package inside a real n8n ${version}`, () => {
		let exported: Array<{ name: string; displayName: string }>;

		beforeAll(() => {
			const out = path.join(
				fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-desk-export-')),
				'nodes.json',
			);
			const result = n8nCli(['export:nodes', `--output=${out}`], {}, target());
			expect(result.status).toBe(0);
			exported = JSON.parse(fs.readFileSync(out, 'utf8'));
		});

		it('n8n export:nodes lists every node of the package under its real type name', () => {
			const names = exported.map((type) => type.name);
			expect(expectedTypes.length).toBeGreaterThan(0);
			for (const type of expectedTypes) expect(names).toContain(type);
		});

		it('every template of this n8n line imported, and every node type in it resolves', () => {
			const { templates } = target();
			const dir = templatesDir(version);
			const files = fs.readdirSync(dir).filter((file) => file.endsWith('.json'));
			expect(templates).toHaveLength(files.length);
			const known = new Set(exported.map((type) => type.name));
			const listed = n8nCli(['list:workflow'], {}, target());
			expect(listed.status).toBe(0);
			for (const file of files) {
				const workflow = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as {
					id: string;
					nodes: Array<{ type: string; name: string }>;
				};
				expect(listed.stdout).toContain(workflow.id);
				for (const node of workflow.nodes) {
					expect({ template: file, node: node.name, known: known.has(node.type) }).toEqual({
						template: file,
						node: node.name,
						known: true,
					});
				}
			}
		});
	});
}

import fs from 'node:fs';
import path from 'node:path';

import { instance, SHARED_VERSION } from './harness/n8nInstance';
import { describePackageInN8n } from './suites/packageInN8n';

const root = path.resolve(__dirname, '../..');

describePackageInN8n(SHARED_VERSION, instance);

describe('template files', () => {
	it('every template id is at most 21 characters, or n8n 2.41 never saves its static data', () => {
		const files = fs
			.readdirSync(path.join(root, 'workflows'))
			.filter((file) => file.endsWith('.json'));
		for (const file of files) {
			const { id } = JSON.parse(fs.readFileSync(path.join(root, 'workflows', file), 'utf8')) as {
				id: string;
			};
			expect({ file, length: id.length <= 21 }).toEqual({ file, length: true });
		}
	});

	it('every note that says to publish also says what n8n 1.x calls it (activate)', () => {
		const files = fs
			.readdirSync(path.join(root, 'workflows'))
			.filter((file) => file.endsWith('.json'));
		for (const file of files) {
			const { nodes } = JSON.parse(fs.readFileSync(path.join(root, 'workflows', file), 'utf8')) as {
				nodes: Array<{ name: string; type: string; parameters: { content?: string } }>;
			};
			for (const note of nodes.filter((node) => node.type === 'n8n-nodes-base.stickyNote')) {
				const content = note.parameters.content ?? '';
				if (!/publish/i.test(content)) continue;
				expect({
					file,
					note: note.name,
					namesActivate: content.includes('n8n 1.x: activate'),
				}).toEqual({ file, note: note.name, namesActivate: true });
			}
		}
	});
});

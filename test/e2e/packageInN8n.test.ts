import fs from 'node:fs';
import path from 'node:path';

import { instance, SHARED_VERSION } from './harness/n8nInstance';
import { describePackageInN8n } from './suites/packageInN8n';

const root = path.resolve(__dirname, '../..');

describePackageInN8n(SHARED_VERSION, instance);

describe('template ids', () => {
	it('every template id is at most 21 characters, or n8n 2.41 never saves its static data', () => {
		const files = fs.readdirSync(path.join(root, 'workflows')).filter((file) => file.endsWith('.json'));
		for (const file of files) {
			const { id } = JSON.parse(fs.readFileSync(path.join(root, 'workflows', file), 'utf8')) as { id: string };
			expect({ file, length: id.length <= 21 }).toEqual({ file, length: true });
		}
	});
});

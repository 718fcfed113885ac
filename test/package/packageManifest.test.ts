import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const entries: string[] = [...manifest.n8n.nodes, ...manifest.n8n.credentials];

/** What n8n gives a community node at run time; everything else must be inside the built file. */
const PROVIDED = new Set([
	'n8n-workflow',
	'n8n-workflow/package.json',
	'luxon',
	'crypto',
	'node:crypto',
]);

function requiredModules(file: string): string[] {
	const source = fs.readFileSync(path.join(root, file), 'utf8');
	const found = new Set<string>();
	let at = source.indexOf('require("');
	while (at !== -1) {
		const end = source.indexOf('")', at + 9);
		found.add(source.slice(at + 9, end));
		at = source.indexOf('require("', end);
	}
	return [...found].sort();
}

describe('the published package', () => {
	it('has no runtime dependencies and no entry point it does not ship', () => {
		expect(manifest.dependencies ?? {}).toEqual({});
		expect(manifest.main).toBeUndefined();
	});

	it('ships the licence its manifest names', () => {
		expect(manifest.license).toBe('MIT');
		expect(fs.readFileSync(path.join(root, 'LICENSE'), 'utf8')).toContain('MIT License');
	});

	it.each(entries)('%s requires only what n8n provides', (entry) => {
		expect(requiredModules(entry).filter((name) => !PROVIDED.has(name))).toEqual([]);
	});
});

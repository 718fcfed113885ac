import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
	engines?: Record<string, string>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { N8N_VERSIONS } = require('../../scripts/local-n8n.cjs') as { N8N_VERSIONS: string[] };

function compare(a: string, b: string): number {
	const [left, right] = [a, b].map((version) => version.split('.').map(Number));
	for (let index = 0; index < 3; index++) {
		const difference = (left[index] ?? 0) - (right[index] ?? 0);
		if (difference !== 0) return difference;
	}
	return 0;
}

/** A range written as space-separated `>=x.y.z` and `<x.y.z` bounds, the only forms the manifest uses. */
function satisfies(version: string, range: string): boolean {
	return range.split(' ').every((bound) => {
		if (bound.startsWith('>=')) return compare(version, bound.slice(2)) >= 0;
		if (bound.startsWith('<')) return compare(version, bound.slice(1)) < 0;
		throw new Error(`unexpected bound "${bound}" in "${range}"`);
	});
}

describe('the n8n versions the package states it supports', () => {
	it('package.json engines.n8n covers every n8n line the e2e suite runs on', () => {
		const range = manifest.engines?.n8n;
		expect(typeof range).toBe('string');
		for (const version of N8N_VERSIONS)
			expect({ version, supported: satisfies(version, range ?? '') }).toEqual({
				version,
				supported: true,
			});
	});

	it('engines.node admits the oldest Node a supported n8n runs on (n8n 1.123: 20.19)', () => {
		expect(satisfies('20.19.0', manifest.engines?.node ?? '')).toBe(true);
		expect(satisfies('20.18.0', manifest.engines?.node ?? '')).toBe(false);
	});
});

import fs from 'node:fs';
import path from 'node:path';

import { type Instance, n8nModulesDir } from '../harness/n8nInstance';
import { ownerRest } from '../harness/ownerSession';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
	name: string;
	n8n: { nodes: string[]; credentials: string[] };
};
const N8N_OWN_PACKAGES = ['n8n-nodes-base', '@n8n/n8n-nodes-langchain'];

/** A built entry loaded the way n8n loads it: the class named like the file. */
function loadBuilt<T>(entry: string): T {
	const className = path.basename(entry).split('.')[0];
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	return new (require(path.join(root, entry)) as Record<string, new () => T>)[className]();
}

const ownCredentials = manifest.n8n.credentials.map(
	(entry) => loadBuilt<{ name: string }>(entry).name,
);
const ownNodes = manifest.n8n.nodes.map(
	(entry) =>
		`${manifest.name}.${loadBuilt<{ description: { name: string } }>(entry).description.name}`,
);

/** The type names n8n's own packages ship in that n8n, from the lists its loader reads. */
function n8nOwnTypeNames(target: Instance, kind: 'credentials' | 'nodes'): Set<string> {
	const modules = n8nModulesDir(target.version);
	return new Set(
		N8N_OWN_PACKAGES.flatMap((packageName) =>
			(
				JSON.parse(
					fs.readFileSync(path.join(modules, packageName, 'dist', 'types', `${kind}.json`), 'utf8'),
				) as Array<{ name: string }>
			).map((type) => (kind === 'nodes' ? `${packageName}.${type.name}` : type.name)),
		),
	);
}

const count = (names: string[], name: string) => names.filter((listed) => listed === name).length;

/**
 * n8n keeps one credential type per name whatever package it comes from: a package's credential named like
 * one of n8n's replaces n8n's own (and /types/credentials.json lists the name twice).
 */
export function describeTypeNames(version: string, target: () => Instance): void {
	describe(`the package's type names beside n8n ${version}'s own`, () => {
		it("no credential type of the package is one of n8n's, and the running n8n lists each once", async () => {
			const own = n8nOwnTypeNames(target(), 'credentials');
			expect(own.has('redditOAuth2Api')).toBe(true);
			expect(ownCredentials.filter((name) => own.has(name))).toEqual([]);
			const listed = await (await ownerRest(target())).listedTypes('credentials');
			expect(ownCredentials.map((name) => [name, count(listed, name)])).toEqual(
				ownCredentials.map((name) => [name, 1]),
			);
			expect(count(listed, 'redditOAuth2Api')).toBe(1);
		});

		it("no node type of the package is one of n8n's, and the running n8n lists each once", async () => {
			const own = n8nOwnTypeNames(target(), 'nodes');
			expect(own.has('n8n-nodes-base.reddit')).toBe(true);
			expect(ownNodes.filter((name) => own.has(name))).toEqual([]);
			const listed = await (await ownerRest(target())).listedTypes('nodes');
			expect(ownNodes.map((name) => [name, count(listed, name)])).toEqual(
				ownNodes.map((name) => [name, 1]),
			);
		});
	});
}

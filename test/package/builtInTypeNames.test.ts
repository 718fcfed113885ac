import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ICredentialType, INodeType } from 'n8n-workflow';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
/** Written by scripts/n8n-built-in-types.cjs from the types lists of the n8n installations the e2e tests run. */
const builtIn = JSON.parse(
	fs.readFileSync(path.join(__dirname, 'fixtures', 'n8nBuiltInTypes.json'), 'utf8'),
) as {
	n8nVersions: string[];
	credentials: string[];
	nodes: string[];
};

/** Each entry the manifest lists, loaded from its source the way n8n loads the built file: the class named like the file. */
function loadEntry<T>(entry: string): T {
	const source = path.join(root, entry.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
	const className = path.basename(source).split('.')[0];
	const Type = (require(source) as Record<string, new () => T>)[className];
	return new Type();
}

const credentialNames = (manifest.n8n.credentials as string[]).map(
	(entry) => loadEntry<ICredentialType>(entry).name,
);
const nodeTypeNames = (manifest.n8n.nodes as string[]).map(
	(entry) => `${manifest.name}.${loadEntry<INodeType>(entry).description.name}`,
);

describe(`the package's type names beside n8n's own (n8n ${builtIn.n8nVersions.join(', ')})`, () => {
	it("the comparison list is n8n's, not empty", () => {
		expect(builtIn.credentials).toEqual(
			expect.arrayContaining(['httpHeaderAuth', 'oAuth2Api', 'facebookGraphApi']),
		);
		expect(builtIn.nodes).toEqual(
			expect.arrayContaining(['n8n-nodes-base.httpRequest', 'n8n-nodes-base.dataTable']),
		);
	});

	// n8n keeps one credential type per name, whatever package it comes from: a package's type of the same
	// name replaces n8n's own, and every n8n node built for that name then gets the package's type.
	it(`no credential type (${credentialNames.join(', ')}) is one of n8n's`, () => {
		expect(credentialNames.filter((name) => builtIn.credentials.includes(name))).toEqual([]);
	});

	it(`no node type (${nodeTypeNames.join(', ')}) is one of n8n's`, () => {
		expect(nodeTypeNames.filter((name) => builtIn.nodes.includes(name))).toEqual([]);
	});
});

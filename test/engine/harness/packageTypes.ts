import { PackageDirectoryLoader } from 'n8n-core';
import type {
	ICredentialType,
	ICredentialTypes,
	INodeType,
	INodeTypes,
	IVersionedNodeType,
} from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';
import path from 'node:path';

export const PACKAGE_ROOT = path.resolve(__dirname, '../../..');
export const PACKAGE_NAME = 'n8n-nodes-crisis-desk';

/**
 * The package as n8n sees it: loaded from the built `dist` through package.json's `n8n` section by
 * n8n-core's own PackageDirectoryLoader, so a node missing from that section cannot pass a test.
 */
export class PackageTypes {
	readonly nodeTypes: INodeTypes;

	readonly credentialTypes: ICredentialTypes;

	private constructor(private readonly loader: PackageDirectoryLoader) {
		this.nodeTypes = {
			getByName: (nodeType) => this.node(nodeType),
			getByNameAndVersion: (nodeType, version) =>
				NodeHelpers.getVersionedNodeType(this.node(nodeType), version),
			getKnownTypes: () => this.loader.known.nodes,
		};
		this.credentialTypes = {
			recognizes: (type) => type in this.loader.credentialTypes,
			getByName: (type) => this.credential(type),
			getSupportedNodes: (type) => this.loader.known.credentials[type]?.supportedNodes ?? [],
			getParentTypes: (type) => this.parentTypes(type),
		};
	}

	static async load(): Promise<PackageTypes> {
		const loader = new PackageDirectoryLoader(PACKAGE_ROOT);
		await loader.loadAll();
		return new PackageTypes(loader);
	}

	nodeTypeNames(): string[] {
		return Object.keys(this.loader.nodeTypes).map((name) => `${PACKAGE_NAME}.${name}`);
	}

	credentialTypeNames(): string[] {
		return Object.keys(this.loader.credentialTypes);
	}

	private node(nodeType: string): INodeType | IVersionedNodeType {
		const short = nodeType.startsWith(`${PACKAGE_NAME}.`)
			? nodeType.slice(PACKAGE_NAME.length + 1)
			: nodeType;
		const loaded = this.loader.nodeTypes[short];
		if (!loaded) throw new Error(`Unknown node type ${nodeType}`);
		return loaded.type;
	}

	private credential(type: string): ICredentialType {
		const loaded = this.loader.credentialTypes[type]?.type;
		if (!loaded) throw new Error(`Unknown credential type ${type}`);
		return loaded;
	}

	private parentTypes(type: string): string[] {
		const parents = this.loader.credentialTypes[type]?.type.extends ?? [];
		return parents.flatMap((parent) => [parent, ...this.parentTypes(parent)]);
	}
}

import { requestN8n } from './n8nHttp';
import { type Instance, instance } from './n8nInstance';

interface Envelope<T> {
	data: T;
}

export interface StoredWorkflow {
	id: string;
	name: string;
	versionId: string;
	active: boolean;
	nodes: Array<{
		name: string;
		type: string;
		parameters: Record<string, unknown>;
		credentials?: Record<string, { id: string; name: string }>;
	}>;
	connections: Record<string, unknown>;
}

/** n8n's own REST API as the editor uses it, logged in as the owner the e2e setup created. */
export class N8nRest {
	private constructor(
		private readonly baseUrl: string,
		private readonly cookie: string,
	) {}

	static async login(target: Instance = instance()): Promise<N8nRest> {
		const { baseUrl, owner } = target;
		const response = await requestN8n(`${baseUrl}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
		});
		if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
		const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
		return new N8nRest(baseUrl, cookie);
	}

	async call<T>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await requestN8n(`${this.baseUrl}/rest${path}`, {
			method,
			headers: {
				'content-type': 'application/json',
				cookie: this.cookie,
				'browser-id': 'crisis-desk-e2e',
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
		return (JSON.parse(text) as Envelope<T>).data;
	}

	/** The node type names the editor loads (/types/nodes.json). */
	async knownNodeTypes(): Promise<Set<string>> {
		return new Set(await this.listedTypes('nodes'));
	}

	/**
	 * The type names the editor loads, as listed (/types/nodes.json or credentials.json, outside /rest; a
	 * name listed twice means two packages define it). n8n 1.x rewrites these files after a package is
	 * installed or removed, so a read can catch one half written: read again then.
	 */
	async listedTypes(kind: 'nodes' | 'credentials'): Promise<string[]> {
		for (let attempt = 1; ; attempt++) {
			const response = await requestN8n(`${this.baseUrl}/types/${kind}.json`, {
				headers: { cookie: this.cookie },
			});
			if (!response.ok) throw new Error(`GET /types/${kind}.json → ${response.status}`);
			const text = await response.text();
			try {
				return (JSON.parse(text) as Array<{ name: string }>).map((type) => type.name);
			} catch (error) {
				if (attempt >= 20) throw error;
				await new Promise((resolve) => setTimeout(resolve, 250));
			}
		}
	}

	async createCredential(
		type: string,
		name: string,
		data: Record<string, unknown>,
	): Promise<string> {
		const created = await this.call<{ id: string }>('POST', '/credentials', { name, type, data });
		return created.id;
	}

	async workflow(id: string): Promise<StoredWorkflow> {
		return await this.call<StoredWorkflow>('GET', `/workflows/${id}`);
	}

	/** Changes node parameters/credentials the way a user would in the editor, then saves. */
	async editWorkflow(
		id: string,
		edit: (workflow: StoredWorkflow) => void,
	): Promise<StoredWorkflow> {
		const workflow = await this.workflow(id);
		edit(workflow);
		return await this.call<StoredWorkflow>('PATCH', `/workflows/${id}`, {
			versionId: workflow.versionId,
			nodes: workflow.nodes,
			connections: workflow.connections,
		});
	}

	async activate(id: string): Promise<void> {
		const workflow = await this.workflow(id);
		await this.call('POST', `/workflows/${id}/activate`, { versionId: workflow.versionId });
	}

	async deactivate(id: string): Promise<void> {
		await this.call('POST', `/workflows/${id}/deactivate`, {});
	}
}

/** Sets a node's parameters in a stored workflow (by node name); throws if the node is missing. */
export function setParameters(
	workflow: StoredWorkflow,
	nodeName: string,
	parameters: Record<string, unknown>,
): void {
	const node = workflow.nodes.find((candidate) => candidate.name === nodeName);
	if (!node) throw new Error(`no node "${nodeName}" in ${workflow.name}`);
	node.parameters = { ...node.parameters, ...parameters };
}

export function useCredential(
	workflow: StoredWorkflow,
	nodeName: string,
	type: string,
	id: string,
): void {
	const node = workflow.nodes.find((candidate) => candidate.name === nodeName);
	if (!node) throw new Error(`no node "${nodeName}" in ${workflow.name}`);
	node.credentials = { ...node.credentials, [type]: { id, name: `${type} (e2e)` } };
}

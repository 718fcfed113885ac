import { LoopbackServer } from '../../engine/harness/loopbackServer';

export interface JiraIssueFields {
	summary: string;
	description?: string;
	project: { id: string };
	issuetype: { id: string };
	priority?: { id: string };
	labels?: string[];
	duedate?: string;
}

/**
 * Jira Cloud's REST v2 on loopback, as much as n8n's Jira node uses to create an issue: it lists issue
 * types first (to refuse sub-tasks without a parent), then POSTs the issue. Records the basic-auth user.
 */
export class JiraStandIn {
	readonly issues: Array<{ fields: JiraIssueFields; authorization: string }> = [];

	private constructor(private readonly server: LoopbackServer) {}

	static async start(): Promise<JiraStandIn> {
		const server = await LoopbackServer.start();
		const standIn = new JiraStandIn(server);
		server.route((request) => {
			if (request.method === 'GET' && request.path === '/rest/api/2/issuetype') {
				return {
					body: [
						{ id: '10001', name: 'Task', subtask: false },
						{ id: '10003', name: 'Sub-task', subtask: true },
					],
				};
			}
			if (request.method === 'POST' && request.path === '/rest/api/2/issue') {
				const { fields } = JSON.parse(request.body) as { fields: JiraIssueFields };
				standIn.issues.push({ fields, authorization: String(request.headers.authorization ?? '') });
				const number = 40 + standIn.issues.length;
				return {
					status: 201,
					body: {
						id: String(10000 + number),
						key: `CRI-${number}`,
						self: `${server.url}/rest/api/2/issue/${10000 + number}`,
					},
				};
			}
			return undefined;
		});
		return standIn;
	}

	get url(): string {
		return this.server.url;
	}

	async stop(): Promise<void> {
		await this.server.stop();
	}
}

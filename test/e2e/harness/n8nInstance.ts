import fs from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const local = require('../../../scripts/local-n8n.cjs') as {
	PROJECT_ROOT: string;
	n8nCommand(
		userFolder: string,
		args: string[],
		extraEnv?: Record<string, string>,
		options?: { quiet?: boolean },
	): { status: number | null; signal: string | null; error?: Error; stdout: string; stderr: string };
};

export interface Instance {
	port: number;
	/** Task-runner broker port for CLI commands, so they do not clash with the server's. */
	cliBrokerPort: number;
	userFolder: string;
	owner: { email: string; password: string };
	ownerEnv: Record<string, string>;
	logFile: string;
	templates: Array<{ id: string; name: string }>;
	baseUrl: string;
}

/** The n8n that the e2e globalSetup started for this run. */
export function instance(): Instance {
	const state = JSON.parse(
		fs.readFileSync(path.join(local.PROJECT_ROOT, '.cache', 'e2e', 'instance.json'), 'utf8'),
	) as Omit<Instance, 'baseUrl'>;
	return { ...state, baseUrl: `http://127.0.0.1:${state.port}` };
}

/** Runs an n8n CLI command against the same database as the running server (its own task-runner port). */
export function n8nCli(args: string[], extraEnv: Record<string, string> = {}) {
	const { userFolder, ownerEnv, cliBrokerPort } = instance();
	return local.n8nCommand(
		userFolder,
		args,
		{ ...ownerEnv, N8N_RUNNERS_BROKER_PORT: String(cliBrokerPort), ...extraEnv },
		{ quiet: true },
	);
}

/**
 * Runs a stored workflow with the n8n CLI (`n8n execute --id`) beside the running server. The CLI saves
 * the execution in the database; its printed JSON is not used because the CLI can exit before a large
 * output has drained from the pipe. Returns the exit status for the caller to check.
 */
export function executeWithCli(id: string): { status: number | null; signal: string | null; output: string } {
	const result = n8nCli(['execute', `--id=${id}`]);
	return { status: result.status, signal: result.signal, output: `${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}` };
}

/** Calls a production webhook; n8n registers published webhooks shortly after readiness, so retry 404s briefly. */
export async function callWebhook(pathName: string, body: unknown): Promise<{ status: number; json: unknown }> {
	const { baseUrl } = instance();
	for (let attempt = 0; ; attempt++) {
		let response: Response;
		try {
			response = await fetch(`${baseUrl}/webhook/${pathName}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(body),
			});
		} catch (error) {
			if (attempt >= 20) throw error;
			await new Promise((resolve) => setTimeout(resolve, 500));
			continue;
		}
		if (response.status !== 404 || attempt >= 20) {
			const text = await response.text();
			let json: unknown = text;
			try {
				json = JSON.parse(text);
			} catch {
				json = text;
			}
			return { status: response.status, json };
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

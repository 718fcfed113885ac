import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { requestN8n } from './n8nHttp';

/** scripts/local-n8n.cjs's helpers for one provisioned n8n version. */
interface LocalN8n {
	paths(): { nodeBin: string; n8nBin: string; n8nHome: string };
	templatesDir(): string;
	n8nEnv(userFolder: string, extra?: Record<string, string>): NodeJS.ProcessEnv;
	n8nCommand(
		userFolder: string,
		args: string[],
		extraEnv?: Record<string, string>,
		options?: { quiet?: boolean },
	): {
		status: number | null;
		signal: string | null;
		error?: Error;
		stdout: string;
		stderr: string;
	};
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const local = require('../../../scripts/local-n8n.cjs') as {
	PROJECT_ROOT: string;
	N8N_VERSION: string;
	N8N_VERSIONS: string[];
	forVersion(version: string): LocalN8n;
	packageNodeTypes(): string[];
};

/** The node type names n8n gives the package's nodes. */
export const PACKAGE_NODE_TYPES: readonly string[] = local.packageNodeTypes();

/** The version of the suite-wide instance the e2e globalSetup starts. */
export const SHARED_VERSION = local.N8N_VERSION;
/** Every n8n version the package is tested on. */
export const TESTED_VERSIONS: readonly string[] = local.N8N_VERSIONS;

/** The templates the users of that n8n line import: workflows/, or for 1.x workflows/n8n-1.x/. */
export function templatesDir(version: string): string {
	return local.forVersion(version).templatesDir();
}

/** The node_modules of that provisioned n8n: n8n's own packages, with the type lists its loader reads. */
export function n8nModulesDir(version: string): string {
	return path.join(local.forVersion(version).paths().n8nHome, 'node_modules');
}

export interface Instance {
	/** The n8n version it runs (a key of the provisioned lines in scripts/local-n8n.cjs). */
	version: string;
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
	return describeInstance(
		JSON.parse(
			fs.readFileSync(path.join(local.PROJECT_ROOT, '.cache', 'e2e', 'instance.json'), 'utf8'),
		) as Omit<Instance, 'baseUrl'>,
	);
}

/** A description of a started instance, with its editor's base URL. */
export function describeInstance(state: Omit<Instance, 'baseUrl'>): Instance {
	return { ...state, baseUrl: `http://127.0.0.1:${state.port}` };
}

/** The environment of a CLI command beside the server: same database, its own task-runner port. */
function cliEnv(target: Instance, extraEnv: Record<string, string>): Record<string, string> {
	return { ...target.ownerEnv, N8N_RUNNERS_BROKER_PORT: String(target.cliBrokerPort), ...extraEnv };
}

/**
 * Runs an n8n CLI command against the same database as the running server, synchronously: for quick
 * commands before a suite talks to n8n. Anything slow goes through runN8nCli.
 */
export function n8nCli(
	args: string[],
	extraEnv: Record<string, string> = {},
	target: Instance = instance(),
) {
	return local
		.forVersion(target.version)
		.n8nCommand(target.userFolder, args, cliEnv(target, extraEnv), { quiet: true });
}

export interface CliResult {
	status: number | null;
	signal: NodeJS.Signals | null;
	error?: Error;
	stdout: string;
	stderr: string;
}

/** A CLI command still running after this long is stuck: it is killed, and the test reports the signal. */
const CLI_TIMEOUT_MS = 10 * 60_000;

/**
 * Runs an n8n CLI command against the same database as the running server, without blocking the test's
 * event loop: a synchronous run held it for longer than n8n's keep-alive on a slow machine, and stand-in
 * servers in the test process could not answer the workflow meanwhile.
 */
export function runN8nCli(
	args: string[],
	extraEnv: Record<string, string> = {},
	target: Instance = instance(),
): Promise<CliResult> {
	const n8n = local.forVersion(target.version);
	const { nodeBin, n8nBin } = n8n.paths();
	return new Promise((resolve) => {
		const child = spawn(nodeBin, [n8nBin, ...args], {
			env: n8n.n8nEnv(target.userFolder, cliEnv(target, extraEnv)),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		let error: Error | undefined;
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		const timer = setTimeout(() => child.kill('SIGKILL'), CLI_TIMEOUT_MS);
		child.once('error', (spawnError) => (error = spawnError));
		// 'close', not 'exit': by then both pipes have drained.
		child.once('close', (status, signal) => {
			clearTimeout(timer);
			resolve({ status, signal, error, stdout, stderr });
		});
	});
}

/**
 * `n8n execute` with the vm expression engine (isolated-vm, the default of both n8n lines) is sometimes
 * ended by SIGSEGV at exit, after it has saved and printed a successful run: measured here 6 of 20 runs on
 * 2.41.1 and 2 of 20 on 1.123.81, none of 13 with the legacy engine. The CLI runs use the legacy engine so
 * that n8n's exit does not decide the test; the server keeps n8n's default engine.
 */
const CLI_EXECUTE_ENV = { N8N_EXPRESSION_ENGINE: 'legacy' };

/**
 * Runs a stored workflow with the n8n CLI (`n8n execute --id`) beside the running server. The CLI saves
 * the execution in the database; its printed JSON is not used because the CLI can exit before a large
 * output has drained from the pipe. Returns the exit status for the caller to check.
 */
export async function executeWithCli(
	id: string,
	target: Instance = instance(),
): Promise<{ status: number | null; signal: string | null; output: string }> {
	const result = await runN8nCli(['execute', `--id=${id}`], CLI_EXECUTE_ENV, target);
	const spawnError = result.error ? `spawn error: ${result.error.message}\n` : '';
	return {
		status: result.status,
		signal: result.signal,
		output: `${spawnError}${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`,
	};
}

/** Calls a production webhook; n8n registers published webhooks shortly after readiness, so retry 404s briefly. */
export async function callWebhook(
	pathName: string,
	body: unknown,
	target: Instance = instance(),
): Promise<{ status: number; json: unknown }> {
	const { baseUrl } = target;
	for (let attempt = 0; ; attempt++) {
		let response: Response;
		try {
			response = await requestN8n(`${baseUrl}/webhook/${pathName}`, {
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

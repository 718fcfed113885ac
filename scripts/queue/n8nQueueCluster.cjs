'use strict';
// n8n in queue mode: one main process (editor, webhooks, triggers; it enqueues executions in Redis)
// and several `n8n worker` processes that run them. All share one PostgreSQL database, one Redis and
// one encryption key; each has its own user folder with the packed package installed, and its own ports.
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const n8n = require('../local-n8n.cjs');

/** The environment every process of the cluster shares: database, queue, encryption key, owner. */
function sharedQueueEnv({ postgres, redisPort, encryptionKey, ownerEnv }) {
	return {
		...ownerEnv,
		EXECUTIONS_MODE: 'queue',
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: postgres.database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: '',
		DB_POSTGRESDB_POOL_SIZE: '6',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redisPort),
		N8N_ENCRYPTION_KEY: encryptionKey,
		// Workers must log at least info: their "Worker started execution" lines attribute executions.
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL === 'debug' ? 'debug' : 'info',
		N8N_LOG_OUTPUT: 'console',
	};
}

async function waitForWorker(name, child, healthPort, logFile, timeoutMs = 180000) {
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		if (child.exitCode !== null)
			throw new Error(`${name} exited with code ${child.exitCode}; see ${logFile}`);
		try {
			const response = await fetch(`http://127.0.0.1:${healthPort}/healthz/readiness`);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(
		`${name} not ready after ${timeoutMs / 1000} s at 127.0.0.1:${healthPort}/healthz/readiness; see ${logFile}`,
	);
}

/** A worker that cannot load the package still becomes ready (n8n only logs it); its log says so. */
function assertWorkerLoadedPackage(worker) {
	const text = fs.readFileSync(worker.logFile, 'utf8');
	const failure = text.indexOf('Failed to load package "n8n-nodes-crisis-desk"');
	if (failure >= 0) {
		throw new Error(
			`${worker.name} could not load n8n-nodes-crisis-desk:\n${text.slice(failure, failure + 600)}`,
		);
	}
}

/**
 * Prepares user folders, imports and publishes the workflows into the shared database, starts the
 * main process and `workerCount` workers. Every started process is pushed to `processes` at once,
 * so the caller can stop them even when a later step fails.
 */
async function startQueueCluster({
	tarball,
	baseDir,
	postgres,
	redisPort,
	workflowsDir,
	publish,
	workerCount,
	owner,
	processes,
	log,
}) {
	const encryptionKey = crypto.randomBytes(24).toString('hex');
	const shared = sharedQueueEnv({
		postgres,
		redisPort,
		encryptionKey,
		ownerEnv: n8n.ownerEnv(owner),
	});
	const mainFolder = path.join(baseDir, 'main');
	const workerFolders = Array.from({ length: workerCount }, (_, index) =>
		path.join(baseDir, `worker-${index + 1}`),
	);
	for (const folder of [mainFolder, ...workerFolders]) {
		fs.mkdirSync(folder, { recursive: true });
		n8n.installPackage(folder, tarball);
	}

	log(
		'importing and publishing the test workflows into PostgreSQL (n8n CLI, runs the migrations first) …',
	);
	const cliEnv = { ...shared, N8N_RUNNERS_BROKER_PORT: String(await n8n.freePort()) };
	const workflows = n8n.importWorkflows(mainFolder, workflowsDir, cliEnv);
	for (const id of publish) n8n.publishWorkflow(mainFolder, id, cliEnv);

	const port = await n8n.freePort();
	const mainLog = path.join(mainFolder, 'n8n-main.log');
	log(`starting the n8n main process on 127.0.0.1:${port} (EXECUTIONS_MODE=queue) …`);
	const mainOutput = fs.openSync(mainLog, 'a');
	const mainEnv = { ...shared, N8N_RUNNERS_BROKER_PORT: String(await n8n.freePort()) };
	const main = await n8n.startServer(mainFolder, {
		port,
		extraEnv: mainEnv,
		output: mainOutput,
		logFile: mainLog,
		owner,
	});
	processes.push({ name: 'main', child: main });

	const { nodeBin, n8nBin } = n8n.paths();
	const workers = [];
	for (const [index, folder] of workerFolders.entries()) {
		const name = `worker-${index + 1}`;
		const healthPort = await n8n.freePort();
		const logFile = path.join(folder, `n8n-${name}.log`);
		const output = fs.openSync(logFile, 'a');
		const env = n8n.n8nEnv(folder, {
			...shared,
			N8N_RUNNERS_BROKER_PORT: String(await n8n.freePort()),
			QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			QUEUE_HEALTH_CHECK_PORT: String(healthPort),
			N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
		});
		log(`starting ${name} (health 127.0.0.1:${healthPort}) …`);
		const child = spawn(nodeBin, [n8nBin, 'worker', '--concurrency=10'], {
			env,
			stdio: ['ignore', output, output],
		});
		processes.push({ name, child });
		workers.push({ name, child, folder, logFile, healthPort });
	}
	for (const worker of workers) {
		await waitForWorker(worker.name, worker.child, worker.healthPort, worker.logFile);
		assertWorkerLoadedPackage(worker);
	}
	log(`queue cluster ready: main + ${workers.map((worker) => worker.name).join(', ')}`);
	return { baseUrl: `http://127.0.0.1:${port}`, mainFolder, mainLog, workers, workflows };
}

module.exports = { startQueueCluster };

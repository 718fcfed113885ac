'use strict';
// `npm run test:queue`: Crisis Desk in n8n's queue mode, end to end. Starts Redis and PostgreSQL from the
// Debian packages on loopback, an n8n main process and two workers with the packed package installed on
// each, runs the templates with many concurrent executions and checks nothing is lost or duplicated.
// Progress goes to stderr, one JSON summary line to stdout; everything started is torn down, also on failure.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const n8n = require('./local-n8n.cjs');
const { ensureServerBinaries } = require('./queue/systemPackages.cjs');
const { startRedis } = require('./queue/redisServer.cjs');
const { startPostgres } = require('./queue/postgresCluster.cjs');
const { startHackerNewsStandIn } = require('./queue/hackerNewsStandIn.cjs');
const { startQueueCluster } = require('./queue/n8nQueueCluster.cjs');
const { createCheckList } = require('./queue/checkList.cjs');
const { runIntakeLoad } = require('./queue/intakeLoad.cjs');
const { runFetchDedupe } = require('./queue/fetchDedupe.cjs');
const { runDetectIncident, runDetectIncidentWithTable } = require('./queue/detectIncident.cjs');
const { loginToN8n } = require('./queue/n8nSession.cjs');
const { createDetectorStateTable } = require('./queue/detectorStateTable.cjs');
const {
	idsTooLongForStaticData,
	N8N_MAX_WORKFLOW_ID_LENGTH,
} = require('./queue/workflowIdLimit.cjs');
const { parseQueueModeArguments } = require('./queue/queueModeArguments.cjs');
const { prepareWorkflows } = require('./queue/prepareWorkflows.cjs');
const { tail } = require('./queue/logTail.cjs');
const { knownLimitationsOf } = require('./queue/knownLimitations.cjs');

const WORKER_COUNT = 2;

const log = (message) => process.stderr.write(`[queue-mode] ${message}\n`);

async function main() {
	const started = Date.now();
	const options = parseQueueModeArguments(process.argv.slice(2));
	const processes = [];
	const cleanups = [];
	let baseDir;
	let cluster;
	let tornDown = false;
	const teardown = async () => {
		if (tornDown) return;
		tornDown = true;
		log('tearing down …');
		for (const { name, child } of processes.slice().reverse()) {
			await n8n.stopServer(child, 30000);
			log(`stopped ${name}`);
		}
		for (const cleanup of cleanups.reverse()) {
			try {
				await cleanup();
			} catch (error) {
				log(`cleanup failed: ${error.message}`);
			}
		}
		if (baseDir) fs.rmSync(baseDir, { recursive: true, force: true });
		log('torn down');
	};
	const onSignal = (signal) => {
		log(`${signal}: stopping`);
		teardown().finally(() => process.exit(130));
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);

	const checks = createCheckList(log);
	const figures = {};
	let error;
	try {
		const binaries = ensureServerBinaries(log);
		n8n.provision();
		const packed = n8n.buildAndPack({
			skipBuild: fs.existsSync(path.join(n8n.PROJECT_ROOT, 'dist')),
		});
		baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-desk-queue-'));
		// The postgres user must reach its cluster directory inside.
		fs.chmodSync(baseDir, 0o711);
		const tarball = path.join(baseDir, path.basename(packed));
		fs.copyFileSync(packed, tarball);

		const redis = await startRedis({
			binary: binaries.redisServer,
			port: await n8n.freePort(),
			dir: path.join(baseDir, 'redis'),
		});
		processes.push({ name: 'redis-server', child: redis.child });
		log(`redis-server on 127.0.0.1:${redis.port}`);
		const postgres = startPostgres({
			bin: binaries.postgresBin,
			port: await n8n.freePort(),
			dir: path.join(baseDir, 'postgres'),
		});
		cleanups.push(() => postgres.stop());
		log(`PostgreSQL on 127.0.0.1:${postgres.port}, database ${postgres.database}`);
		const standIn = await startHackerNewsStandIn(await n8n.freePort());
		cleanups.push(() => standIn.close());

		const detectFixtures = prepareWorkflows(path.join(baseDir, 'workflows'), standIn.baseUrl);
		const owner = { email: 'owner@queue.crisis-desk.local', password: 'Queue-Crisis-Desk-1' };
		cluster = await startQueueCluster({
			tarball,
			baseDir,
			postgres,
			redisPort: redis.port,
			workflowsDir: path.join(baseDir, 'workflows'),
			publish: [
				'CrisisDeskIntake',
				'CrisisDeskQueueFetch',
				detectFixtures.detect.serialWorkflowId,
				detectFixtures.detectTable.workflowId,
			],
			workerCount: WORKER_COUNT,
			owner,
			processes,
			log,
		});
		figures.startupSeconds = Math.round((Date.now() - started) / 1000);
		const tooLong = idsTooLongForStaticData(cluster.workflows);
		checks.expect(
			`workflows with state have ids of at most ${N8N_MAX_WORKFLOW_ID_LENGTH} characters (else n8n never saves their static data)`,
			tooLong.length === 0,
			`too long: ${tooLong.join(', ')}`,
		);

		figures.intake = await runIntakeLoad({
			cluster,
			postgres,
			checks,
			log,
			count: options.requests,
		});
		figures.mentionFetch = await runFetchDedupe({
			cluster,
			postgres,
			standIn,
			checks,
			log,
			serialCalls: options.serialCalls,
			concurrentCalls: options.concurrentCalls,
		});
		figures.detectCrisis = await runDetectIncident({
			cluster,
			postgres,
			checks,
			log,
			...detectFixtures.detect,
			chunks: options.burstChunks,
		});
		const table = await createDetectorStateTable(await loginToN8n(cluster.baseUrl, owner));
		log(
			`data table ${table.name} (${table.id}) created over REST for Detect Crisis's Data Table storage`,
		);
		figures.detectCrisisDataTable = await runDetectIncidentWithTable({
			cluster,
			postgres,
			checks,
			log,
			...detectFixtures.detectTable,
			table,
			chunks: options.burstChunks,
		});
		const statuses = postgres.psql(
			'SELECT status, count(*) FROM execution_entity GROUP BY status ORDER BY status',
		);
		figures.executionsByStatus = Object.fromEntries(
			statuses.map(([status, count]) => [status, Number(count)]),
		);
		checks.expect(
			'no execution crashed or failed anywhere',
			statuses.every(([status]) => status === 'success'),
			JSON.stringify(figures.executionsByStatus),
		);
	} catch (caught) {
		error = caught;
		log(`ERROR: ${caught.stack ?? caught}`);
	}
	if (error || checks.failed().length > 0) {
		const logs = cluster
			? [cluster.mainLog, ...cluster.workers.map((worker) => worker.logFile)]
			: [];
		for (const file of logs) log(`last lines of ${path.basename(file)}:\n${tail(file)}`);
	}
	await teardown();
	const failed = checks.failed();
	const knownLimitations = knownLimitationsOf(figures);
	const summary = {
		ok: !error && failed.length === 0,
		seconds: Math.round((Date.now() - started) / 1000),
		n8n: n8n.N8N_VERSION,
		workers: WORKER_COUNT,
		checks: {
			passed: checks.checks.length - failed.length,
			failed: failed.map((check) => `${check.name}: ${check.detail}`),
		},
		knownLimitations,
		...(error ? { error: String(error.message ?? error) } : {}),
		...figures,
	};
	process.stdout.write(`${JSON.stringify(summary)}\n`);
	return summary.ok ? 0 : 1;
}

main().then(
	(code) => process.exit(code),
	(error) => {
		process.stderr.write(`${error.stack ?? error}\n`);
		process.exit(1);
	},
);

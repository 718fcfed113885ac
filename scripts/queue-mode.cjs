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

const FIXTURES = path.join(__dirname, 'queue', 'workflows');
const WORKER_COUNT = 2;

function parseArgs(argv) {
	const options = { requests: 200, serialCalls: 30, concurrentCalls: 20, burstChunks: 4 };
	const flags = {
		'--requests': 'requests',
		'--serial-calls': 'serialCalls',
		'--concurrent-calls': 'concurrentCalls',
		'--burst-chunks': 'burstChunks',
	};
	for (let index = 0; index < argv.length; index++) {
		const key = flags[argv[index]];
		const value = Number(argv[index + 1]);
		if (!key)
			throw new Error(`unknown option ${argv[index]} (known: ${Object.keys(flags).join(', ')})`);
		if (!Number.isInteger(value) || value < 2 || value > 5000)
			throw new Error(`${argv[index]} needs an integer from 2 to 5000`);
		options[key] = value;
		index++;
	}
	return options;
}

const log = (message) => process.stderr.write(`[queue-mode] ${message}\n`);

/** The intake template from workflows/, plus the queue fixtures with the stand-in's address filled in. */
function prepareWorkflows(dir, hackerNewsBaseUrl) {
	fs.mkdirSync(dir, { recursive: true });
	fs.copyFileSync(
		path.join(n8n.PROJECT_ROOT, 'workflows', '07-webhook-intake.json'),
		path.join(dir, '07-webhook-intake.json'),
	);
	const fetchFixture = fs
		.readFileSync(path.join(FIXTURES, 'queue-mention-fetch.json'), 'utf8')
		.replace('__HACKER_NEWS_BASE_URL__', hackerNewsBaseUrl);
	fs.writeFileSync(path.join(dir, 'queue-mention-fetch.json'), fetchFixture);
	const detect = JSON.parse(
		fs.readFileSync(path.join(FIXTURES, 'queue-detect-crisis.json'), 'utf8'),
	);
	fs.copyFileSync(
		path.join(FIXTURES, 'queue-detect-crisis.json'),
		path.join(dir, 'queue-detect-crisis.json'),
	);
	const table = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'queue-detect-table.json'), 'utf8'));
	fs.copyFileSync(
		path.join(FIXTURES, 'queue-detect-table.json'),
		path.join(dir, 'queue-detect-table.json'),
	);
	const webhookPath = (workflow) =>
		workflow.nodes.find((node) => node.type === 'n8n-nodes-base.webhook').parameters.path;
	return {
		detect: { serialPath: webhookPath(detect), serialWorkflowId: detect.id },
		detectTable: {
			path: webhookPath(table),
			workflowId: table.id,
			stateKey: table.nodes.find((node) => node.type === 'n8n-nodes-crisis-desk.crisisScore')
				.parameters.stateKey,
		},
	};
}

function tail(file, lines = 25) {
	if (!file || !fs.existsSync(file)) return '';
	return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

async function main() {
	const started = Date.now();
	const options = parseArgs(process.argv.slice(2));
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
	const knownLimitations = [];
	if (
		figures.mentionFetch &&
		figures.mentionFetch.concurrent.duplicatesAcrossConcurrentCalls +
			figures.mentionFetch.concurrent.returnedAgainBySweep >
			0
	) {
		knownLimitations.push(
			'Mention Fetch de-duplication (n8n checkProcessedAndRecord) is read-then-write without a lock: concurrent executions of one workflow return some mentions twice; serialise them',
		);
	}
	if (figures.detectCrisis && !figures.detectCrisis.staticDataCarriesAcrossQueueExecutions) {
		knownLimitations.push(
			'n8n queue-mode workers start each new execution with empty static data and overwrite the stored copy: Detect Crisis with State Storage "Workflow Static Data" cannot keep its baseline or open incidents once across queued executions (use State Storage "Data Table")',
		);
	}
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

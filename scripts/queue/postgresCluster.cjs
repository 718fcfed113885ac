'use strict';
// A throw-away PostgreSQL cluster in a temp dir on 127.0.0.1: n8n's database for queue mode.
// initdb and postgres refuse to run as root, so as root they run as the `postgres` system user.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const SUPERUSER = 'postgres';

function isRoot() {
	return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Runs a PostgreSQL server binary, as the postgres user when we are root. */
function runAsOwner(binary, args, { timeoutMs = 120000 } = {}) {
	const [command, fullArgs] = isRoot()
		? ['runuser', ['-u', 'postgres', '--', binary, ...args]]
		: [binary, args];
	return spawnSync(command, fullArgs, { encoding: 'utf8', timeout: timeoutMs });
}

function check(result, what) {
	if (result.error) throw new Error(`${what} failed: ${result.error.message}`);
	if (result.status !== 0)
		throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
	return result;
}

/**
 * initdb + pg_ctl start on 127.0.0.1:port (trust auth for loopback only; durability off, it is thrown away),
 * then creates `database`. Returns psql() for checks and stop() for teardown.
 */
function startPostgres({ bin, port, dir, database = 'n8n' }) {
	fs.mkdirSync(dir, { recursive: true });
	if (isRoot())
		check(
			spawnSync('chown', ['-R', 'postgres:postgres', dir], { encoding: 'utf8' }),
			`chown postgres ${dir}`,
		);
	const dataDir = path.join(dir, 'data');
	const logFile = path.join(dir, 'postgres.log');
	check(
		runAsOwner(path.join(bin, 'initdb'), [
			'-D',
			dataDir,
			'-U',
			SUPERUSER,
			'--auth=trust',
			'-E',
			'UTF8',
			'--locale=C',
			'--no-sync',
		]),
		'initdb',
	);
	const serverOptions = [
		`-p ${port}`,
		'-h 127.0.0.1',
		`-k ${dir}`,
		'-c fsync=off',
		'-c synchronous_commit=off',
		'-c full_page_writes=off',
		'-c max_connections=200',
	].join(' ');
	check(
		runAsOwner(path.join(bin, 'pg_ctl'), [
			'-D',
			dataDir,
			'-l',
			logFile,
			'-o',
			serverOptions,
			'-w',
			'-t',
			'60',
			'start',
		]),
		`pg_ctl start (log: ${logFile})`,
	);
	const cluster = {
		port,
		database,
		user: SUPERUSER,
		logFile,
		/** Runs SQL over loopback TCP and returns the rows as arrays of strings (psql -At, tab-separated). */
		psql(sql, db = database) {
			const result = check(
				spawnSync(
					path.join(bin, 'psql'),
					[
						'-h',
						'127.0.0.1',
						'-p',
						String(port),
						'-U',
						SUPERUSER,
						'-d',
						db,
						'-v',
						'ON_ERROR_STOP=1',
						'-AtF',
						'\t',
						'-c',
						sql,
					],
					{
						encoding: 'utf8',
						maxBuffer: 64 * 1024 * 1024,
					},
				),
				`psql ${sql.slice(0, 60)}`,
			);
			return result.stdout
				.split('\n')
				.filter((line) => line !== '')
				.map((line) => line.split('\t'));
		},
		stop() {
			runAsOwner(path.join(bin, 'pg_ctl'), [
				'-D',
				dataDir,
				'-m',
				'immediate',
				'-w',
				'-t',
				'30',
				'stop',
			]);
		},
	};
	try {
		cluster.psql(`CREATE DATABASE ${database}`, 'postgres');
	} catch (error) {
		cluster.stop();
		throw error;
	}
	return cluster;
}

module.exports = { startPostgres };

'use strict';
// A throw-away redis-server for Bull's queue and n8n's pub/sub: loopback only, nothing written to disk.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

function ping(port) {
	return new Promise((resolve) => {
		const socket = net.connect({ host: '127.0.0.1', port });
		let answer = '';
		const done = (ok) => {
			socket.destroy();
			resolve(ok);
		};
		socket.setTimeout(1000, () => done(false));
		socket.once('error', () => done(false));
		socket.once('connect', () => socket.write('PING\r\n'));
		socket.on('data', (chunk) => {
			answer += chunk.toString();
			if (answer.includes('\r\n')) done(answer.startsWith('+PONG'));
		});
	});
}

/** Starts redis-server on 127.0.0.1:port with persistence off; resolves once it answers PING. */
async function startRedis({ binary, port, dir, timeoutMs = 20000 }) {
	fs.mkdirSync(dir, { recursive: true });
	const logFile = path.join(dir, 'redis.log');
	const child = spawn(
		binary,
		[
			'--bind',
			'127.0.0.1',
			'--port',
			String(port),
			'--dir',
			dir,
			'--save',
			'',
			'--appendonly',
			'no',
			'--protected-mode',
			'yes',
			'--daemonize',
			'no',
			'--logfile',
			logFile,
		],
		{ stdio: 'ignore' },
	);
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		if (child.exitCode !== null)
			throw new Error(`redis-server exited with code ${child.exitCode}; see ${logFile}`);
		if (await ping(port)) return { port, child, logFile };
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	child.kill('SIGKILL');
	throw new Error(
		`redis-server did not answer PING on 127.0.0.1:${port} within ${timeoutMs / 1000} s; see ${logFile}`,
	);
}

module.exports = { startRedis };

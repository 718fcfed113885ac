'use strict';
// The loopback ports `npm start` gives n8n: the editor's (N8N_PORT, 5678 unless set) and the task-runner
// broker's (N8N_RUNNERS_BROKER_PORT, n8n's default 5679 clashes with any other n8n on the machine, so a
// free one is picked unless it is set). n8n opens no other port in this set-up: its task runner's own
// health check (N8N_RUNNERS_HEALTH_CHECK_SERVER_ENABLED) is off.
const net = require('node:net');
const { freePort } = require('../local-n8n.cjs');

const HOST = '127.0.0.1';
const DEFAULT_EDITOR_PORT = 5678;

/** Whether something already listens on 127.0.0.1:port: binds it for a moment, as n8n will. */
function portInUse(port) {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', (error) => {
			if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(true);
			else reject(error);
		});
		probe.listen(port, HOST, () => probe.close(() => resolve(false)));
	});
}

function portFromEnv(variable, value) {
	const port = Number(value);
	if (
		!/^\d{1,5}$/.test(String(value).trim()) ||
		!Number.isInteger(port) ||
		port < 1 ||
		port > 65535
	) {
		throw new Error(`${variable}=${JSON.stringify(String(value))} is not a port number (1–65535).`);
	}
	return port;
}

/** A free port at or just above `from`, to suggest instead of a busy one; any free one if none is near. */
async function nearbyFreePort(from, avoid) {
	for (let port = from + 1; port <= Math.min(from + 20, 65535); port++) {
		if (!avoid.includes(port) && !(await portInUse(port))) return port;
	}
	return await freePort();
}

/**
 * The editor and broker ports for this start, read from `env` (N8N_PORT, N8N_RUNNERS_BROKER_PORT);
 * throws with the port, the variable and what to set when a port is taken, before anything else runs.
 */
async function choosePorts(env = process.env) {
	const editorSet = env.N8N_PORT !== undefined && env.N8N_PORT !== '';
	const editor = editorSet ? portFromEnv('N8N_PORT', env.N8N_PORT) : DEFAULT_EDITOR_PORT;
	if (await portInUse(editor)) {
		const suggestion = await nearbyFreePort(editor, []);
		const why = editorSet ? 'N8N_PORT' : `N8N_PORT is not set, so ${DEFAULT_EDITOR_PORT}`;
		throw new Error(
			`Port ${editor} on ${HOST} is already in use (${why}): another n8n or another program listens there. ` +
				`Stop it, or start on a free port: N8N_PORT=${suggestion} npm start`,
		);
	}
	const brokerSet = env.N8N_RUNNERS_BROKER_PORT !== undefined && env.N8N_RUNNERS_BROKER_PORT !== '';
	if (!brokerSet) {
		let broker = await freePort();
		while (broker === editor) broker = await freePort();
		return { editor, broker, brokerPicked: true };
	}
	const broker = portFromEnv('N8N_RUNNERS_BROKER_PORT', env.N8N_RUNNERS_BROKER_PORT);
	if (broker === editor)
		throw new Error(
			`N8N_RUNNERS_BROKER_PORT and N8N_PORT are both ${editor}: unset N8N_RUNNERS_BROKER_PORT and npm start picks a free port for the broker.`,
		);
	if (await portInUse(broker)) {
		throw new Error(
			`Port ${broker} on ${HOST} is already in use (N8N_RUNNERS_BROKER_PORT, n8n's task-runner broker): ` +
				'unset N8N_RUNNERS_BROKER_PORT and npm start picks a free port, or set it to a free one.',
		);
	}
	return { editor, broker, brokerPicked: false };
}

module.exports = { choosePorts, portInUse, HOST };

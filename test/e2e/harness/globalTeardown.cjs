'use strict';
const { stopBusyCores } = require('./busyCores.cjs');
const { stopInstance } = require('./startInstance.cjs');

module.exports = async function globalTeardown() {
	stopBusyCores(globalThis.__crisisDeskBurners);
	const started = globalThis.__crisisDeskN8n;
	if (started) await stopInstance(started.child, started.instance);
};

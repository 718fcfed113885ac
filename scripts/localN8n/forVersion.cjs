'use strict';
const { lineOf } = require('./n8nLines.cjs');
const { PROJECT_ROOT, paths, templatesDir } = require('./installPaths.cjs');
const { provision } = require('./provision.cjs');
const { n8nEnv, ownerEnv } = require('./n8nEnv.cjs');
const { buildAndPack, installPackage } = require('./packageTarball.cjs');
const { n8nCommand, importWorkflows, publishWorkflow } = require('./n8nCli.cjs');
const { startServer, stopServer } = require('./server.cjs');
const { freePort } = require('./freePort.cjs');
const { log, run } = require('./steps.cjs');

/** The helpers bound to one n8n line; scripts/local-n8n.cjs's own exports are those of N8N_VERSION. */
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
		n8nCommand: (userFolder, args, extraEnv, options) =>
			n8nCommand(version, userFolder, args, extraEnv, options),
		importWorkflows: (userFolder, dir, extraEnv) =>
			importWorkflows(version, userFolder, dir, extraEnv),
		publishWorkflow: (userFolder, id, extraEnv) =>
			publishWorkflow(version, userFolder, id, extraEnv),
		startServer: (userFolder, options) => startServer(version, userFolder, options),
		log,
		run,
		buildAndPack,
		stopServer,
		freePort,
	};
}

module.exports = { forVersion };

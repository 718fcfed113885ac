'use strict';
// Provisions and drives the local, real n8n used by `npm start` and the end-to-end tests (the pieces are in
// localN8n/). Plain CommonJS so that npm scripts and the jest suites share it without a build step.
const { N8N_LINES, N8N_VERSION } = require('./localN8n/n8nLines.cjs');
const { forVersion } = require('./localN8n/forVersion.cjs');
const { packageNodeTypes } = require('./localN8n/packageLoadCheck.cjs');

module.exports = {
	...forVersion(N8N_VERSION),
	N8N_VERSIONS: Object.keys(N8N_LINES),
	forVersion,
	packageNodeTypes,
};

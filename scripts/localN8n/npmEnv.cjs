'use strict';
const path = require('node:path');
const { paths } = require('./installPaths.cjs');

// npm run under n8n's Node with its own headers: native addons (sqlite3, isolated-vm) must match n8n's Node ABI.
function nodeEnv(version, extra = {}) {
	const { nodeHome } = paths(version);
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

module.exports = { nodeEnv };

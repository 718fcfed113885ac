'use strict';
// Where the project is and where each n8n line and its Node are installed.
const os = require('node:os');
const path = require('node:path');
const { N8N_VERSION, lineOf } = require('./n8nLines.cjs');

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

// The user's cache folder (not the clone) so that fresh clones and CI runs on one machine reuse the installs
// (2.9 GB for n8n 2.41.1, 1.8 GB for 1.123.81).
function cacheRoot() {
	if (process.env.CRISIS_DESK_CACHE) return path.resolve(process.env.CRISIS_DESK_CACHE);
	const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(base, 'n8n-nodes-crisis-desk');
}

function paths(version = N8N_VERSION) {
	const root = cacheRoot();
	const nodeHome = path.join(root, `node-${lineOf(version).nodeMajor}`, 'package');
	const n8nHome = path.join(root, `n8n-${version}`);
	return {
		root,
		version,
		nodeHome,
		nodeBin: path.join(nodeHome, 'bin', 'node'),
		n8nHome,
		n8nBin: path.join(n8nHome, 'node_modules', 'n8n', 'bin', 'n8n'),
	};
}

/** The templates the users of that n8n line import. */
function templatesDir(version) {
	return path.join(PROJECT_ROOT, lineOf(version).templatesDir);
}

module.exports = { PROJECT_ROOT, paths, templatesDir };

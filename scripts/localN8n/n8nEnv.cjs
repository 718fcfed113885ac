'use strict';
// The environment a sandboxed n8n runs with, and the owner account n8n 2.x creates from it.
const path = require('node:path');
const { lineOf } = require('./n8nLines.cjs');
const { paths } = require('./installPaths.cjs');

// Environment for a sandboxed n8n: loopback only, nothing phoned home, SQLite in userFolder.
function n8nEnv(version, userFolder, extra = {}) {
	const { nodeHome } = paths(version);
	return {
		...process.env,
		PATH: `${path.join(nodeHome, 'bin')}${path.delimiter}${process.env.PATH}`,
		N8N_USER_FOLDER: userFolder,
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_RUNNERS_TASK_TIMEOUT: '300',
		// jest sets NODE_ENV=test, under which the n8n CLI refuses to start.
		NODE_ENV: 'production',
		DB_TYPE: 'sqlite',
		DB_SQLITE_POOL_SIZE: '2',
		...lineOf(version).env,
		...extra,
	};
}

/** A bcrypt hash made with n8n's own bcryptjs, for the owner account n8n creates from env vars. */
function bcryptHash(version, password) {
	const bcrypt = require(path.join(paths(version).n8nHome, 'node_modules', 'bcryptjs'));
	return bcrypt.hashSync(password, 10);
}

/** The owner n8n 2.x creates at start from env vars; 1.x has none (startServer claims it instead). */
function ownerEnv(version, { email, password, firstName = 'Crisis', lastName = 'Desk' }) {
	if (!lineOf(version).ownerFromEnv) return {};
	return {
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: email,
		N8N_INSTANCE_OWNER_PASSWORD_HASH: bcryptHash(version, password),
		N8N_INSTANCE_OWNER_FIRST_NAME: firstName,
		N8N_INSTANCE_OWNER_LAST_NAME: lastName,
	};
}

module.exports = { n8nEnv, ownerEnv };

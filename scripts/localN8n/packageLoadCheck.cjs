'use strict';
// Whether a running n8n loaded the package: it knows every one of the package's node types.
const path = require('node:path');
const { PROJECT_ROOT } = require('./installPaths.cjs');
const { fail } = require('./steps.cjs');

/** The node type names n8n gives the package's nodes (package name, then the class name in camel case). */
function packageNodeTypes() {
	const manifest = require(path.join(PROJECT_ROOT, 'package.json'));
	return manifest.n8n.nodes.map((file) => {
		const className = path.basename(file, '.node.js');
		return `${manifest.name}.${className.charAt(0).toLowerCase()}${className.slice(1)}`;
	});
}

/**
 * n8n starts even when a community package fails to load (it only logs it): ask the running editor
 * which node types it knows and fail with the reason if any of ours is missing.
 */
async function assertPackageLoaded(baseUrl, owner) {
	const expected = packageNodeTypes();
	const login = await fetch(`${baseUrl}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
	});
	if (!login.ok)
		fail('Logging in to check the package', `n8n answered ${login.status} for ${owner.email}.`);
	const cookie = (login.headers.get('set-cookie') || '').split(';')[0];
	const response = await fetch(`${baseUrl}/types/nodes.json`, { headers: { cookie } });
	if (!response.ok)
		fail('Listing node types', `n8n answered ${response.status} for /types/nodes.json.`);
	const known = new Set((await response.json()).map((type) => type.name));
	const missing = expected.filter((name) => !known.has(name));
	if (missing.length > 0) {
		fail(
			'Loading the package into n8n',
			`n8n does not know ${missing.join(', ')}: look for "Failed to load package" in the n8n output and rebuild (npm run build).`,
		);
	}
}

module.exports = { packageNodeTypes, assertPackageLoaded };

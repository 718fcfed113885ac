'use strict';
// Redis and PostgreSQL come from the distribution's packages, never from a download of our own:
// the queue-mode run uses the same servers a Debian/Ubuntu operator would install.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const DEBIAN_PACKAGES = ['redis-server', 'postgresql'];

function findPostgresBin() {
	const root = '/usr/lib/postgresql';
	if (!fs.existsSync(root)) return undefined;
	const versions = fs
		.readdirSync(root)
		.filter(
			(name) =>
				fs.existsSync(path.join(root, name, 'bin', 'initdb')) &&
				fs.existsSync(path.join(root, name, 'bin', 'pg_ctl')),
		)
		.sort((a, b) => Number(b) - Number(a));
	return versions.length > 0 ? path.join(root, versions[0], 'bin') : undefined;
}

function findOnPath(command) {
	for (const dir of (process.env.PATH ?? '')
		.split(path.delimiter)
		.concat(['/usr/bin', '/usr/sbin'])) {
		const candidate = path.join(dir, command);
		if (dir && fs.existsSync(candidate)) return candidate;
	}
	return undefined;
}

function locate() {
	return { redisServer: findOnPath('redis-server'), postgresBin: findPostgresBin() };
}

/**
 * Returns the server binaries, installing the Debian packages first when they are missing and we are root.
 * Without root it throws a message saying exactly what to install.
 */
function ensureServerBinaries(log) {
	let found = locate();
	if (found.redisServer && found.postgresBin) return found;
	const missing = [!found.redisServer && 'redis-server', !found.postgresBin && 'postgresql'].filter(
		Boolean,
	);
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot || !findOnPath('apt-get')) {
		throw new Error(
			`queue mode needs the Debian packages ${missing.join(' and ')}: run \`sudo apt-get install -y ${DEBIAN_PACKAGES.join(' ')}\` ` +
				"(or your distribution's redis and PostgreSQL server packages), then run `npm run test:queue` again.",
		);
	}
	log(`installing ${DEBIAN_PACKAGES.join(' ')} with apt-get (missing: ${missing.join(', ')}) …`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const update = spawnSync('apt-get', ['update'], { stdio: ['ignore', 'inherit', 'inherit'], env });
	if (update.status !== 0) throw new Error('apt-get update failed: see its output above.');
	const install = spawnSync(
		'apt-get',
		['install', '-y', '--no-install-recommends', ...DEBIAN_PACKAGES],
		{
			stdio: ['ignore', 'inherit', 'inherit'],
			env,
		},
	);
	if (install.status !== 0)
		throw new Error(`apt-get install ${DEBIAN_PACKAGES.join(' ')} failed: see its output above.`);
	found = locate();
	if (!found.redisServer || !found.postgresBin) {
		throw new Error(
			`apt-get installed ${DEBIAN_PACKAGES.join(' ')} but redis-server or /usr/lib/postgresql/*/bin/initdb is still missing.`,
		);
	}
	return found;
}

module.exports = { ensureServerBinaries };

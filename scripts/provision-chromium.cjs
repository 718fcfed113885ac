#!/usr/bin/env node
'use strict';
// Debian's Chromium for the browser test and `npm run screenshots`: found at CHROMIUM_PATH or /usr/bin/chromium,
// installed with apt-get when missing (root only; anyone else is told the command). playwright-core drives it and
// never downloads a browser of its own.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const DEFAULT_PATH = '/usr/bin/chromium';
const INSTALL_COMMAND = 'apt-get install -y --no-install-recommends chromium';
const PROGRESS_INTERVAL_MS = 10000;

/**
 * Flags for a headless Chromium on a machine that may reach nothing but 127.0.0.1: without the
 * background-networking, component-update and sync flags Chromium calls Google's hosts at start, and a
 * refusing network turns those calls into errors and delays. (playwright adds --headless and a fresh
 * --user-data-dir of its own to every launch.)
 */
const LAUNCH_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

function log(message) {
	process.stderr.write(`[crisis-desk] ${message}\n`);
}

function chromiumPath() {
	return process.env.CHROMIUM_PATH || DEFAULT_PATH;
}

function isRoot() {
	return typeof process.getuid === 'function' && process.getuid() === 0;
}

function hasCommand(command) {
	return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Whether apt knows a chromium package to install (its package lists may be empty on a fresh container). */
function aptKnowsChromium() {
	const policy = spawnSync('apt-cache', ['policy', 'chromium'], { encoding: 'utf8' });
	const candidate = /Candidate: (\S+)/.exec(policy.stdout || '');
	return Boolean(candidate && candidate[1] !== '(none)');
}

/**
 * Runs apt-get with its machine-readable status on fd 3 ("dlstatus:…:percent:Retrieving file 3 of 25",
 * "pmstatus:pkg:percent:Unpacking pkg") and prints the latest one every 10 s; apt's own output goes to logFile.
 */
function runApt(args, logFile) {
	const started = Date.now();
	const output = fs.openSync(logFile, 'a');
	const child = spawn('apt-get', ['-o', 'APT::Status-Fd=3', ...args], {
		stdio: ['ignore', output, output, 'pipe'],
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
	fs.closeSync(output);
	let latest = 'reading package lists';
	let pending = '';
	child.stdio[3].setEncoding('utf8').on('data', (chunk) => {
		pending += chunk;
		const lines = pending.split('\n');
		pending = lines.pop();
		for (const line of lines) {
			const [kind, , percent, ...message] = line.split(':');
			if (kind !== 'dlstatus' && kind !== 'pmstatus') continue;
			const phase = kind === 'dlstatus' ? 'download' : 'install';
			latest = `${phase} ${Math.floor(Number(percent))} %, ${message.join(':').trim()}`;
		}
	});
	const ticker = setInterval(() => {
		log(`apt-get ${args[0]}: ${latest}, ${Math.round((Date.now() - started) / 1000)} s elapsed`);
	}, PROGRESS_INTERVAL_MS);
	return new Promise((resolve) => {
		child.once('error', (error) => {
			clearInterval(ticker);
			resolve({ status: null, error });
		});
		child.once('close', (status) => {
			clearInterval(ticker);
			resolve({ status, seconds: Math.round((Date.now() - started) / 1000) });
		});
	});
}

function lastLines(file, count) {
	return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
}

/** The path of a Chromium to launch; installs Debian's package first when there is none. */
async function ensureChromium() {
	const executable = chromiumPath();
	if (fs.existsSync(executable)) return executable;
	if (process.env.CHROMIUM_PATH) {
		throw new Error(
			`CHROMIUM_PATH is ${executable}, and there is no file there. Unset it to use Debian's ${DEFAULT_PATH}.`,
		);
	}
	if (!hasCommand('apt-get')) {
		throw new Error(
			`No Chromium at ${DEFAULT_PATH}, and no apt-get to install it: install Chromium and set CHROMIUM_PATH to its executable.`,
		);
	}
	if (!isRoot()) {
		throw new Error(
			`No Chromium at ${DEFAULT_PATH}. Install Debian's package, then run this again:\n  sudo ${INSTALL_COMMAND}`,
		);
	}
	const logFile = path.join(os.tmpdir(), 'crisis-desk-chromium-install.log');
	fs.writeFileSync(logFile, '');
	log(
		`No Chromium at ${DEFAULT_PATH}: installing Debian's chromium package (about 100 MB to download; apt output: ${logFile}) …`,
	);
	if (!aptKnowsChromium()) {
		const update = await runApt(['update'], logFile);
		if (update.status !== 0) throw new Error(`apt-get update failed:\n${lastLines(logFile, 20)}`);
	}
	const install = await runApt(['install', '-y', '--no-install-recommends', 'chromium'], logFile);
	if (install.status !== 0 || !fs.existsSync(DEFAULT_PATH)) {
		throw new Error(
			`${INSTALL_COMMAND} failed${install.error ? ` (${install.error.message})` : ''}:\n${lastLines(logFile, 20)}`,
		);
	}
	log(`Chromium installed in ${install.seconds} s: ${DEFAULT_PATH}`);
	return DEFAULT_PATH;
}

if (require.main === module) {
	ensureChromium().then(
		(executable) => {
			const version = spawnSync(executable, ['--version'], { encoding: 'utf8' });
			log(`Chromium ready: ${executable} (${(version.stdout || '').trim() || 'version unknown'})`);
		},
		(error) => {
			log(error.message);
			process.exit(1);
		},
	);
}

module.exports = { ensureChromium, chromiumPath, LAUNCH_ARGS };

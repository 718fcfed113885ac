#!/usr/bin/env node
'use strict';
// `npm run eval|replay|bench -- …`: compiles the cores and tools (incrementally) and runs one command.
// Compiler output goes to stderr so that stdout stays the command's JSON.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const [command, ...args] = process.argv.slice(2);
const commands = [
	'eval',
	'replay',
	'bench',
	'load',
	'evaluate-detection',
	'bench:hostile',
	'escalation-rate',
];
const entryFiles = {
	'evaluate-detection': 'evaluateDetection',
	'bench:hostile': 'benchHostile',
	'escalation-rate': 'escalationRate',
};
if (!commands.includes(command)) {
	process.stderr.write(`usage: npm run --silent <${commands.join('|')}> -- [options]\n`);
	process.exit(2);
}
const tsc = spawnSync(
	process.execPath,
	[require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.tools.json'],
	{
		cwd: root,
		stdio: ['ignore', process.stderr, process.stderr],
	},
);
if (tsc.status !== 0) {
	process.stderr.write(
		'Compiling the tools failed (see above); fix the TypeScript errors and try again.\n',
	);
	process.exit(1);
}
const run = spawnSync(
	process.execPath,
	[path.join(root, '.cache', 'tools', 'tools', `${entryFiles[command] ?? command}.js`), ...args],
	{
		cwd: process.cwd(),
		stdio: 'inherit',
	},
);
process.exit(run.status ?? 1);

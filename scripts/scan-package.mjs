#!/usr/bin/env node
// `npm run --silent scan`: n8n's own community-package scanner on what we publish, the way n8n runs it
// before verifying a package: the packed tarball (built files and package.json) and the source files
// it is built from (n8n's source patterns). Needs `npm run build` first. Last line JSON:
// {"tarball": {"passed", "problems"}, "sources": {"passed", "problems"}, "packedKB", "files"}.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => process.stderr.write(`${line}\n`);

function pack(destination) {
	const result = spawnSync('npm', ['pack', '--json', '--pack-destination', destination], {
		cwd: root,
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`npm pack failed: ${result.stderr}`);
	const [packed] = JSON.parse(result.stdout);
	const unpacked = path.join(destination, 'package');
	const tar = spawnSync('tar', [
		'-xzf',
		path.join(destination, packed.filename),
		'-C',
		destination,
	]);
	if (tar.status !== 0) throw new Error(`tar could not unpack ${packed.filename}: ${tar.stderr}`);
	return { unpacked, sizeKB: Math.round(packed.size / 1024), files: packed.entryCount };
}

/** The scanner's own analysis; its report lists every violation when there is one. */
async function scan(directory, patterns) {
	const result = await analyzePackage(directory, patterns);
	if (result.details) say(result.details);
	if (!result.passed) say(result.message);
	return { passed: result.passed, problems: problemCount(result.details) };
}

/** ESLint's stylish summary line ("✖ 3 problems (2 errors, 1 warning)"), or 0 when the scan passed. */
function problemCount(details) {
	if (!details) return 0;
	const summary = details.split('\n').find((line) => line.includes('problem'));
	return summary
		? Number.parseInt(
				summary
					.replace(/[^0-9 ]/g, ' ')
					.trim()
					.split(' ')[0],
				10,
			)
		: 0;
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-desk-scan-'));
try {
	if (!fs.existsSync(path.join(root, 'dist')))
		throw new Error('dist/ is missing: run npm run build first');
	say('packing the package…');
	const packed = pack(scratch);
	say(`scanning the tarball (${packed.files} files, ${packed.sizeKB} KB)…`);
	const tarball = await scan(packed.unpacked);
	say('scanning the sources…');
	const sources = await scan(root, SOURCE_FILE_PATTERNS);
	process.stdout.write(
		`${JSON.stringify({ tarball, sources, packedKB: packed.sizeKB, files: packed.files })}\n`,
	);
	process.exitCode = tarball.passed && sources.passed ? 0 : 1;
} catch (error) {
	say(`scan failed: ${error.message}`);
	process.exitCode = 2;
} finally {
	fs.rmSync(scratch, { recursive: true, force: true });
}

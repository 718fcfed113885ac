const path = require('node:path');
const { task, src, dest } = require('gulp');

// tsc emits only JavaScript; n8n loads node and credential icons from next to the built files.
function copyIcons() {
	const nodeIcons = src('nodes/**/*.{png,svg}').pipe(dest(path.resolve('dist', 'nodes')));
	const credentialIcons = src('credentials/**/*.{png,svg}').pipe(
		dest(path.resolve('dist', 'credentials')),
	);
	return Promise.all([streamDone(nodeIcons), streamDone(credentialIcons)]);
}

function streamDone(stream) {
	return new Promise((resolve, reject) =>
		stream.on('finish', resolve).on('end', resolve).on('error', reject),
	);
}

task('build:icons', copyIcons);

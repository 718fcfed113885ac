'use strict';
const fs = require('node:fs');

/** The last lines of a log file, or '' when there is none (shown when the queue-mode run fails). */
function tail(file, lines = 25) {
	if (!file || !fs.existsSync(file)) return '';
	return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

module.exports = { tail };

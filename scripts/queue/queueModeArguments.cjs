'use strict';
// The queue-mode run's command line: `--requests N --serial-calls N --concurrent-calls N --burst-chunks N`.

function parseQueueModeArguments(argv) {
	const options = { requests: 200, serialCalls: 30, concurrentCalls: 20, burstChunks: 4 };
	const flags = {
		'--requests': 'requests',
		'--serial-calls': 'serialCalls',
		'--concurrent-calls': 'concurrentCalls',
		'--burst-chunks': 'burstChunks',
	};
	for (let index = 0; index < argv.length; index++) {
		const key = flags[argv[index]];
		const value = Number(argv[index + 1]);
		if (!key)
			throw new Error(`unknown option ${argv[index]} (known: ${Object.keys(flags).join(', ')})`);
		if (!Number.isInteger(value) || value < 2 || value > 5000)
			throw new Error(`${argv[index]} needs an integer from 2 to 5000`);
		options[key] = value;
		index++;
	}
	return options;
}

module.exports = { parseQueueModeArguments };

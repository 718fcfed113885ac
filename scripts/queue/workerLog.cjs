'use strict';
// Which worker ran which execution: each worker logs "Worker started/finished execution <id> (job <n>)".
const fs = require('node:fs');

function executionIdsIn(logFile, verb) {
	const pattern = new RegExp(`Worker ${verb} execution (\\d+) \\(job`, 'g');
	const text = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
	return new Set(Array.from(text.matchAll(pattern), (match) => match[1]));
}

/** Execution ids each worker started and finished, by worker name. */
function executionsByWorker(workers) {
	return Object.fromEntries(
		workers.map((worker) => [
			worker.name,
			{
				started: executionIdsIn(worker.logFile, 'started'),
				finished: executionIdsIn(worker.logFile, 'finished'),
			},
		]),
	);
}

/** Splits execution ids among workers by their logs; an id claimed by two workers or none is reported. */
function attribute(executionIds, workers) {
	const byWorker = executionsByWorker(workers);
	const counts = Object.fromEntries(workers.map((worker) => [worker.name, 0]));
	const unclaimed = [];
	const claimedTwice = [];
	const unfinished = [];
	for (const id of executionIds) {
		const owners = workers.filter((worker) => byWorker[worker.name].started.has(id));
		if (owners.length === 0) unclaimed.push(id);
		if (owners.length > 1) claimedTwice.push(id);
		for (const owner of owners) {
			counts[owner.name]++;
			if (!byWorker[owner.name].finished.has(id)) unfinished.push(id);
		}
	}
	return { counts, unclaimed, claimedTwice, unfinished };
}

module.exports = { attribute };

'use strict';
// One chain of Detect Crisis calls for brand acme, each after the previous execution settled, and what it
// left behind: the answers, the stored state after each call, the executions and which worker ran them.
const { postJson, postJsonWhenRegistered } = require('./postJson.cjs');
const { settledExecutionsOf } = require('./executionRecords.cjs');
const { attribute } = require('./workerLog.cjs');
const { baselineMentions, burstChunks } = require('./detectMentions.cjs');

const eventsOf = (answer) =>
	(Array.isArray(answer.json) ? answer.json : []).filter(
		(item) => item && typeof item.state === 'string',
	);

/** The baseline call, then the burst in chunks, each after the previous execution settled; then a replay of the burst. */
async function runChain({
	cluster,
	postgres,
	log,
	url,
	workflowId,
	prefix,
	chunks,
	storedSeenIds,
}) {
	const before = new Set((await settledExecutionsOf(postgres, workflowId)).map((row) => row.id));
	log(
		`detect (${workflowId}): one chain for brand acme, baseline then ${chunks} burst calls, each after the previous finished …`,
	);
	const batches = [baselineMentions(prefix), ...burstChunks(prefix, chunks, 10)];
	const answers = [];
	const storedAfter = [];
	for (const [index, mentions] of batches.entries()) {
		answers.push(
			index === 0
				? await postJsonWhenRegistered(url, { mentions })
				: await postJson(url, { mentions }),
		);
		await settledExecutionsOf(postgres, workflowId);
		storedAfter.push(await storedSeenIds());
	}
	const rows = (await settledExecutionsOf(postgres, workflowId)).filter(
		(row) => !before.has(row.id),
	);
	const attribution = attribute(
		rows.map((row) => row.id),
		cluster.workers,
	);
	const replay = await postJson(url, { mentions: batches.slice(1).flat() });
	await settledExecutionsOf(postgres, workflowId);
	const cumulative = batches.map((_, index) =>
		batches.slice(0, index + 1).reduce((sum, batch) => sum + batch.length, 0),
	);
	return {
		batches,
		answers,
		storedAfter,
		rows,
		attribution,
		replay,
		cumulative,
		opened: answers.flatMap(eventsOf).filter((event) => event.state === 'opened'),
		reopened: eventsOf(replay).filter((event) => event.state === 'opened'),
	};
}

module.exports = { eventsOf, runChain };

'use strict';
// Mention Fetch's de-duplication (n8n's checkProcessedAndRecord, stored in PostgreSQL) seen from a
// queue of two workers: serial calls with overlapping result windows must return every mention exactly
// once even though consecutive calls land on different workers; truly concurrent calls race inside
// n8n's helper (read, then write, no lock), which this run measures instead of hiding.
const { postJson, postJsonWhenRegistered } = require('./postJson.cjs');
const { settledExecutionsOf } = require('./executionRecords.cjs');
const { attribute } = require('./workerLog.cjs');

const WORKFLOW_ID = 'CrisisDeskQueueFetch';
const WINDOW = 20;
const STEP = 10;

const range = (from, length) => Array.from({ length }, (_, index) => from + index);
const idsOf = (answer) =>
	(Array.isArray(answer.json) ? answer.json : [])
		.map((item) => item && item.id)
		.filter((id) => typeof id === 'string');
const hnId = (n) => `hackernews:${n}`;

function tally(answers) {
	const returned = new Map();
	for (const answer of answers)
		for (const id of idsOf(answer)) returned.set(id, (returned.get(id) ?? 0) + 1);
	return returned;
}

async function runFetchDedupe({
	cluster,
	postgres,
	standIn,
	checks,
	log,
	serialCalls,
	concurrentCalls,
}) {
	const url = `${cluster.baseUrl}/webhook/crisis-desk-queue/fetch`;
	const before = new Set((await settledExecutionsOf(postgres, WORKFLOW_ID)).map((row) => row.id));

	// Serial: call k sees ids [k·STEP, k·STEP+WINDOW), half of them already returned by call k-1.
	log(`fetch: ${serialCalls} serial calls, overlapping windows of ${WINDOW} …`);
	const serialAnswers = [];
	const serialWrong = [];
	for (let call = 0; call < serialCalls; call++) {
		const term = `serial${call}`;
		standIn.assign(term, range(call * STEP, WINDOW));
		const answer =
			call === 0 ? await postJsonWhenRegistered(url, { term }) : await postJson(url, { term });
		serialAnswers.push(answer);
		const expected = (
			call === 0 ? range(0, WINDOW) : range(call * STEP + (WINDOW - STEP), STEP)
		).map(hnId);
		const got = idsOf(answer);
		if (
			answer.status !== 200 ||
			JSON.stringify(got.slice().sort()) !== JSON.stringify(expected.slice().sort())
		) {
			serialWrong.push(
				`call ${call}: status ${answer.status}, got ${got.length} ids (${got.slice(0, 4).join(', ')}…), expected ${expected.length}`,
			);
		}
	}
	const serialRows = (await settledExecutionsOf(postgres, WORKFLOW_ID)).filter(
		(row) => !before.has(row.id),
	);
	const serialReturned = tally(serialAnswers);
	const serialDistinct = (serialCalls - 1) * STEP + WINDOW;
	checks.expect(
		`fetch serial: each of ${serialDistinct} mentions returned exactly once over ${serialCalls} calls`,
		serialWrong.length === 0 &&
			serialReturned.size === serialDistinct &&
			[...serialReturned.values()].every((n) => n === 1),
		`${serialWrong.length} calls wrong (${serialWrong.slice(0, 2).join('; ')}); ${serialReturned.size} distinct returned`,
	);
	const serialAttribution = attribute(
		serialRows.map((row) => row.id),
		cluster.workers,
	);
	checks.expect(
		'fetch serial: calls ran on both workers, each execution on one',
		serialRows.length === serialCalls &&
			serialAttribution.unclaimed.length === 0 &&
			serialAttribution.claimedTwice.length === 0 &&
			Object.values(serialAttribution.counts).every((n) => n > 0),
		`${serialRows.length} executions, per worker ${JSON.stringify(serialAttribution.counts)}, unclaimed ${serialAttribution.unclaimed.length}`,
	);

	// Concurrent: all calls at once over fresh overlapping windows, then one serial sweep over the whole range.
	const base = 100000;
	const concurrentRange = range(base, (concurrentCalls - 1) * STEP + WINDOW);
	for (let call = 0; call < concurrentCalls; call++)
		standIn.assign(`burst${call}`, range(base + call * STEP, WINDOW));
	standIn.assign('sweep', concurrentRange);
	log(
		`fetch: ${concurrentCalls} concurrent calls over ${concurrentRange.length} fresh mentions, then one serial sweep …`,
	);
	const concurrentAnswers = await Promise.all(
		range(0, concurrentCalls).map((call) =>
			postJson(url, { term: `burst${call}` }).catch((error) => ({
				status: 0,
				json: String(error),
			})),
		),
	);
	const sweep = await postJson(url, { term: 'sweep' });
	const concurrentReturned = tally(concurrentAnswers);
	const sweepIds = idsOf(sweep);
	const everReturned = new Set([...concurrentReturned.keys(), ...sweepIds]);
	const lost = concurrentRange.map(hnId).filter((id) => !everReturned.has(id));
	const failedCalls = concurrentAnswers.filter((answer) => answer.status !== 200).length;
	const duplicatesInBurst = [...concurrentReturned.values()].reduce((sum, n) => sum + (n - 1), 0);
	const reReturnedBySweep = sweepIds.filter((id) => concurrentReturned.has(id)).length;
	checks.expect(
		'fetch concurrent: no mention lost (each returned by a call or by the sweep after it)',
		lost.length === 0 && sweep.status === 200,
		`${lost.length} never returned (e.g. ${lost.slice(0, 3).join(', ')}); sweep status ${sweep.status}`,
	);
	const repeat = await postJson(url, { term: 'sweep' });
	checks.expect(
		'fetch: a second sweep over the same mentions returns none (all recorded in PostgreSQL)',
		repeat.status === 200 && idsOf(repeat).length === 0,
		`status ${repeat.status}, ${idsOf(repeat).length} returned again`,
	);
	return {
		serial: { calls: serialCalls, mentions: serialDistinct, byWorker: serialAttribution.counts },
		concurrent: {
			calls: concurrentCalls,
			mentions: concurrentRange.length,
			failedCalls,
			returnedByCalls: [...concurrentReturned.values()].reduce((sum, n) => sum + n, 0),
			duplicatesAcrossConcurrentCalls: duplicatesInBurst,
			returnedAgainBySweep: reReturnedBySweep,
			returnedFirstBySweep: sweepIds.length - reReturnedBySweep,
		},
	};
}

module.exports = { runFetchDedupe };

'use strict';
// Detect Crisis keeps its detector (baseline, open incidents) in the workflow's static data, which n8n
// loads when an execution is created and writes back when it ends. Serialised executions — one chain per
// brand, each call after the previous finished — open an incident exactly once even when consecutive
// executions run on different workers. Truly concurrent executions of the same workflow each start from
// the same saved state and the last write wins; this run measures that race on a second copy.
const { postJson, postJsonWhenRegistered } = require('./postJson.cjs');
const { settledExecutionsOf } = require('./executionRecords.cjs');
const { attribute } = require('./workerLog.cjs');

const MINUTE = 60000;
const CALM = ['Ordered from acme again today', 'acme app update looks nice', 'Anyone tried the new acme store?'];
const COMPLAINTS = [
	'acme lost my package and support does not answer',
	'still waiting for my acme refund, this is a scam',
	'acme charged me twice and nobody replies',
	'my acme order never arrived, worst service ever',
	'acme delivery is a disaster, cancelling everything',
];

function mention(id, minutesAgo, text) {
	return {
		id: `demo:${id}`,
		source: 'demo',
		text,
		createdAt: new Date(Date.now() - minutesAgo * MINUTE).toISOString(),
		author: { handle: `user_${id}`, followers: 100 },
		engagement: { likes: 0, replies: 0, shares: 0 },
		tagged: false,
		query: 'acme',
	};
}

const baseline = (prefix) => Array.from({ length: 60 }, (_, index) => mention(`${prefix}calm${index}`, 355 - index * 5.5, CALM[index % CALM.length]));
const burstChunks = (prefix, chunks, size) =>
	Array.from({ length: chunks }, (_, chunk) =>
		Array.from({ length: size }, (_, offset) => {
			const index = chunk * size + offset;
			return mention(`${prefix}burst${index}`, 9 - index * 0.2, `${COMPLAINTS[index % COMPLAINTS.length]} #${index}`);
		}),
	);
const eventsOf = (answer) => (Array.isArray(answer.json) ? answer.json : []).filter((item) => item && typeof item.state === 'string');

async function runDetectIncident({ cluster, postgres, checks, log, serialPath, serialWorkflowId, racePath, chunks }) {
	// Serialised: the supported pattern.
	const serialUrl = `${cluster.baseUrl}/webhook/${serialPath}`;
	const before = new Set((await settledExecutionsOf(postgres, serialWorkflowId)).map((row) => row.id));
	log(`detect: serialised chain, baseline then ${chunks} burst calls, one after another …`);
	const first = await postJsonWhenRegistered(serialUrl, { mentions: baseline('s') });
	const serialAnswers = [first];
	for (const chunk of burstChunks('s', chunks, 10)) serialAnswers.push(await postJson(serialUrl, { mentions: chunk }));
	const serialEvents = serialAnswers.flatMap(eventsOf);
	const opened = serialEvents.filter((event) => event.state === 'opened');
	checks.expect(
		'detect serialised: every call answered',
		serialAnswers.every((answer) => answer.status === 200),
		serialAnswers.map((answer) => `${answer.status} ${JSON.stringify(answer.json).slice(0, 160)}`).join(' | '),
	);
	checks.expect('detect serialised: the baseline opens nothing', eventsOf(first).length === 0, JSON.stringify(eventsOf(first)).slice(0, 300));
	checks.expect(
		'detect serialised: the burst opens exactly one incident',
		opened.length === 1 && opened[0].brand === 'acme',
		`${opened.length} opened: ${JSON.stringify(serialEvents.map((event) => [event.state, event.incident, event.level])).slice(0, 300)}`,
	);
	const serialRows = (await settledExecutionsOf(postgres, serialWorkflowId)).filter((row) => !before.has(row.id));
	const serialAttribution = attribute(serialRows.map((row) => row.id), cluster.workers);
	checks.expect(
		'detect serialised: the chain ran on both workers (state travelled through PostgreSQL)',
		serialRows.length === chunks + 1 && Object.values(serialAttribution.counts).every((n) => n > 0),
		`${serialRows.length} executions, per worker ${JSON.stringify(serialAttribution.counts)}`,
	);
	const repeat = await postJson(serialUrl, { mentions: burstChunks('s', chunks, 10).flat() });
	checks.expect(
		'detect serialised: replaying the whole burst opens nothing new',
		repeat.status === 200 && eventsOf(repeat).filter((event) => event.state === 'opened').length === 0,
		`status ${repeat.status}: ${JSON.stringify(eventsOf(repeat)).slice(0, 300)}`,
	);

	// Concurrent: the same burst, all chunks at once, on a fresh copy of the workflow.
	const raceUrl = `${cluster.baseUrl}/webhook/${racePath}`;
	const raceBaseline = await postJsonWhenRegistered(raceUrl, { mentions: baseline('r') });
	log(`detect: race copy, baseline then ${chunks} burst calls at once …`);
	const raceAnswers = await Promise.all(burstChunks('r', chunks, 10).map((chunk) => postJson(raceUrl, { mentions: chunk })));
	const raceOpened = raceAnswers.flatMap(eventsOf).filter((event) => event.state === 'opened');
	checks.expect(
		'detect concurrent: every call answered',
		raceBaseline.status === 200 && raceAnswers.every((answer) => answer.status === 200),
		[raceBaseline, ...raceAnswers].map((answer) => answer.status).join(','),
	);
	return {
		serialised: { calls: serialAnswers.length, opened: opened.length, byWorker: serialAttribution.counts },
		concurrent: { calls: raceAnswers.length, opened: raceOpened.length, incidents: [...new Set(raceOpened.map((event) => event.incident))].length },
	};
}

module.exports = { runDetectIncident };

'use strict';
// The Webhook intake template under load: many concurrent POSTs, each must get its own score back,
// and n8n's records must show exactly one successful execution per POST, run by the workers.
const path = require('node:path');
const { postJson, postJsonWhenRegistered } = require('./postJson.cjs');
const { settledExecutionsOf } = require('./executionRecords.cjs');
const { attribute } = require('./workerLog.cjs');

const WORKFLOW_ID = 'CrisisDeskIntake';
/** The warm-up call's case number, outside the load's 0..count-1. */
const WARM_UP_CASE = 1_000_000;
const TEXTS = [
	'This is a scam, they took my money and never delivered. I am calling my lawyer!',
	'Love the new acme app, checkout was quick and easy',
	'acme support has not answered in three days, still waiting for my refund',
	'Paramı iade etmediler, rezalet bir hizmet, avukatıma gidiyorum',
	'Siparişim zamanında geldi, teşekkürler acme',
	'my acme order arrived broken and nobody replies to my emails',
	'acme charged me twice, this is fraud',
	'Is acme open on Sunday?',
];

function mentionFor(index) {
	return {
		text: `${TEXTS[index % TEXTS.length]} (case ${index})`,
		author: { handle: `intake_user_${index}`, followers: (index * 7919) % 60000 },
		createdAt: new Date(Date.now() - (index % 50) * 60000).toISOString(),
		tagged: index % 3 === 0,
	};
}

/** The scoring core exactly as the workers loaded it: the copy installed in the main process's user folder. */
function referenceScorer(mainFolder) {
	const core = path.join(
		mainFolder,
		'.n8n',
		'nodes',
		'node_modules',
		'n8n-nodes-crisis-desk',
		'dist',
		'nodes',
		'core',
		'scoring',
		'createScorer.js',
	);
	return require(core).createScorer();
}

async function runIntakeLoad({ cluster, postgres, checks, log, count }) {
	const url = `${cluster.baseUrl}/webhook/crisis-desk/intake`;
	const warmUp = await postJsonWhenRegistered(url, mentionFor(WARM_UP_CASE));
	checks.expect(
		'intake webhook answers once registered',
		warmUp.status === 200,
		`status ${warmUp.status}: ${JSON.stringify(warmUp.json).slice(0, 300)}`,
	);
	const before = new Set((await settledExecutionsOf(postgres, WORKFLOW_ID)).map((row) => row.id));

	const score = referenceScorer(cluster.mainFolder);
	const mentions = Array.from({ length: count }, (_, index) => mentionFor(index));
	log(`intake: ${count} concurrent POSTs to ${url} …`);
	const started = Date.now();
	const answers = await Promise.all(
		mentions.map((mention) =>
			postJson(url, mention).catch((error) => ({ status: 0, json: String(error) })),
		),
	);
	const seconds = (Date.now() - started) / 1000;
	log(`intake: ${count} answers in ${seconds.toFixed(1)} s`);

	const wrong = [];
	answers.forEach((answer, index) => {
		const sent = mentions[index];
		const crisis = answer.json && answer.json.crisis;
		if (answer.status !== 200 || !crisis) {
			wrong.push(`#${index}: status ${answer.status} ${JSON.stringify(answer.json).slice(0, 200)}`);
			return;
		}
		const expected = score(
			{
				text: sent.text,
				createdAt: sent.createdAt,
				followers: sent.author.followers,
				tagged: sent.tagged,
			},
			new Date(),
		);
		const mismatch =
			answer.json.text !== sent.text
				? 'text of another request'
				: !(Number.isInteger(crisis.risk) && crisis.risk >= 0 && crisis.risk <= 100)
					? `risk ${crisis.risk}`
					: JSON.stringify(crisis.sentiment) !== JSON.stringify(expected.sentiment)
						? `sentiment ${JSON.stringify(crisis.sentiment)} ≠ ${JSON.stringify(expected.sentiment)}`
						: JSON.stringify(crisis.categories) !== JSON.stringify(expected.categories)
							? `categories ${JSON.stringify(crisis.categories)} ≠ ${JSON.stringify(expected.categories)}`
							: Math.abs(crisis.risk - expected.risk) > 2
								? `risk ${crisis.risk}, scoring core says ${expected.risk}`
								: undefined;
		if (mismatch) wrong.push(`#${index}: ${mismatch}`);
	});
	checks.expect(
		`intake: ${count} answers, each with its own score`,
		wrong.length === 0,
		`${wrong.length} wrong, e.g. ${wrong.slice(0, 3).join('; ')}`,
	);

	const rows = (await settledExecutionsOf(postgres, WORKFLOW_ID)).filter(
		(row) => !before.has(row.id),
	);
	const succeeded = rows.filter((row) => row.status === 'success');
	checks.expect(
		`intake: exactly ${count} new executions, all successful`,
		rows.length === count && succeeded.length === count,
		`${rows.length} new executions, ${succeeded.length} successful; statuses ${JSON.stringify(countBy(rows, 'status'))}`,
	);
	const attribution = attribute(
		rows.map((row) => row.id),
		cluster.workers,
	);
	checks.expect(
		'intake: every execution ran on exactly one worker and finished there',
		attribution.unclaimed.length === 0 &&
			attribution.claimedTwice.length === 0 &&
			attribution.unfinished.length === 0,
		`unclaimed ${attribution.unclaimed.length}, on two workers ${attribution.claimedTwice.length}, unfinished ${attribution.unfinished.length}`,
	);
	checks.expect(
		'intake: both workers took part',
		Object.values(attribution.counts).every((n) => n > 0),
		`per worker ${JSON.stringify(attribution.counts)}`,
	);
	return {
		requests: count,
		seconds: Number(seconds.toFixed(2)),
		requestsPerSecond: Number((count / seconds).toFixed(1)),
		executions: rows.length,
		byWorker: attribution.counts,
		distinctRisks: new Set(
			answers.map((answer) => answer.json && answer.json.crisis && answer.json.crisis.risk),
		).size,
	};
}

function countBy(rows, field) {
	const counts = {};
	for (const row of rows) counts[row[field]] = (counts[row[field]] ?? 0) + 1;
	return counts;
}

module.exports = { runIntakeLoad };

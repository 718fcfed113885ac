'use strict';
// The checks every Detect Crisis chain must pass: it ran, spread over the workers, and opened its incident once.
const { eventsOf } = require('./detectChain.cjs');

function expectChainRan(checks, label, chain) {
	checks.expect(
		`${label}: every call of the chain answered`,
		chain.answers.every((answer) => answer.status === 200) && chain.replay.status === 200,
		[...chain.answers, chain.replay]
			.map((answer) => `${answer.status} ${JSON.stringify(answer.json).slice(0, 160)}`)
			.join(' | '),
	);
	const { attribution, rows, batches } = chain;
	checks.expect(
		`${label}: the chain ran on both workers, each execution on one`,
		rows.length === batches.length &&
			attribution.unclaimed.length === 0 &&
			attribution.claimedTwice.length === 0 &&
			Object.values(attribution.counts).every((n) => n > 0),
		`${rows.length} executions, per worker ${JSON.stringify(attribution.counts)}, unclaimed ${attribution.unclaimed.length}`,
	);
}

function expectIncidentOnce(checks, label, chain) {
	checks.expect(
		`${label}: the baseline opens nothing`,
		eventsOf(chain.answers[0]).length === 0,
		JSON.stringify(eventsOf(chain.answers[0])).slice(0, 300),
	);
	checks.expect(
		`${label}: the burst, spread over serialised calls, opens exactly one incident`,
		chain.opened.length === 1 && chain.opened[0].brand === 'acme',
		`${chain.opened.length} opened: ${JSON.stringify(chain.answers.flatMap(eventsOf).map((event) => [event.state, event.incident])).slice(0, 300)}`,
	);
	checks.expect(
		`${label}: replaying the whole burst opens nothing new`,
		chain.reopened.length === 0,
		JSON.stringify(eventsOf(chain.replay)).slice(0, 300),
	);
}

module.exports = { expectChainRan, expectIncidentOnce };

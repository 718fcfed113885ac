'use strict';
// The n8n limitations the queue-mode figures show, named in its summary (they are not failures of ours).

/** The known limitations that the measured figures ran into. */
function knownLimitationsOf(figures) {
	const knownLimitations = [];
	if (
		figures.mentionFetch &&
		figures.mentionFetch.concurrent.duplicatesAcrossConcurrentCalls +
			figures.mentionFetch.concurrent.returnedAgainBySweep >
			0
	) {
		knownLimitations.push(
			'Mention Fetch de-duplication (n8n checkProcessedAndRecord) is read-then-write without a lock: concurrent executions of one workflow return some mentions twice; serialise them',
		);
	}
	if (figures.detectCrisis && !figures.detectCrisis.staticDataCarriesAcrossQueueExecutions) {
		knownLimitations.push(
			'n8n queue-mode workers start each new execution with empty static data and overwrite the stored copy: Detect Crisis with State Storage "Workflow Static Data" cannot keep its baseline or open incidents once across queued executions (use State Storage "Data Table")',
		);
	}
	return knownLimitations;
}

module.exports = { knownLimitationsOf };

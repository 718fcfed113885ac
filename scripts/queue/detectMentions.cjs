'use strict';
// The mentions the Detect Crisis chains post for brand acme: a calm baseline over the last six hours, then a
// burst of complaints in the last ten minutes, split into chunks.

const MINUTE = 60000;
const CALM = [
	'Ordered from acme again today',
	'acme app update looks nice',
	'Anyone tried the new acme store?',
];
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

const baselineMentions = (prefix) =>
	Array.from({ length: 60 }, (_, index) =>
		mention(`${prefix}calm${index}`, 355 - index * 5.5, CALM[index % CALM.length]),
	);
const burstChunks = (prefix, chunks, size) =>
	Array.from({ length: chunks }, (_, chunk) =>
		Array.from({ length: size }, (_, offset) => {
			const index = chunk * size + offset;
			return mention(
				`${prefix}burst${index}`,
				9 - index * 0.2,
				`${COMPLAINTS[index % COMPLAINTS.length]} #${index}`,
			);
		}),
	);

module.exports = { baselineMentions, burstChunks };

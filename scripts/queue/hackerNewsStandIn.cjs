'use strict';
// A loopback stand-in for Hacker News' Algolia search API (`/api/v1/search_by_date`), so Mention Fetch
// runs its real adapter in the workers. Each search term is served the hits the test assigned to it,
// which lets concurrent executions see overlapping mention sets chosen in advance.
const http = require('node:http');

const EPOCH_SECONDS = Math.floor(Date.now() / 1000);

function hit(id, term) {
	return {
		objectID: String(id),
		author: `hn_user_${id % 97}`,
		created_at_i: EPOCH_SECONDS - id,
		comment_text: `${term}: acme checkout keeps failing for me, mention number ${id}`,
		story_id: 1,
		parent_id: 1,
		points: id % 7,
	};
}

/**
 * Starts the stand-in on 127.0.0.1:port. `assign(term, ids)` sets what a search for `term` returns
 * (newest first, Algolia-style pages); requests counts every search served.
 */
function startHackerNewsStandIn(port) {
	const windows = new Map();
	const stats = { requests: 0, unknownTerms: 0 };
	const server = http.createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		if (url.pathname !== '/api/v1/search_by_date') {
			response.writeHead(404, { 'content-type': 'application/json' });
			response.end(JSON.stringify({ message: 'not found' }));
			return;
		}
		stats.requests++;
		const term = url.searchParams.get('query') ?? '';
		const ids = windows.get(term);
		if (!ids) stats.unknownTerms++;
		const all = (ids ?? []).slice().sort((a, b) => a - b);
		const hitsPerPage = Math.max(
			1,
			Math.min(1000, Number(url.searchParams.get('hitsPerPage')) || 20),
		);
		const page = Math.max(0, Number(url.searchParams.get('page')) || 0);
		const hits = all.slice(page * hitsPerPage, (page + 1) * hitsPerPage).map((id) => hit(id, term));
		response.writeHead(200, { 'content-type': 'application/json' });
		response.end(
			JSON.stringify({
				hits,
				nbHits: all.length,
				page,
				nbPages: Math.ceil(all.length / hitsPerPage),
				hitsPerPage,
			}),
		);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () =>
			resolve({
				baseUrl: `http://127.0.0.1:${port}`,
				stats,
				assign(term, ids) {
					windows.set(term, ids);
				},
				close: () => new Promise((done) => server.close(() => done())),
			}),
		);
	});
}

module.exports = { startHackerNewsStandIn };

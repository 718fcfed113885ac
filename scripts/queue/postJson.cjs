'use strict';

/** POSTs JSON on loopback and returns status and parsed body (text when it is not JSON). */
async function postJson(url, body, timeoutMs = 120000) {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
		signal: AbortSignal.timeout(timeoutMs),
	});
	const text = await response.text();
	try {
		return { status: response.status, json: JSON.parse(text) };
	} catch {
		return { status: response.status, json: text };
	}
}

/** The first call after start-up may meet a webhook that is not registered yet: retry 404s a bounded number of times. */
async function postJsonWhenRegistered(url, body, attempts = 40) {
	for (let attempt = 1; ; attempt++) {
		const answer = await postJson(url, body).catch((error) => ({ status: 0, json: String(error) }));
		if ((answer.status !== 404 && answer.status !== 0) || attempt >= attempts) return answer;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

module.exports = { postJson, postJsonWhenRegistered };

'use strict';
// n8n's REST API as the editor uses it, logged in as the owner: for what a user sets up by hand in the
// editor before a workflow can run (here, a data table).

async function loginToN8n(baseUrl, owner) {
	const login = await fetch(`${baseUrl}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
	});
	if (!login.ok)
		throw new Error(`n8n login as ${owner.email} failed: ${login.status} ${await login.text()}`);
	const cookie = (login.headers.get('set-cookie') || '').split(';')[0];
	return {
		async call(method, path, body) {
			const response = await fetch(`${baseUrl}/rest${path}`, {
				method,
				headers: { 'content-type': 'application/json', cookie, 'browser-id': 'crisis-desk-queue' },
				body: body === undefined ? undefined : JSON.stringify(body),
			});
			const text = await response.text();
			if (!response.ok)
				throw new Error(`${method} /rest${path} → ${response.status}: ${text.slice(0, 300)}`);
			return JSON.parse(text).data;
		},
	};
}

module.exports = { loginToN8n };

import fs from 'node:fs';
import path from 'node:path';

import { isSocketError, requestN8n } from './n8nHttp';
import { type Instance, instance } from './n8nInstance';
import { N8nRest } from './n8nRest';

// n8n allows five logins per minute for one e-mail address; the template suites share one session per
// instance (by its port) instead.
function sessionFile(target: Instance): string {
	return path.join(
		__dirname,
		'..',
		'..',
		'..',
		'.cache',
		'e2e',
		`owner-session-${target.port}.json`,
	);
}

interface StoredSession {
	port: number;
	cookie: string;
}

function restWithCookie(target: Instance, cookie: string): N8nRest {
	// N8nRest's constructor is private to keep callers on login(); the stored cookie is a login's result.
	return Reflect.construct(N8nRest, [target.baseUrl, cookie]) as N8nRest;
}

async function stillValid(target: Instance, session: StoredSession): Promise<boolean> {
	const { port, baseUrl } = target;
	if (session.port !== port) return false;
	try {
		const response = await requestN8n(`${baseUrl}/rest/login`, {
			headers: { cookie: session.cookie, 'browser-id': 'crisis-desk-e2e' },
		});
		return response.ok;
	} catch {
		return false;
	}
}

/**
 * A login is a POST, which requestN8n does not repeat; logging in twice only makes a second session, so a
 * login whose connection broke (n8n busy under load) is tried again, up to three times.
 */
async function loginWithRetry(target: Instance): Promise<N8nRest> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await N8nRest.login(target);
		} catch (error) {
			if (!isSocketError(error) || attempt >= 3) throw error;
			await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
		}
	}
}

/** The owner's REST session on an instance (the suite-wide one unless told): logged in once, reused by every suite. */
export async function ownerRest(target: Instance = instance()): Promise<N8nRest> {
	const file = sessionFile(target);
	if (fs.existsSync(file)) {
		const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as StoredSession;
		if (await stillValid(target, stored)) return restWithCookie(target, stored.cookie);
	}
	const rest = await loginWithRetry(target);
	const cookie = (rest as unknown as { cookie: string }).cookie;
	fs.writeFileSync(file, JSON.stringify({ port: target.port, cookie } satisfies StoredSession));
	return rest;
}

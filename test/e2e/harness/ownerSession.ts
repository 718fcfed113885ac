import fs from 'node:fs';
import path from 'node:path';

import { isSocketError, requestN8n } from './n8nHttp';
import { instance } from './n8nInstance';
import { N8nRest } from './n8nRest';

// n8n allows five logins per minute for one e-mail address; the template suites share one session instead.
const SESSION_FILE = path.join(__dirname, '..', '..', '..', '.cache', 'e2e', 'owner-session.json');

interface StoredSession {
	port: number;
	cookie: string;
}

function restWithCookie(cookie: string): N8nRest {
	// N8nRest's constructor is private to keep callers on login(); the stored cookie is a login's result.
	return Reflect.construct(N8nRest, [instance().baseUrl, cookie]) as N8nRest;
}

async function stillValid(session: StoredSession): Promise<boolean> {
	const { port, baseUrl } = instance();
	if (session.port !== port) return false;
	try {
		const response = await requestN8n(`${baseUrl}/rest/login`, { headers: { cookie: session.cookie, 'browser-id': 'crisis-desk-e2e' } });
		return response.ok;
	} catch {
		return false;
	}
}

/**
 * A login is a POST, which requestN8n does not repeat; logging in twice only makes a second session, so a
 * login whose connection broke (n8n busy under load) is tried again, up to three times.
 */
async function loginWithRetry(): Promise<N8nRest> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await N8nRest.login();
		} catch (error) {
			if (!isSocketError(error) || attempt >= 3) throw error;
			await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
		}
	}
}

/** The owner's REST session for this e2e run: logged in once, reused by every template suite. */
export async function ownerRest(): Promise<N8nRest> {
	if (fs.existsSync(SESSION_FILE)) {
		const stored = JSON.parse(fs.readFileSync(SESSION_FILE, 'utf8')) as StoredSession;
		if (await stillValid(stored)) return restWithCookie(stored.cookie);
	}
	const rest = await loginWithRetry();
	const cookie = (rest as unknown as { cookie: string }).cookie;
	fs.writeFileSync(SESSION_FILE, JSON.stringify({ port: instance().port, cookie } satisfies StoredSession));
	return rest;
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { isSocketError, requestN8n } from './n8nHttp';

/**
 * A loopback server that drops the connection of the first request it receives without answering, the
 * way a request sent on a socket n8n closed for idleness fails, and answers every later one.
 */
async function serverDroppingFirstRequest() {
	const seen: Array<{ method: string; connection: string | undefined }> = [];
	const server = http.createServer((request, response) => {
		seen.push({ method: request.method ?? '', connection: request.headers.connection });
		if (seen.length === 1) {
			request.socket.destroy();
			return;
		}
		response.end('answered');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rest/executions`;
	return { url, seen, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('requestN8n: e2e requests that survive a closed socket', () => {
	it('plain fetch fails on a dropped connection (what broke the Quick Start CLI test on a slow machine)', async () => {
		const server = await serverDroppingFirstRequest();
		try {
			const failure = await fetch(server.url).then(
				() => undefined,
				(error: unknown) => error,
			);
			expect(isSocketError(failure)).toBe(true);
		} finally {
			await server.close();
		}
	});

	it('sends a repeatable request once more on a fresh connection', async () => {
		const server = await serverDroppingFirstRequest();
		try {
			const response = await requestN8n(server.url, { headers: { cookie: 'n8n-auth=x' } });
			expect(await response.text()).toBe('answered');
			expect(server.seen).toEqual([
				{ method: 'GET', connection: 'close' },
				{ method: 'GET', connection: 'close' },
			]);
		} finally {
			await server.close();
		}
	});

	it('does not send a POST twice: n8n may have acted on it', async () => {
		const server = await serverDroppingFirstRequest();
		try {
			await expect(requestN8n(server.url, { method: 'POST', body: '{}' })).rejects.toThrow(
				'fetch failed',
			);
			expect(server.seen).toEqual([{ method: 'POST', connection: 'close' }]);
		} finally {
			await server.close();
		}
	});

	it('leaves other errors alone', () => {
		expect(isSocketError(new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } }))).toBe(
			false,
		);
		expect(isSocketError(new Error('other side closed'))).toBe(false);
		expect(
			isSocketError(
				Object.assign(new TypeError('fetch failed'), { cause: { code: 'UND_ERR_SOCKET' } }),
			),
		).toBe(true);
	});
});

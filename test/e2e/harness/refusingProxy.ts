import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP(S) proxy on 127.0.0.1 that forwards nothing: every request and CONNECT tunnel is answered 403,
 * and the host it was for is recorded. n8n's outbound HTTP and npm honour HTTP(S)_PROXY, so pointing them
 * here keeps an n8n under test from reaching any address but loopback (NO_PROXY lists 127.0.0.1) while
 * showing what it tried to reach (n8n asks api.n8n.io about a package before installing it).
 */
export class RefusingProxy {
	readonly refusedHosts: string[] = [];
	private readonly server = http.createServer((request, response) => {
		this.refusedHosts.push(new URL(request.url ?? '/', 'http://unknown').host);
		response.writeHead(403, { connection: 'close' }).end();
	});

	private constructor() {
		this.server.on('connect', (request: http.IncomingMessage, socket) => {
			this.refusedHosts.push(request.url ?? '');
			// The client may drop the tunnel first; that is no error of the test's.
			socket.on('error', () => undefined);
			socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\n\r\n');
		});
	}

	static async start(): Promise<RefusingProxy> {
		const proxy = new RefusingProxy();
		await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
		return proxy;
	}

	get url(): string {
		return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	/** The environment that sends a process's outbound HTTP here, except to loopback. */
	env(): Record<string, string> {
		return {
			HTTP_PROXY: this.url,
			HTTPS_PROXY: this.url,
			http_proxy: this.url,
			https_proxy: this.url,
			NO_PROXY: '127.0.0.1,localhost',
			no_proxy: '127.0.0.1,localhost',
		};
	}

	async stop(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}
}

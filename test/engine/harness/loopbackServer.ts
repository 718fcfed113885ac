import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
	method: string;
	path: string;
	query: URLSearchParams;
	headers: http.IncomingHttpHeaders;
	body: string;
}

export interface Reply {
	status?: number;
	headers?: Record<string, string>;
	body?: unknown;
}

export type Route = (request: RecordedRequest) => Reply | undefined;

/**
 * A real HTTP server on 127.0.0.1 that stands in for a social API: it answers with the API's documented
 * response shapes (test fixtures) and records what the node sent.
 */
export class LoopbackServer {
	readonly requests: RecordedRequest[] = [];
	private readonly server: http.Server;
	private readonly routes: Route[] = [];

	private constructor() {
		this.server = http.createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				const url = new URL(req.url ?? '/', 'http://127.0.0.1');
				const recorded: RecordedRequest = {
					method: req.method ?? 'GET',
					path: url.pathname,
					query: url.searchParams,
					headers: req.headers,
					body: Buffer.concat(chunks).toString('utf8'),
				};
				this.requests.push(recorded);
				let reply: Reply | undefined;
				for (const route of this.routes) {
					reply = route(recorded);
					if (reply) break;
				}
				reply ??= {
					status: 404,
					body: { error: `no route for ${recorded.method} ${recorded.path}` },
				};
				const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
				res.writeHead(reply.status ?? 200, {
					'content-type': typeof reply.body === 'string' ? 'text/plain' : 'application/json',
					...reply.headers,
				});
				res.end(body);
			});
		});
	}

	static async start(): Promise<LoopbackServer> {
		const server = new LoopbackServer();
		await new Promise<void>((resolve) => server.server.listen(0, '127.0.0.1', resolve));
		return server;
	}

	get url(): string {
		return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	/** Routes are tried newest first, so a test can put a one-off answer in front of the defaults. */
	route(route: Route): void {
		this.routes.unshift(route);
	}

	/** Answers the next matching request once, then steps aside. */
	once(match: (request: RecordedRequest) => boolean, reply: Reply): void {
		let used = false;
		this.route((request) => {
			if (used || !match(request)) return undefined;
			used = true;
			return reply;
		});
	}

	reset(): void {
		this.requests.length = 0;
		this.routes.length = 0;
	}

	async stop(): Promise<void> {
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}
}

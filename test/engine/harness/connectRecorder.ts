import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/** An HTTPS proxy on 127.0.0.1 that records which host each tunnel asks for and refuses it: nothing leaves the machine. */
export class ConnectRecorder {
	readonly tunnels: string[] = [];

	private constructor(private readonly server: http.Server) {
		server.on('connect', (request: http.IncomingMessage, socket: Duplex) => {
			this.tunnels.push(request.url ?? '');
			socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
		});
	}

	static async start(): Promise<ConnectRecorder> {
		const server = http.createServer((_request, response) => response.writeHead(403).end());
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		return new ConnectRecorder(server);
	}

	get url(): string {
		return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	async stop(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}
}

import net from 'node:net';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { choosePorts, portInUse } = require('../../../scripts/startup/ports.cjs') as {
	choosePorts(
		env: Record<string, string | undefined>,
	): Promise<{ editor: number; broker: number; brokerPicked: boolean }>;
	portInUse(port: number): Promise<boolean>;
};

/** A loopback listener that accepts connections and never answers, like a program that is not n8n. */
async function listen(): Promise<{ port: number; close(): Promise<void> }> {
	const server = net.createServer((socket) => socket.on('error', () => undefined));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as net.AddressInfo;
	return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function freePort(): Promise<number> {
	const listener = await listen();
	await listener.close();
	return listener.port;
}

describe('the ports npm start gives n8n', () => {
	let busy: { port: number; close(): Promise<void> };
	beforeEach(async () => {
		busy = await listen();
	});
	afterEach(async () => busy.close());

	it('sees a port someone listens on as taken, and a closed one as free', async () => {
		expect(await portInUse(busy.port)).toBe(true);
		expect(await portInUse(await freePort())).toBe(false);
	});

	it('refuses a busy N8N_PORT at once, naming the port, the variable and a free one to set', async () => {
		const refusal = choosePorts({ N8N_PORT: String(busy.port) });
		await expect(refusal).rejects.toThrow(
			`Port ${busy.port} on 127.0.0.1 is already in use (N8N_PORT)`,
		);
		const message = await refusal.then(
			() => '',
			(error: Error) => error.message,
		);
		const suggested = Number(/N8N_PORT=(\d+) npm start$/.exec(message)?.[1]);
		expect(await portInUse(suggested)).toBe(false);
	});

	it('picks a free broker port of its own unless N8N_RUNNERS_BROKER_PORT is set', async () => {
		const editor = await freePort();
		const picked = await choosePorts({ N8N_PORT: String(editor) });
		expect(picked).toMatchObject({ editor, brokerPicked: true });
		expect(picked.broker).not.toBe(5679);
		expect(picked.broker).not.toBe(editor);
		const broker = await freePort();
		expect(
			await choosePorts({ N8N_PORT: String(editor), N8N_RUNNERS_BROKER_PORT: String(broker) }),
		).toEqual({ editor, broker, brokerPicked: false });
	});

	it('refuses a busy N8N_RUNNERS_BROKER_PORT and values that are not ports', async () => {
		const editor = await freePort();
		await expect(
			choosePorts({ N8N_PORT: String(editor), N8N_RUNNERS_BROKER_PORT: String(busy.port) }),
		).rejects.toThrow(
			`Port ${busy.port} on 127.0.0.1 is already in use (N8N_RUNNERS_BROKER_PORT, n8n's task-runner broker)`,
		);
		await expect(choosePorts({ N8N_PORT: 'eighty' })).rejects.toThrow(
			'N8N_PORT="eighty" is not a port number (1–65535).',
		);
		await expect(
			choosePorts({ N8N_PORT: String(editor), N8N_RUNNERS_BROKER_PORT: '70000' }),
		).rejects.toThrow('N8N_RUNNERS_BROKER_PORT="70000" is not a port number');
	});
});

import { LoopbackServer } from '../../engine/harness/loopbackServer';

export interface ChatMessage {
	text: string;
	blocks: Array<{
		type: string;
		text?: { type: string; text: string };
		elements?: Array<{ text: string }>;
	}>;
}

/** A Slack-style incoming webhook on loopback: takes a JSON POST, answers a plain "ok" like Slack does. */
export class ChatStandIn {
	private constructor(private readonly server: LoopbackServer) {}

	static async start(): Promise<ChatStandIn> {
		const server = await LoopbackServer.start();
		server.route((request) =>
			request.method === 'POST' && request.path === '/hook' ? { body: 'ok' } : undefined,
		);
		return new ChatStandIn(server);
	}

	get url(): string {
		return `${this.server.url}/hook`;
	}

	get messages(): ChatMessage[] {
		return this.server.requests
			.filter((request) => request.path === '/hook')
			.map((request) => JSON.parse(request.body) as ChatMessage);
	}

	/** Every text the message shows: its fallback text and each block's. */
	static blockTexts(message: ChatMessage): string[] {
		return message.blocks
			.flatMap((block) => [
				block.text?.text ?? '',
				...(block.elements ?? []).map((element) => element.text),
			])
			.filter(Boolean);
	}

	async stop(): Promise<void> {
		await this.server.stop();
	}
}

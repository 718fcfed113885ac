import { LoopbackServer } from '../../engine/harness/loopbackServer';

export interface ChatCompletionRequest {
	model: string;
	messages: Array<{ role: string; content: string }>;
	stream?: boolean;
	authorization: string | undefined;
}

/** The assistant's text for one chat-completions request (1-based call number). */
export type ChatScript = (request: ChatCompletionRequest, call: number) => string;

function completion(text: string, model: string): object {
	return {
		id: 'chatcmpl-standin',
		object: 'chat.completion',
		created: 1_700_000_000,
		model,
		choices: [
			{
				index: 0,
				message: { role: 'assistant', content: text },
				logprobs: null,
				finish_reason: 'stop',
			},
		],
		usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
	};
}

/** The same answer as server-sent events, for a client that asks to stream. */
function completionEvents(text: string, model: string): string {
	const chunk = (delta: object, finish: string | null) =>
		`data: ${JSON.stringify({ id: 'chatcmpl-standin', object: 'chat.completion.chunk', created: 1_700_000_000, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
	return `${chunk({ role: 'assistant', content: text }, null)}${chunk({}, 'stop')}data: [DONE]\n\n`;
}

/**
 * OpenAI's chat-completions API on loopback (`POST /v1/chat/completions`), answering from a script and
 * keeping every request, so a test can check what n8n's OpenAI Chat Model node sent.
 */
export class OpenAiStandIn {
	private constructor(private readonly server: LoopbackServer) {}

	static async start(script: ChatScript): Promise<OpenAiStandIn> {
		const server = await LoopbackServer.start();
		const standIn = new OpenAiStandIn(server);
		server.route((request) => {
			if (request.method !== 'POST' || request.path !== '/v1/chat/completions') return undefined;
			const body = JSON.parse(request.body) as Omit<ChatCompletionRequest, 'authorization'>;
			const text = script(
				{ ...body, authorization: request.headers.authorization },
				standIn.requests.length,
			);
			return body.stream
				? {
						headers: { 'content-type': 'text/event-stream' },
						body: completionEvents(text, body.model),
					}
				: { body: completion(text, body.model) };
		});
		return standIn;
	}

	/** The base URL to give the OpenAI credential. */
	get baseUrl(): string {
		return `${this.server.url}/v1`;
	}

	get requests(): ChatCompletionRequest[] {
		return this.server.requests
			.filter((request) => request.method === 'POST' && request.path === '/v1/chat/completions')
			.map((request) => ({
				...(JSON.parse(request.body) as Omit<ChatCompletionRequest, 'authorization'>),
				authorization: request.headers.authorization,
			}));
	}

	/** Every request the server got, any path (to see that nothing else was asked). */
	get paths(): string[] {
		return this.server.requests.map((request) => `${request.method} ${request.path}`);
	}

	async stop(): Promise<void> {
		await this.server.stop();
	}
}

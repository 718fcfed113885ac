import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import type { AskModel } from '../../../core/modelReview/reviewMentions';

/**
 * What Crisis Score needs of the chat model n8n supplies on the Model input (a LangChain chat model):
 * `invoke` with messages and an abort signal. Read by shape, so no provider SDK or LangChain is bundled.
 */
interface ChatModelLike {
	invoke: (messages: Array<[string, string]>, options: { signal: AbortSignal }) => Promise<unknown>;
}

function isChatModel(value: unknown): value is ChatModelLike {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as { invoke?: unknown }).invoke === 'function'
	);
}

/** The text of a chat model's answer: its `content`, a string or a list of parts of which the text ones count. */
function answerText(answer: unknown): unknown {
	if (typeof answer === 'string') return answer;
	const content = (answer as { content?: unknown } | null)?.content;
	if (typeof content === 'string') return content;
	if (!Array.isArray(content)) return undefined;
	let text = '';
	for (const part of content) {
		if (typeof part === 'string') text += part;
		else if (
			(part as { type?: unknown })?.type === 'text' &&
			typeof (part as { text?: unknown }).text === 'string'
		)
			text += (part as { text: string }).text;
	}
	return text;
}

/** The model connected to the Model input as the core's AskModel, or undefined when none is connected. */
export async function connectedChatModel(
	context: IExecuteFunctions,
): Promise<AskModel | undefined> {
	const model = await context.getInputConnectionData(NodeConnectionTypes.AiLanguageModel, 0);
	if (model === undefined || model === null) return undefined;
	if (!isChatModel(model)) {
		throw new NodeOperationError(
			context.getNode(),
			'The node on the Model input is not a chat model',
			{
				description:
					'Connect a chat model sub-node (OpenAI Chat Model, Anthropic Chat Model, Ollama Chat Model…) to the Model input.',
			},
		);
	}
	return async (messages, signal) =>
		answerText(
			await model.invoke(
				[
					['system', messages.system],
					['human', messages.user],
				],
				{ signal },
			),
		);
}

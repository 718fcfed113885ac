import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import type { INodeType, ISupplyDataFunctions, SupplyData } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

export interface ModelCall {
	system: string;
	user: string;
}

/** What the scripted model answers to a call (the user message, 1-based call number), or throws. */
export type ModelScript = (
	user: string,
	call: number,
	signal: AbortSignal | undefined,
) => Promise<string> | string;

/**
 * A LangChain chat model (the class n8n's chat-model sub-nodes supply) that answers from a script and
 * records each call's messages. `invoke` with a signal behaves as in n8n: LangChain rejects when it aborts.
 */
export class ScriptedChatModel extends BaseChatModel {
	readonly calls: ModelCall[] = [];

	constructor(private readonly script: ModelScript) {
		super({});
	}

	_llmType(): string {
		return 'scripted';
	}

	async _generate(
		messages: BaseMessage[],
		options: this['ParsedCallOptions'],
	): Promise<ChatResult> {
		const [system, user] = messages.map((message) =>
			typeof message.content === 'string' ? message.content : JSON.stringify(message.content),
		);
		this.calls.push({ system, user });
		const text = await this.script(user, this.calls.length, options.signal);
		return { generations: [{ text, message: new AIMessage(text) }] };
	}
}

export const SCRIPTED_MODEL_TYPE = 'test.scriptedChatModel';

/** A chat-model sub-node as n8n's are made: no main input, an ai_languageModel output, supplyData giving the model. */
export function scriptedModelNodeType(model: BaseChatModel): INodeType {
	return {
		description: {
			displayName: 'Scripted Chat Model',
			name: 'scriptedChatModel',
			group: ['transform'],
			version: 1,
			description: 'A chat model answering from a test script',
			defaults: { name: 'Scripted Chat Model' },
			inputs: [],
			outputs: [NodeConnectionTypes.AiLanguageModel],
			properties: [],
		},
		async supplyData(this: ISupplyDataFunctions): Promise<SupplyData> {
			return { response: model };
		},
	};
}

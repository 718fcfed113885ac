import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { advancePoll, nextPollSince, readPollState } from '../../core/sources/pollCursor';
import { withCommonOptions } from '../mentionSource/descriptions/commonOptions';
import { sourceCredentials } from '../mentionSource/descriptions/sourceCredentials';
import { sourceProperties } from '../mentionSource/descriptions/sourceProperties';
import { searchSource } from '../mentionSource/searchSource';
import { toNodeError } from '../../nodeErrors/toNodeError';
import { refuseUnsupportedN8n } from '../../supportedN8n/refuseUnsupportedN8n';

// Before the class: on an n8n older than the package supports, loading stops here with a message n8n logs.
refuseUnsupportedN8n();

export class MentionTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mention Trigger',
		name: 'mentionTrigger',
		icon: { light: 'file:mentionTrigger.svg', dark: 'file:mentionTrigger.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"New mentions: " + $parameter["source"]}}',
		description: 'Starts the workflow when new brand mentions appear on a social source (polling)',
		defaults: { name: 'Mention Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: sourceCredentials,
		properties: [
			{
				displayName:
					"Only new mentions are emitted: the cursor and recently seen IDs live in this workflow's static data, which n8n saves only for an active (published) workflow. A manual test run returns the latest few mentions as a sample.",
				name: 'notice',
				type: 'notice',
				default: '',
			},
			...sourceProperties,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: withCommonOptions([
					{
						displayName: 'Backfill Hours',
						name: 'backfillHours',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: 0,
						description:
							'On the first poll after activation, also emit mentions from the last N hours (0: only mentions from now on)',
					},
					{
						displayName: 'Remembered IDs',
						name: 'maxSeen',
						type: 'number',
						typeOptions: { minValue: 100 },
						default: 5000,
						description: 'How many recent mention IDs to remember so none is emitted twice',
					},
				]),
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const now = new Date();
		try {
			if (this.getMode() === 'manual') {
				const sample = await searchSource(this, 0, options, {
					since: new Date(now.getTime() - 24 * 3_600_000),
					limit: 5,
				});
				return sample.mentions.length > 0
					? [sample.mentions.map((mention) => ({ json: mention as unknown as IDataObject }))]
					: null;
			}
			const staticData = this.getWorkflowStaticData('node');
			const pollOptions = {
				now,
				maxSeen: options.maxSeen as number | undefined,
				backfillHours: options.backfillHours as number | undefined,
			};
			const result = await searchSource(this, 0, options, {
				since: nextPollSince(staticData.poll, pollOptions),
				sinceId: readPollState(staticData.poll)?.sinceId,
			});
			const outcome = advancePoll(staticData.poll, result.mentions, result.cursor, pollOptions);
			staticData.poll = outcome.state as unknown as IDataObject;
			for (const notice of [...result.notices, ...outcome.notices]) {
				this.logger.info(`Mention Trigger: ${notice}`);
			}
			if (outcome.newMentions.length === 0) return null;
			return [outcome.newMentions.map((mention) => ({ json: mention as unknown as IDataObject }))];
		} catch (error) {
			throw toNodeError(this.getNode(), error);
		}
	}
}

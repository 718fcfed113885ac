import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { withCommonOptions } from '../mentionSource/descriptions/commonOptions';
import { sourceCredentials } from '../mentionSource/descriptions/sourceCredentials';
import { sourceProperties } from '../mentionSource/descriptions/sourceProperties';
import { searchSource } from '../mentionSource/searchSource';
import { failedItem } from '../../nodeErrors/failedItems';
import { refuseUnsupportedN8n } from '../../supportedN8n/refuseUnsupportedN8n';

// Before the class: on an n8n older than the package supports, loading stops here with a message n8n logs.
refuseUnsupportedN8n();

export class MentionFetch implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Mention Fetch',
		name: 'mentionFetch',
		icon: { light: 'file:mentionFetch.svg', dark: 'file:mentionFetch.dark.svg' },
		group: ['input'],
		version: 1,
		subtitle:
			'={{$parameter["source"] + ": " + ($parameter["keywords"] || $parameter["handles"] || "")}}',
		description:
			'Fetches brand mentions from social sources (tagged or not), normalised to one Mention shape and de-duplicated',
		defaults: { name: 'Mention Fetch' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: sourceCredentials,
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Search',
						value: 'search',
						description: 'Search the source for mentions of the keywords and handles',
						action: 'Search mentions',
					},
				],
				default: 'search',
			},
			...sourceProperties,
			{
				displayName: 'Since (Hours Ago)',
				name: 'sinceHours',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 24,
				description:
					'Only mentions from the last N hours; 0 means no time limit (Demo: the scenario told as one story up to now)',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: withCommonOptions([
					{
						displayName: 'Skip Mentions Seen Before',
						name: 'deduplicate',
						type: 'boolean',
						default: true,
						description:
							"Whether to drop mentions an earlier execution of this node already returned (remembered in n8n's database)",
					},
					{
						displayName: 'History Size',
						name: 'historySize',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 10000,
						description:
							'How many mention IDs to remember for skipping; the oldest are forgotten first',
					},
				]),
			},
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const output: INodeExecutionData[] = [];
		const notices = new Set<string>();
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			try {
				const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
				const sinceHours = this.getNodeParameter('sinceHours', itemIndex, 24) as number;
				const since = sinceHours > 0 ? new Date(Date.now() - sinceHours * 3_600_000) : undefined;
				const result = await searchSource(this, itemIndex, options, { since });
				let mentions = result.mentions;
				if (options.deduplicate !== false && mentions.length > 0) {
					const outcome = await this.helpers.checkProcessedAndRecord(
						mentions.map((mention) => mention.id),
						'node',
						{ mode: 'entries', maxEntries: (options.historySize as number | undefined) ?? 10000 },
					);
					const fresh = new Set(outcome.new.map(String));
					mentions = mentions.filter((mention) => fresh.has(mention.id));
				}
				for (const skipped of result.skipped) {
					this.logger.warn(`Mention Fetch skipped item ${skipped.index}: ${skipped.reason}`);
				}
				for (const notice of result.notices) {
					this.logger.info(`Mention Fetch: ${notice}`);
					notices.add(notice);
				}
				for (const mention of mentions) {
					output.push({ json: mention as unknown as IDataObject, pairedItem: { item: itemIndex } });
				}
			} catch (error) {
				output.push(failedItem(this, items, itemIndex, error));
			}
		}
		// Notices (a cap reached, posts read on X, an empty feed explained) are shown above the output too.
		if (notices.size > 0) {
			this.addExecutionHints(
				...[...notices].map((message) => ({
					message,
					type: 'info' as const,
					location: 'outputPane' as const,
				})),
			);
		}
		return [output];
	}
}

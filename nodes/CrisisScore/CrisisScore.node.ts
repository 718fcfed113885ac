import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { detectorSettingsProperties } from './actions/detectCrisis/detectorSettingsProperties';
import { stateStorageProperties } from './actions/detectCrisis/stateStorageProperties';
import { router } from './actions/router';
import { configuredOutputs } from './configuredOutputs';
import { fieldMappingProperty } from './descriptions/fieldMapping';
import { modelReviewProperty } from './descriptions/modelReview';
import { operationProperty } from './descriptions/operation';
import { outputProperty } from './descriptions/output';
import { scoringProperties } from './descriptions/scoring';
import { refuseUnsupportedN8n } from '../supportedN8n/refuseUnsupportedN8n';

// Before the class: on an n8n older than the package supports, loading stops here with a message n8n logs.
refuseUnsupportedN8n();

export class CrisisScore implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Crisis Score',
		name: 'crisisScore',
		icon: { light: 'file:crisisScore.svg', dark: 'file:crisisScore.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] === "detect" ? "Detect Crisis" : "Score Mentions"}}',
		description:
			'Scores brand mentions for crisis risk (EN/TR sentiment, complaint categories, reach) and detects volume spikes and slow burns',
		defaults: { name: 'Crisis Score' },
		usableAsTool: true,
		// An optional chat model reviews the mentions the lexicon is unsure about (see Model Review).
		inputs: [
			NodeConnectionTypes.Main,
			{
				displayName: 'Model',
				type: NodeConnectionTypes.AiLanguageModel,
				maxConnections: 1,
				required: false,
			},
		],
		outputs: `={{(${configuredOutputs})($parameter)}}`,
		// The editor's order: Detect Crisis's storage first, its detector settings after the Output choice.
		properties: [
			operationProperty,
			...stateStorageProperties,
			outputProperty,
			...detectorSettingsProperties,
			...scoringProperties,
			fieldMappingProperty,
			modelReviewProperty,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}

import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { FieldError, readPath, toScoringInput } from '../core/mention/fieldMapping';
import type { RiskLevel } from '../core/scoring/CrisisScore';
import { createScorer } from '../core/scoring/createScorer';
import { crisisScoreProperties } from './crisisScoreProperties';
import { readFieldMapping, readScoringSettings } from './readSettings';
import { detectCrisisForBatch } from './detectCrisisForBatch';
import { openDetectorStateStore } from './detectorStateStore';
import { readVolumeCount } from './readVolumeCount';
import { refuseUnsupportedN8n } from '../supportedN8n/refuseUnsupportedN8n';

const LEVEL_OUTPUTS: RiskLevel[] = ['critical', 'high', 'medium', 'low'];

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
		inputs: [NodeConnectionTypes.Main],
		// Data Table storage adds a last output carrying the detector state to a Data Table upsert.
		outputs: `={{ ($parameter["routing"] === "single" ? ["main"] : [{ "type": "main", "displayName": "Critical" }, { "type": "main", "displayName": "High" }, { "type": "main", "displayName": "Medium" }, { "type": "main", "displayName": "Low" }]).concat($parameter["operation"] === "detect" && $parameter["stateStorage"] === "dataTable" ? [{ "type": "main", "displayName": "Detector State" }] : []) }}`,
		properties: crisisScoreProperties,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const operation = this.getNodeParameter('operation', 0) as 'score' | 'detect';
		const routing = this.getNodeParameter('routing', 0) as 'byLevel' | 'single';
		const outputs: INodeExecutionData[][] =
			routing === 'single' ? [[]] : LEVEL_OUTPUTS.map(() => []);
		const emit = (item: INodeExecutionData, level: RiskLevel | undefined) => {
			const index = routing === 'single' || level === undefined ? 0 : LEVEL_OUTPUTS.indexOf(level);
			outputs[index].push(item);
		};

		let scorer: ReturnType<typeof createScorer>;
		try {
			scorer = createScorer(readScoringSettings(this));
		} catch (error) {
			throw new NodeOperationError(this.getNode(), (error as Error).message, {
				description: 'Check the node settings (thresholds from 0 to 100, in increasing order).',
			});
		}
		const mapping = readFieldMapping(this);
		const now = new Date();
		const scored: Array<{ index: number; data: IDataObject }> = [];

		const volumeField = operation === 'detect' ? (this.getNodeParameter('volumeField', 0, '') as string).trim() : '';

		for (let index = 0; index < items.length; index++) {
			try {
				if (volumeField) {
					readVolumeCount(items[index].json, volumeField);
					// A volume row without text is counted, not scored.
					const text = readPath(items[index].json, mapping.text);
					if (text === undefined || text === null || text === '') {
						scored.push({ index, data: { ...items[index].json } });
						continue;
					}
				}
				const crisis = scorer(toScoringInput(items[index].json, mapping), now);
				const scoredJson = { ...items[index].json, crisis } as unknown as IDataObject;
				scored.push({ index, data: scoredJson });
				if (operation === 'score') emit({ json: scoredJson, pairedItem: { item: index } }, crisis.level);
			} catch (error) {
				const message =
					error instanceof FieldError
						? `${error.message} (item ${index})`
						: `Could not score item ${index}: ${(error as Error).message}`;
				if (this.continueOnFail()) {
					emit({ json: { ...items[index].json, error: message }, pairedItem: { item: index } }, undefined);
					continue;
				}
				throw new NodeOperationError(this.getNode(), message, {
					itemIndex: index,
					description:
						error instanceof FieldError
							? 'Map the right field under Field Mapping, or fix the item upstream.'
							: undefined,
				});
			}
		}

		if (operation === 'detect') {
			const detection = detectCrisisForBatch(this, scored, now, openDetectorStateStore(this));
			for (const event of detection.events) emit(event.item, event.level);
			if (detection.stateItems) outputs.push(detection.stateItems);
		}
		return outputs;
	}
}

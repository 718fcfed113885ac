import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { readPath } from '../../../core/mention/fieldMapping';
import { detectCrises } from '../../../core/detection/detectCrises';
import type { DetectorSettings } from '../../../core/detection/DetectorSettings';
import type { Observation } from '../../../core/detection/Observation';
import type { CrisisScore, RiskLevel } from '../../../core/scoring/CrisisScore';
import type { ScoredItem } from '../scoreItems';
import type { DetectorStateStore } from './stateStore/DetectorStateStore';

export interface DetectionOutput {
	events: Array<{ item: INodeExecutionData; level: RiskLevel }>;
	/** Items of the Detector State output, when the state storage has one. */
	stateItems: INodeExecutionData[] | undefined;
}

/**
 * Runs the batch through the detector whose state the store keeps between executions (static data or
 * a data table row), and turns incidents into items.
 */
export function detectCrisisForBatch(
	context: IExecuteFunctions,
	scored: ScoredItem[],
	now: Date,
	store: DetectorStateStore,
): DetectionOutput {
	const brandField = context.getNodeParameter('brandField', 0, 'query') as string;
	const idField = context.getNodeParameter('idField', 0, 'id') as string;
	const detectionOptions = context.getNodeParameter(
		'detectionOptions',
		0,
		{},
	) as Partial<DetectorSettings>;
	const timestampField = (context.getNodeParameter('fieldMapping', 0, {}) as IDataObject).createdAt;
	const createdAtPath =
		typeof timestampField === 'string' && timestampField ? timestampField : 'createdAt';

	const volumeField = (context.getNodeParameter('volumeField', 0, '') as string).trim();

	const byId = new Map<string, ScoredItem>();
	const batch: Observation[] = scored.map((entry) => {
		const crisis = entry.data.crisis as unknown as CrisisScore | undefined;
		const brand = String(readPath(entry.data, brandField) ?? 'all');
		const createdAt = readPath(entry.data, createdAtPath);
		const at = typeof createdAt === 'string' ? createdAt : now.toISOString();
		// A volume row without an id is one interval of one brand: the same row fetched twice counts once.
		const fallbackId = volumeField ? `${brand}\n${at}` : `item-${entry.index}`;
		const id = String(readPath(entry.data, idField) ?? fallbackId);
		byId.set(id, entry);
		return {
			id,
			brand,
			createdAt: at,
			text: String(readPath(entry.data, 'text') ?? ''),
			negative: crisis?.sentiment.label === 'negative',
			risk: crisis?.risk,
			...(entry.data.createdAtEstimated === true ? { createdAtEstimated: true } : {}),
			...(volumeField ? { count: readPath(entry.data, volumeField) as number } : {}),
		};
	});

	const result = detectCrises(store.previous, batch, now, detectionOptions);
	for (const notice of [...store.notices, ...result.notices])
		context.logger.warn(`Crisis Score: ${notice}`);
	const wholeBatch =
		scored.length > 0 ? scored.map((entry) => ({ item: entry.index })) : [{ item: 0 }];
	const stateItems = store.save(result.state, wholeBatch);

	const events = result.events.map((event) => {
		const samples = event.sampleIds
			.map((id) => byId.get(id))
			.filter((entry): entry is ScoredItem => entry !== undefined);
		return {
			level: event.level,
			item: {
				json: {
					...event,
					samples: samples.map((entry) => entry.data),
				} as unknown as IDataObject,
				pairedItem:
					samples.length > 0 ? samples.map((entry) => ({ item: entry.index })) : { item: 0 },
			},
		};
	});
	return { events, stateItems };
}

import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { readPath } from '../core/mention/fieldMapping';
import { detectCrises } from '../core/detection/detectCrises';
import type { DetectorSettings } from '../core/detection/DetectorSettings';
import type { Observation } from '../core/detection/Observation';
import type { CrisisScore, RiskLevel } from '../core/scoring/CrisisScore';

interface ScoredItem {
	index: number;
	data: IDataObject;
}

/**
 * Runs the batch through the detector whose state lives in this node's static data (n8n's database,
 * so it survives restarts and is shared by queue-mode workers), and turns incidents into items.
 */
export function detectCrisisForBatch(
	context: IExecuteFunctions,
	scored: ScoredItem[],
	now: Date,
): Array<{ item: INodeExecutionData; level: RiskLevel }> {
	const brandField = context.getNodeParameter('brandField', 0, 'query') as string;
	const idField = context.getNodeParameter('idField', 0, 'id') as string;
	const detectionOptions = context.getNodeParameter('detectionOptions', 0, {}) as Partial<DetectorSettings>;
	const timestampField = (context.getNodeParameter('fieldMapping', 0, {}) as IDataObject).createdAt;
	const createdAtPath = typeof timestampField === 'string' && timestampField ? timestampField : 'createdAt';

	const byId = new Map<string, ScoredItem>();
	const batch: Observation[] = scored.map((entry) => {
		const crisis = entry.data.crisis as unknown as CrisisScore;
		const id = String(readPath(entry.data, idField) ?? `item-${entry.index}`);
		const createdAt = readPath(entry.data, createdAtPath);
		byId.set(id, entry);
		return {
			id,
			brand: String(readPath(entry.data, brandField) ?? 'all'),
			createdAt: typeof createdAt === 'string' ? createdAt : now.toISOString(),
			text: String(readPath(entry.data, 'text') ?? ''),
			negative: crisis.sentiment.label === 'negative',
			risk: crisis.risk,
		};
	});

	const staticData = context.getWorkflowStaticData('node');
	const result = detectCrises(staticData.detector, batch, now, detectionOptions);
	staticData.detector = result.state as unknown as IDataObject;
	for (const notice of result.notices) context.logger.warn(`Crisis Score: ${notice}`);

	return result.events.map((event) => {
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
				pairedItem: samples.length > 0 ? samples.map((entry) => ({ item: entry.index })) : { item: 0 },
			},
		};
	});
}

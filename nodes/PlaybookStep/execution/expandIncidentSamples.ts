import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

/** One entry of the batch a core step reads, and the input item it came from (for pairedItem). */
export interface BatchEntry {
	json: IDataObject;
	origin: number;
	/** Where inside the input item the entry was found, e.g. `samples[2]`; empty for the item itself. */
	path: string;
}

/**
 * Crisis Score's Detect Crisis emits an incident with its riskiest mentions under `samples`; a batch step
 * reads them as mentions of the incident, so Assess or Watch on the incident item alone has posts to
 * work with. A sample whose id is also an input item is read once.
 */
export function expandIncidentSamples(items: INodeExecutionData[]): BatchEntry[] {
	const batch: BatchEntry[] = items.map((item, origin) => ({ json: item.json, origin, path: '' }));
	const seen = new Set(
		items.map((item) => item.json.id).filter((id): id is string => typeof id === 'string'),
	);
	items.forEach((item, origin) => {
		const samples = item.json.samples;
		if (typeof item.json.incident !== 'string' || !Array.isArray(samples)) return;
		samples.forEach((sample, position) => {
			if (typeof sample !== 'object' || sample === null || Array.isArray(sample)) return;
			const id = (sample as IDataObject).id;
			if (typeof id === 'string') {
				if (seen.has(id)) return;
				seen.add(id);
			}
			batch.push({ json: sample as IDataObject, origin, path: `samples[${position}]` });
		});
	});
	return batch;
}

import { boolean, extend, list, number, object, text, type JsonSchema } from './JsonSchema';
import { anyMentionSchema } from './mentionSchema';

// What Crisis Score puts out (nodes/core/scoring/CrisisScore.ts, nodes/core/detection/IncidentEvent.ts).

const crisis = object(
	{
		risk: number,
		level: text,
		language: text,
		sentiment: object({ score: number, label: text }),
		categories: list(object({ name: text }, { matches: list(text) })),
		reach: number,
		reasons: list(text),
	},
	{ decidedBy: text, model: object({ isComplaint: boolean, isSarcasm: boolean }) },
);

/** Score: the input item with `crisis` beside its fields. */
export const scoredMentionSchema: JsonSchema = extend(anyMentionSchema, { crisis });

/** Detect Crisis: an incident event and the scored mentions it names in `sampleIds`. */
export const incidentEventSchema: JsonSchema = object({
	at: text,
	brand: text,
	level: text,
	state: text,
	incident: text,
	volume: number,
	baseline: number,
	negative: number,
	reasons: list(text),
	sampleIds: list(text),
	since: text,
	samples: list(scoredMentionSchema),
});

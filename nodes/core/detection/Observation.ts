/** One mention as the detector sees it: who it is about, when, and whether it complains. */
export interface Observation {
	/** Stable id; an id seen before is not counted again. */
	id: string;
	/** Brand or query the mention belongs to; the detector keeps one baseline per brand. */
	brand: string;
	/** ISO 8601; the mention is counted in the time bucket it was created in. */
	createdAt: string;
	/** Used to recognise reposts and near-duplicates; empty for volume rows. */
	text: string;
	/** The scorer labelled it negative (a complaint); for a volume row, all its mentions are. */
	negative: boolean;
	/** Mentions this observation stands for: 1 for a mention, the interval's count for a volume row. */
	count?: number;
	/** Risk 0–100 from the scorer; the riskiest mentions become the incident's samples. */
	risk?: number;
	/**
	 * The source gave no time of its own (`createdAtEstimated` on the mention): `createdAt` is a stand-in
	 * shared by many, so counting it would fake a burst. Left out of the volume, with a notice.
	 */
	createdAtEstimated?: boolean;
}

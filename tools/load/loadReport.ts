export interface LoadOptions {
	mentions: number;
	brands: number;
	pollMinutes: number;
}

export interface MemoryCheckpoint {
	/** Mentions processed when the checkpoint was taken. */
	mentions: number;
	/** Heap still in use after a full garbage collection, MB (undefined when GC cannot be forced). */
	retainedHeapMB?: number;
	/** Size of the detector state as n8n would store it (JSON), bytes. */
	stateBytes: number;
}

export interface LoadReport {
	mentions: number;
	polls: number;
	brands: number;
	simulatedDays: number;
	events: number;
	scoring: { mentionsPerSec: number; seconds: number };
	detector: { mentionsPerSec: number; pollsPerSec: number; seconds: number };
	generation: { seconds: number };
	memory: {
		peakRssMB: number;
		peakHeapUsedMB: number;
		checkpoints: MemoryCheckpoint[];
		/** Retained heap at the end minus at the first checkpoint after warm-up (20 % of the run), MB. */
		retainedHeapGrowthMB?: number;
		/** Largest stored detector state over the run, bytes. */
		maxStateBytes: number;
		/** Retained heap grew by less than 5 MB and the stored state by less than 10 % after warm-up. */
		flat: boolean;
	};
}

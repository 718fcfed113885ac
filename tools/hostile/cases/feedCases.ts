import { parseFeed } from '../../../nodes/core/sources/feedXml';
import { HOSTILE_FEEDS } from '../feedBodies';
import type { BenchCase } from './BenchCase';
import { jsonBytes } from './inputSize';

export function feedCases(): BenchCase[] {
	return HOSTILE_FEEDS.map((feed) => ({
		path: 'feed (parseFeed)',
		input: feed.name,
		prepare: (bytes) => {
			const xml = feed.make(bytes);
			return { bytes: jsonBytes(xml), run: () => parseFeed(xml) };
		},
	}));
}

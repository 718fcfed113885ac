import { htmlToText } from '../../../nodes/core/sources/htmlToText';
import { ALL_TEXTS } from '../hostileText';
import type { BenchCase } from './BenchCase';
import { jsonBytes } from './inputSize';

export function htmlCases(): BenchCase[] {
	return ALL_TEXTS.map((text) => ({
		path: 'htmlToText',
		input: text.name,
		prepare: (bytes) => {
			const html = text.make(bytes);
			return { bytes: jsonBytes(html), run: () => htmlToText(html) };
		},
	}));
}

import type { BenchCase } from './cases/BenchCase';
import { detectorCases } from './cases/detectorCases';
import { errorBodyCases } from './cases/errorBodyCases';
import { feedCases } from './cases/feedCases';
import { htmlCases } from './cases/htmlCases';
import { playbookCases } from './cases/playbookCases';
import { scorerCases } from './cases/scorerCases';
import { jsonSourceCases, rssCases } from './cases/sourceCases';

/** Every case, grouped by path in the order the table prints them. */
export function benchCases(): BenchCase[] {
	return [
		...htmlCases(),
		...feedCases(),
		...rssCases(),
		...jsonSourceCases(),
		...errorBodyCases(),
		...scorerCases(),
		...detectorCases(),
		...playbookCases(),
	];
}

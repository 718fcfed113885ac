import type { WorkflowResult } from './engine';
import { visibleText } from './visibleText';

/** The secret every credential test puts in its credential: it must never show in a run's items, errors or data. */
export const SECRET = 'SENTINEL-SECRET-123';

export function expectNoSecret(result: WorkflowResult, ...secrets: string[]): void {
	const text = visibleText(result);
	for (const secret of [SECRET, ...secrets]) expect(text).not.toContain(secret);
}

import { stableHash } from './stableHash';

/** Same incident (or, without one, same mention) → same case id, on every run and every worker. */
export function caseIdFor(kind: 'incident' | 'mention', id: string): string {
	return `CD-${stableHash(`${kind}:${id}`)}`;
}

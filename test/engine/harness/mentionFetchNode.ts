import type { INode } from 'n8n-workflow';

import { node } from './engine';

/** A Mention Fetch node wired to one credential, with the fixtures' 2025 dates inside the window. */
export function fetchNode(
	source: string,
	credentialType: string,
	parameters: Record<string, unknown> = {},
	extra: Partial<INode> = {},
): INode {
	return node(
		'Mention Fetch',
		'mentionFetch',
		{
			source,
			keywords: 'acme',
			sinceHours: 0,
			limit: 50,
			options: { deduplicate: false },
			...parameters,
		},
		{
			credentials: {
				[credentialType]: { id: `${credentialType}-1`, name: `${credentialType} (test)` },
			},
			...extra,
		},
	);
}

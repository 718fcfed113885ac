import type { INodeCredentialDescription } from 'n8n-workflow';

import { SOURCE_REGISTRY } from '../../../core/sources/sourceRegistry';

/**
 * Each credential type once, shown only for the sources that use it: Instagram and Facebook Pages
 * share the Meta Graph API credential, and a node may list a credential type only once. Every type is
 * this package's own (n8n verifies only packages whose nodes reuse no other package's credential); a
 * test checks the built nodes for it, since n8n's scanner reads only a literal list in the node file.
 */
export const sourceCredentials: INodeCredentialDescription[] = [
	...Object.values(SOURCE_REGISTRY)
		.reduce((sourcesByType, adapter) => {
			if (adapter.credentialType !== undefined) {
				sourcesByType.set(adapter.credentialType, [
					...(sourcesByType.get(adapter.credentialType) ?? []),
					adapter.name,
				]);
			}
			return sourcesByType;
		}, new Map<string, string[]>())
		.entries(),
].map(([name, sources]) => ({
	name,
	required: true,
	// Reddit may also be read without its credential (Authentication: None).
	displayOptions: {
		show: {
			source: sources,
			...(name === SOURCE_REGISTRY.reddit.credentialType
				? { redditAuthentication: ['oAuth2'] }
				: {}),
		},
	},
}));

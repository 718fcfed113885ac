import type { INodeCredentialDescription } from 'n8n-workflow';

import { SOURCE_REGISTRY } from '../core/sources/sourceRegistry';

/** Each credential-based source asks for its own credential, shown only when that source is picked. */
export const sourceCredentials: INodeCredentialDescription[] = Object.values(SOURCE_REGISTRY)
	.filter((adapter) => adapter.credentialType !== undefined)
	.map((adapter) => ({
		name: adapter.credentialType as string,
		required: true,
		displayOptions: { show: { source: [adapter.name] } },
	}));

import type { INodeProperties } from 'n8n-workflow';

import { SOURCE_REGISTRY } from '../../../core/sources/sourceRegistry';
import { DEFAULT_X_MAX_POSTS_READ, X_MIN_PAGE_SIZE } from '../../../core/sources/x';

/** Sources read only with their credential; Reddit may also be read without one (Authentication: None). */
const CREDENTIAL_ONLY_SOURCES = Object.values(SOURCE_REGISTRY)
	.filter((adapter) => adapter.credentialType !== undefined && adapter.name !== 'reddit')
	.map((adapter) => adapter.name);

/** Options both nodes share; node-specific ones are appended by each node. */
const commonOptions: INodeProperties[] = [
	{
		displayName: 'Base URL',
		name: 'baseUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://hn.algolia.com',
		description:
			'Overrides the public API address of a source read without a credential (a proxy or gateway; Reddit with Authentication: None). A request with a credential goes only to the address in its credential.',
		displayOptions: { hide: { '/source': CREDENTIAL_ONLY_SOURCES } },
	},
	{
		displayName: 'Include Raw',
		name: 'includeRaw',
		type: 'boolean',
		default: false,
		description: "Whether to keep the API's original item under raw (large)",
	},
	{
		displayName: 'Language',
		name: 'language',
		type: 'string',
		default: '',
		placeholder: 'e.g. en, tr',
		description:
			'Only mentions in this language (two-letter code) where the source tells the language',
	},
	{
		displayName: 'Max Posts Read',
		name: 'maxPostsRead',
		type: 'number',
		typeOptions: { minValue: X_MIN_PAGE_SIZE },
		default: DEFAULT_X_MAX_POSTS_READ,
		description: `X bills every post read: a run stops paging before reading more posts than this (at least ${X_MIN_PAGE_SIZE}, X's smallest page)`,
		displayOptions: { show: { '/source': ['x'] } },
	},
	{
		displayName: 'Max Requests',
		name: 'maxRequests',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 10,
		description: 'Hard cap of API requests per run; YouTube counts quota',
		displayOptions: { hide: { '/source': ['x'] } },
	},
];

/** The node's Options collection: the shared ones plus its own, alphabetical as the editor lists them. */
export function withCommonOptions(own: INodeProperties[]): INodeProperties[] {
	return [...commonOptions, ...own].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

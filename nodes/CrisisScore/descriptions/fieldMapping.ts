import type { INodeProperties } from 'n8n-workflow';

/** Which item fields the scorer (and the detector's timestamps) read, for both operations. */
export const fieldMappingProperty: INodeProperties = {
	displayName: 'Field Mapping',
	name: 'fieldMapping',
	type: 'collection',
	placeholder: 'Map a Field',
	default: {},
	description:
		'Which item fields hold the text, author and timestamp (dotted paths), so items from any source can be scored',
	options: [
		{
			displayName: 'Created At Field',
			name: 'createdAt',
			type: 'string',
			default: 'createdAt',
			description: 'ISO 8601 timestamp of the mention',
		},
		{
			displayName: 'Followers Field',
			name: 'followers',
			type: 'string',
			default: 'author.followers',
			description: 'Author follower count',
		},
		{
			displayName: 'Language Field',
			name: 'language',
			type: 'string',
			default: 'language',
			description: 'Language code (en, tr); overrides detection per item',
		},
		{
			displayName: 'Likes Field',
			name: 'likes',
			type: 'string',
			default: 'engagement.likes',
		},
		{
			displayName: 'Rating Field',
			name: 'rating',
			type: 'string',
			default: 'rating',
			description: 'Star rating 1–5, e.g. an App Store review',
		},
		{
			displayName: 'Replies Field',
			name: 'replies',
			type: 'string',
			default: 'engagement.replies',
		},
		{
			displayName: 'Shares Field',
			name: 'shares',
			type: 'string',
			default: 'engagement.shares',
			description: 'Reposts, retweets, boosts',
		},
		{
			displayName: 'Tagged Field',
			name: 'tagged',
			type: 'string',
			default: 'tagged',
			description: 'Boolean: the brand account was addressed',
		},
		{
			displayName: 'Text Field',
			name: 'text',
			type: 'string',
			default: 'text',
			description: 'The mention text (required on every item)',
		},
		{
			displayName: 'Verified Field',
			name: 'verified',
			type: 'string',
			default: 'author.verified',
			description: 'Boolean: the author is verified',
		},
	],
};

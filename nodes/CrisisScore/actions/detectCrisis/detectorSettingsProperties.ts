import type { INodeProperties } from 'n8n-workflow';

/** What Detect Crisis counts (brand, volume, identity of a mention) and when it opens, escalates and resolves. */
export const detectorSettingsProperties: INodeProperties[] = [
	{
		displayName: 'Brand Field',
		name: 'brandField',
		type: 'string',
		default: 'query',
		description:
			'Item field that names the brand or query a mention belongs to; each gets its own baseline. Dotted path, e.g. "query" or "meta.brand".',
		displayOptions: { show: { operation: ['detect'] } },
	},
	{
		displayName: 'Volume Field',
		name: 'volumeField',
		type: 'string',
		default: '',
		placeholder: 'e.g. count',
		description:
			'Item field with a number of mentions per interval, for volume exports from listening tools and dashboards (one item = that many mentions at its timestamp; text optional). Empty: each item is one mention.',
		displayOptions: { show: { operation: ['detect'] } },
	},
	{
		displayName: 'ID Field',
		name: 'idField',
		type: 'string',
		default: 'id',
		description: 'Item field with a stable mention ID, so a mention seen twice is counted once',
		displayOptions: { show: { operation: ['detect'] } },
	},
	{
		displayName: 'Detection Options',
		name: 'detectionOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { operation: ['detect'] } },
		options: [
			{
				displayName: 'After-Shock Hours',
				name: 'afterShockHours',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 720 },
				default: 24,
				description:
					'After an alert (High or Critical) resolves, how long a new incident of the brand must be larger than it to open: the after-shock of a crisis is not a new one',
			},
			{
				displayName: 'Cooldown Minutes',
				name: 'cooldownMinutes',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 60,
				description: 'After an incident resolves, how long the brand cannot open a new one',
			},
			{
				displayName: 'Learning Hours',
				name: 'warmupHours',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 36,
				description: 'How long a new brand is only learned (its daily rhythm) before it may alert',
			},
			{
				displayName: 'Minimum Mentions',
				name: 'minCount',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 5,
				description: 'No incident from fewer mentions than this in the triggering window',
			},
			{
				displayName: 'Minimum Rise',
				name: 'minExcess',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 5,
				description:
					'No incident unless the window holds at least this many mentions above what was expected, so two posts on a quiet account are not a crisis',
			},
			{
				displayName: 'Resolve After Minutes',
				name: 'resolveAfterMinutes',
				type: 'number',
				typeOptions: { minValue: 10 },
				default: 60,
				description: 'An incident resolves after this long with volume back to normal',
			},
			{
				displayName: 'Sensitivity',
				name: 'openSurprise',
				type: 'number',
				typeOptions: { minValue: 2, maxValue: 20, numberPrecision: 1 },
				default: 5,
				description:
					'How unlikely by chance a burst must be to open an incident, as -log10 of its probability: lower alerts sooner and more often',
			},
		],
	},
];

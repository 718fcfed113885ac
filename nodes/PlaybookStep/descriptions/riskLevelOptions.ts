/** The four risk levels as editor options, in the alphabetical order n8n's lint asks for. */
export const riskLevelOptions = [
	{ name: 'Critical', value: 'critical' },
	{ name: 'High', value: 'high' },
	{ name: 'Low', value: 'low' },
	{ name: 'Medium', value: 'medium' },
];

import type { INodeProperties } from 'n8n-workflow';

/**
 * Where the editor draws the credential picker: above a parameter of type 'credentials' (it draws the picker
 * instead of the parameter). Without it n8n puts the picker above the last shown parameter a credential names
 * in displayOptions.show, which for most sources was Source itself.
 */
export const credentialPickerProperties: INodeProperties[] = [
	{
		displayName: 'Credential',
		name: 'credentials',
		type: 'credentials',
		default: '',
	},
];

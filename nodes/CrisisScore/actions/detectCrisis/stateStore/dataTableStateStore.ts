import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { DetectorStateStore } from './DetectorStateStore';

/** The columns the user's data table needs, both of type string. */
export const STATE_TABLE_COLUMNS = { key: 'key', state: 'state' } as const;

const RESET = 'the baseline is learned again from now on';

function describe(value: unknown): string {
	return Array.isArray(value) ? 'a list' : typeof value;
}

/** The Stored State parameter as the detector's input, or why it could not be read. */
function readStoredState(raw: unknown): { previous: unknown; notices: string[] } {
	if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
		return {
			previous: undefined,
			notices: [
				'Crisis detector: Stored State is empty (no row for this key yet); a new baseline starts',
			],
		};
	}
	if (typeof raw === 'object' && !Array.isArray(raw)) return { previous: raw, notices: [] };
	if (typeof raw !== 'string') {
		return {
			previous: undefined,
			notices: [
				`Crisis detector state reset: Stored State is ${describe(raw)}, not the JSON text of the "${STATE_TABLE_COLUMNS.state}" column; ${RESET}`,
			],
		};
	}
	try {
		return { previous: JSON.parse(raw) as unknown, notices: [] };
	} catch (error) {
		return {
			previous: undefined,
			notices: [
				`Crisis detector state reset: Stored State is not valid JSON (${(error as Error).message}); ${RESET}`,
			],
		};
	}
}

/**
 * The detector in a row of an n8n Data Table, read and written by n8n's own Data Table nodes around this
 * one: a Data Table node before it loads the row into Stored State, and the Detector State output carries
 * `{ key, state }` to a Data Table upsert. Workers read data tables from the database at run time, so
 * this survives n8n's queue mode, unlike static data. (n8n 2.41 lets only its own Data Table nodes use the
 * data table helpers, so a community node cannot read the table itself.)
 */
export function openDataTableStateStore(context: IExecuteFunctions): DetectorStateStore {
	const key = context.getNodeParameter('stateKey', 0, '');
	if (typeof key !== 'string' || key.trim() === '') {
		throw new NodeOperationError(context.getNode(), 'State Key must be a non-empty text', {
			description: `It names the data table row (column "${STATE_TABLE_COLUMNS.key}") that holds this detector's state.`,
		});
	}
	const { previous, notices } = readStoredState(context.getNodeParameter('storedState', 0, ''));
	return {
		previous,
		notices,
		save(state, pairedItem) {
			return [
				{
					json: {
						[STATE_TABLE_COLUMNS.key]: key.trim(),
						[STATE_TABLE_COLUMNS.state]: JSON.stringify(state),
					},
					pairedItem,
				},
			];
		},
	};
}

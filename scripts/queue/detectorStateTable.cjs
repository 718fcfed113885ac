'use strict';
// The data table Detect Crisis keeps its state in (State Storage: Data Table), created the way a user
// would in the editor: in the owner's personal project, two string columns "key" and "state".

const STATE_TABLE_NAME = 'crisis_detector_state';

async function createDetectorStateTable(session) {
	const project = await session.call('GET', '/projects/personal');
	const table = await session.call('POST', `/projects/${project.id}/data-tables`, {
		name: STATE_TABLE_NAME,
		columns: [
			{ name: 'key', type: 'string' },
			{ name: 'state', type: 'string' },
		],
	});
	return {
		id: table.id,
		name: table.name,
		/** Every row of the table, as the editor lists them. */
		async rows() {
			const page = await session.call(
				'GET',
				`/projects/${project.id}/data-tables/${table.id}/rows?take=100`,
			);
			return page.data;
		},
	};
}

module.exports = { createDetectorStateTable, STATE_TABLE_NAME };

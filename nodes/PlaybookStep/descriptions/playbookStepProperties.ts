import type { INodeProperties } from 'n8n-workflow';

import * as assess from '../actions/assess.operation';
import * as assign from '../actions/assign/assign.operation';
import * as checkDeadlines from '../actions/checkDeadlines.operation';
import * as recordResponse from '../actions/recordResponse.operation';
import * as respondToEvery from '../actions/respondToEvery.operation';
import * as watch from '../actions/watch.operation';
import { deadlinePolicyProperties } from './deadlinePolicy';
import { messageProperties } from './messageOptions';
import { operationProperty } from './operationProperty';
import { templateOverridesProperty } from './templateOverrides';

/**
 * Every parameter in the order the editor lists them: the operation, what the batch steps read, each
 * operation's own parameters, then the groups several operations share (drafting, deadlines).
 */
export const playbookStepProperties: INodeProperties[] = [
	operationProperty,
	assess.notice,
	checkDeadlines.notice,
	respondToEvery.notice,
	watch.notice,
	...assess.description,
	...checkDeadlines.description,
	...recordResponse.description,
	...respondToEvery.description,
	...watch.description,
	...assign.description,
	...messageProperties,
	templateOverridesProperty,
	...deadlinePolicyProperties,
];

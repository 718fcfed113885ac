import type { INodeProperties } from 'n8n-workflow';

import { assignProperties } from './assignProperties';
import { deadlinePolicyProperties } from './deadlinePolicyProperties';
import { messageProperties } from './messageProperties';
import { operationProperty } from './operationProperty';
import { stepOptionProperties } from './stepOptionProperties';

export const playbookStepProperties: INodeProperties[] = [
	operationProperty,
	...stepOptionProperties,
	...assignProperties,
	...messageProperties,
	...deadlinePolicyProperties,
];

import type { INodeProperties } from 'n8n-workflow';

export type PlaybookOperation =
	| 'acknowledge'
	| 'assess'
	| 'assign'
	| 'checkDeadlines'
	| 'recordResponse'
	| 'respondToEvery'
	| 'setDeadline'
	| 'takePrivate'
	| 'watch';

export const operationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Acknowledge',
			value: 'acknowledge',
			description:
				'Draft a public apology and a holding statement that admit the mistake plainly (English or Turkish)',
			action: 'Draft an acknowledgement',
		},
		{
			name: 'Assess',
			value: 'assess',
			description:
				'Situation brief over all input mentions: what is said, where, how many, since when, trend, sample posts, open questions',
			action: 'Assess the situation',
		},
		{
			name: 'Assign',
			value: 'assign',
			description:
				'Route the case to a team and owner by your rules and on-call rota, with an explicit authority to publish',
			action: 'Assign the case',
		},
		{
			name: 'Check Deadlines',
			value: 'checkDeadlines',
			description:
				'Find cases whose response deadline is breached or about to be, and who to escalate to',
			action: 'Check response deadlines',
		},
		{
			name: 'Record Response',
			value: 'recordResponse',
			description:
				'Mark that a reply went out (stops the first-response clock and the mention’s task), or close the case',
			action: 'Record a response',
		},
		{
			name: 'Respond to Every Mention',
			value: 'respondToEvery',
			description:
				'A response task with a due time and a draft reply for every mention that needs one',
			action: 'Create a response task for every mention',
		},
		{
			name: 'Set Deadline',
			value: 'setDeadline',
			description:
				'First-response and resolution deadlines by level, business hours, holidays and time zone',
			action: 'Set response deadlines',
		},
		{
			name: 'Take Private',
			value: 'takePrivate',
			description:
				'A public reply asking to continue by DM, e-mail or phone with a case reference, plus a ticket',
			action: 'Take the conversation private',
		},
		{
			name: 'Watch',
			value: 'watch',
			description:
				'Keywords, hashtags and authors to add to monitoring while the incident is open, and how often to poll',
			action: 'Plan what to watch',
		},
	],
	default: 'assess',
};

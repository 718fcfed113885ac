import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type {
	AssignOptions,
	Authority,
	Person,
	RotaEntryInput,
	RoutingRuleInput,
} from '../../../core/playbook';
import type { RiskLevel } from '../../../core/scoring/CrisisScore';
import { entries, readObject, text } from '../../descriptions/readParameters';

/** Routing Rules, the default route, On-Call Rota and Team Members → the core's assign options. */
export function readAssignOptions(context: IExecuteFunctions, index: number): AssignOptions {
	const options = readObject(context, 'assignOptions', index);
	return {
		rules: entries(context, 'routingRules', 'rule', index).map((rule, i): RoutingRuleInput => ({
			...route(rule),
			name: text(rule.name) ?? `Rule ${i + 1}`,
			categories: (rule.categories as string[] | undefined) ?? [],
			levels: (rule.levels as RiskLevel[] | undefined) ?? [],
			languages: (rule.languages as string | undefined) ?? '',
			sources: (rule.sources as string | undefined) ?? '',
		})),
		defaultRoute: route({
			team: context.getNodeParameter('defaultTeam', index, ''),
			owner: context.getNodeParameter('defaultOwner', index, ''),
			escalationChain: context.getNodeParameter('defaultEscalationChain', index, ''),
			authority: context.getNodeParameter('defaultAuthority', index, ''),
		}),
		rota: entries(context, 'onCallRota', 'shift', index).map((shift): RotaEntryInput => ({
			person: (shift.person as string | undefined) ?? '',
			team: text(shift.team),
			days: (shift.days as number[] | undefined) ?? [],
			from: (shift.from as string | undefined) ?? '',
			to: (shift.to as string | undefined) ?? '',
		})),
		people: entries(context, 'teamMembers', 'member', index).map((member): Person => ({
			id: (member.id as string | undefined) ?? '',
			name: text(member.name),
			email: text(member.email),
			handle: text(member.handle),
			authority: authority(member.authority),
		})),
		timeZone: text(context.getNodeParameter('timeZone', index, '')),
		approvalFrom: options.approvalFrom as RiskLevel | undefined,
		reassign: options.reassign === true,
	};
}

function route(values: IDataObject): RoutingRuleInput {
	return {
		team: (values.team as string | undefined) ?? '',
		owner: text(values.owner),
		escalationChain: (values.escalationChain as string | undefined) ?? '',
		authority: authority(values.authority),
	};
}

function authority(value: unknown): Authority | undefined {
	return value === 'publish' || value === 'approval' ? value : undefined;
}

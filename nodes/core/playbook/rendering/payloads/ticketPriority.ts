import type { RiskLevel } from '../../../scoring/CrisisScore';
import type { TicketPayload } from './Payloads';

const PRIORITIES: Record<RiskLevel, Pick<TicketPayload, 'priority' | 'priorityNumber'>> = {
	critical: { priority: 'Highest', priorityNumber: 1 },
	high: { priority: 'High', priorityNumber: 2 },
	medium: { priority: 'Medium', priorityNumber: 3 },
	low: { priority: 'Low', priorityNumber: 4 },
};

export function ticketPriority(
	level: RiskLevel,
): Pick<TicketPayload, 'priority' | 'priorityNumber'> {
	return PRIORITIES[level];
}

import { UserError } from 'n8n-workflow';
import n8nWorkflowPackage from 'n8n-workflow/package.json';

/**
 * The oldest n8n the package runs on: n8n 1.123, the 1.x long-term line (n8n 1.123.0 ships n8n-workflow
 * 1.120.0, 1.122.x ships 1.119.x; n8n 2.x ships n8n-workflow 2.x). A community package gets n8n's own
 * n8n-workflow at run time, so its version tells which n8n loads the package.
 */
export const OLDEST_N8N = '1.123';
const OLDEST_N8N_WORKFLOW = { major: 1, minor: 120 };

/** Why this n8n-workflow's n8n cannot run the package; nothing when it can, or when the version cannot be read. */
export function unsupportedN8nMessage(n8nWorkflowVersion: unknown): string | undefined {
	if (typeof n8nWorkflowVersion !== 'string') return undefined;
	const [major, minor] = n8nWorkflowVersion.split('.').map(Number);
	if (!Number.isInteger(major) || !Number.isInteger(minor)) return undefined;
	if (
		major > OLDEST_N8N_WORKFLOW.major ||
		(major === OLDEST_N8N_WORKFLOW.major && minor >= OLDEST_N8N_WORKFLOW.minor)
	)
		return undefined;
	return (
		`n8n-nodes-crisis-desk needs n8n ${OLDEST_N8N} or newer (n8n 2.x included); this n8n comes with n8n-workflow ` +
		`${n8nWorkflowVersion} (n8n 1.122 or older): update n8n, or uninstall the package`
	);
}

/**
 * Called as a node file loads, before its class is built: on an older n8n the class would fail on an
 * n8n-workflow export that n8n lacks (NodeConnectionTypes before n8n 1.83), with a TypeError n8n's loader
 * reports as "Class could not be found". This error's message is what n8n logs instead.
 */
export function refuseUnsupportedN8n(): void {
	const message = unsupportedN8nMessage(n8nWorkflowPackage.version);
	// n8n-workflow has UserError from well before NodeConnectionTypes (1.79, of n8n 1.81, has it).
	if (message !== undefined) throw new UserError(message);
}

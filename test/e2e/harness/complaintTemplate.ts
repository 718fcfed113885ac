import type { N8nRest } from './n8nRest';
import { setParameters, useCredential } from './n8nRest';
import { fillSettings } from './templateSettings';

export const COMPLAINT_TEMPLATE = 'CrisisDeskToPrivate';

/**
 * Points the Complaint to private channel template at loopback stand-ins, as a user would set it up:
 * a Mastodon credential, an SMTP credential, the chat webhook in Settings. `sinceHours: 0` reads every
 * status the stand-in has, old ones too.
 */
export async function setUpComplaintTemplate(
	rest: N8nRest,
	stand: { mastodonUrl: string; smtpPort: number; chatUrl: string; label: string },
): Promise<void> {
	const mastodonId = await rest.createCredential('mastodonApi', `Mastodon (${stand.label})`, {
		baseUrl: stand.mastodonUrl,
		accessToken: '',
	});
	const smtpId = await rest.createCredential('smtp', `SMTP (${stand.label})`, {
		user: 'desk',
		password: 'secret',
		host: '127.0.0.1',
		port: stand.smtpPort,
		secure: false,
		disableStartTls: true,
	});
	await rest.editWorkflow(COMPLAINT_TEMPLATE, (workflow) => {
		fillSettings(workflow, { chatWebhookUrl: stand.chatUrl });
		setParameters(workflow, 'Fetch Mentions', { sinceHours: 0 });
		useCredential(workflow, 'Fetch Mentions', 'mastodonApi', mastodonId);
		useCredential(workflow, 'Ticket to Helpdesk', 'smtp', smtpId);
	});
}

import { DateTime } from 'luxon';

import { ChatStandIn } from './harness/chatStandIn';
import { hitsFrom, HackerNewsStandIn } from './harness/hackerNewsStandIn';
import { JiraStandIn } from './harness/jiraStandIn';
import { buttonLink, decodeHeader, mailBody } from './harness/mailBody';
import { expectSucceeded, output, runManually, waitForExecution } from './harness/manualRun';
import { requestN8n } from './harness/n8nHttp';
import { type N8nRest, setParameters, useCredential } from './harness/n8nRest';
import { SmtpStandIn } from './harness/smtpStandIn';
import { ownerRest } from './harness/ownerSession';
import { fillSettings } from './harness/templateSettings';

const ID = 'CrisisDeskEscalation';
const TEAM_EMAILS: Record<string, string> = { ayse: 'ayse@example.com', mert: 'mert@example.com' };
const BROWSER =
	'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36';

const calm = [
	'Ordered from acme again today',
	'acme app update looks nice',
	'Anyone tried the new acme store?',
];
const complaints = [
	'acme lost my package and support does not answer',
	'still waiting for my acme refund, this is a scam',
	'acme charged me twice and nobody replies',
	'my acme order never arrived, worst service ever',
	'acme delivery is a disaster, cancelling everything',
];

interface CaseJson {
	caseId: string;
	level: string;
	owner: { person: string };
	deadlines: { firstResponseDue: string; resolutionDue: string };
}

describe('template: Crisis escalation, run in a real n8n against loopback Hacker News, Jira, chat and SMTP', () => {
	let rest: N8nRest;
	let smtp: SmtpStandIn;
	let jira: JiraStandIn;
	let chat: ChatStandIn;
	let hackerNews: HackerNewsStandIn;

	beforeAll(async () => {
		// Two quiet hours, then a burst of complaints in the last nine minutes.
		const quiet = hitsFrom(
			'calm',
			Array.from({ length: 60 }, (_, i) => calm[i % calm.length]),
			(i) => 6900 - i * 100,
		);
		const burst = hitsFrom(
			'burst',
			Array.from({ length: 40 }, (_, i) => `${complaints[i % complaints.length]} #${i}`),
			(i) => 540 - i * 12,
		);
		// Logged in first: a failed login then leaves no stand-in running.
		rest = await ownerRest();
		[smtp, jira, chat, hackerNews] = await Promise.all([
			SmtpStandIn.start(),
			JiraStandIn.start(),
			ChatStandIn.start(),
			HackerNewsStandIn.start([...quiet, ...burst]),
		]);
		const smtpId = await rest.createCredential('smtp', 'SMTP (escalation e2e)', {
			user: 'desk',
			password: 'secret',
			host: '127.0.0.1',
			port: smtp.port,
			secure: false,
			disableStartTls: true,
		});
		const jiraId = await rest.createCredential('jiraSoftwareCloudApi', 'Jira (escalation e2e)', {
			email: 'bot@example.com',
			apiToken: 'jira-token',
			domain: jira.url,
		});
		await rest.editWorkflow(ID, (workflow) => {
			fillSettings(workflow, {
				chatWebhookUrl: chat.url,
				jiraProjectId: '10200',
				jiraIssueTypeId: '10001',
			});
			setParameters(workflow, 'Fetch Mentions', {
				options: { deduplicate: false, baseUrl: hackerNews.url },
			});
			// A fresh install learns the brand's rhythm for 24 h before alerting; the test skips the learning.
			setParameters(workflow, 'Detect Crisis', { detectionOptions: { warmupHours: 0 } });
			useCredential(workflow, 'Create Jira Ticket', 'jiraSoftwareCloudApi', jiraId);
			useCredential(workflow, 'E-mail the Owner', 'smtp', smtpId);
			useCredential(workflow, 'Ask the Approver', 'smtp', smtpId);
		});
	});

	afterAll(async () => {
		await Promise.all([smtp?.stop(), jira?.stop(), chat?.stop(), hackerNews?.stop()]);
	});

	it('files the ticket, tells the owner, asks for approval and, once approved, has the statement ready', async () => {
		const run = await runManually(rest, ID);
		expectSucceeded(run, 'waiting');
		const incidents = output(run, 'Detect Crisis');
		expect(incidents).toHaveLength(1);
		expect(incidents[0]).toMatchObject({ state: 'opened', brand: 'acme' });

		const assigned = output(run, 'Assign')[0] as {
			case: CaseJson;
			assignment: { needsApproval: boolean; approver: string };
		};
		const record = assigned.case;
		expect(['high', 'critical']).toContain(record.level);
		expect(assigned.assignment).toMatchObject({ needsApproval: true, approver: 'duty-lead' });

		expect(jira.issues).toHaveLength(1);
		const { fields, authorization } = jira.issues[0];
		expect(authorization).toBe(
			`Basic ${Buffer.from('bot@example.com:jira-token').toString('base64')}`,
		);
		expect(fields.summary).toBe(
			`[${record.level.toUpperCase()}] acme: Crisis case assigned to social-care (${record.caseId})`,
		);
		expect(fields.project).toEqual({ id: '10200' });
		expect(fields.priority).toEqual({ id: record.level === 'critical' ? '1' : '2' });
		expect(fields.duedate).toBe(
			DateTime.fromISO(record.deadlines.resolutionDue).setZone('Europe/Istanbul').toISODate(),
		);
		expect(fields.labels).toEqual(
			expect.arrayContaining(['crisis-desk', `level-${record.level}`, record.caseId.toLowerCase()]),
		);
		expect(fields.description).toContain(
			`**First response due:** ${record.deadlines.firstResponseDue}`,
		);

		const mails = await smtp.waitFor(2);
		const ownerMail = mails.find((mail) => mail.to.includes(TEAM_EMAILS[record.owner.person]));
		expect(decodeHeader(ownerMail?.subject ?? '')).toBe(
			`[Crisis Desk] Case ${record.caseId} (${record.level}) is yours`,
		);
		expect(mailBody(ownerMail?.raw ?? '')).toContain(
			`First response due: ${record.deadlines.firstResponseDue}`,
		);

		expect(chat.messages).toHaveLength(1);
		const draft = chat.messages[0];
		expect(draft.text).toContain(`case ${record.caseId}`);
		expect(draft.text).toContain('Holding statement');
		expect(ChatStandIn.blockTexts(draft)[0]).toMatch(
			/^\*Acknowledgement drafts · case CD-\w+ \((high|critical)\) · needs approval\*$/,
		);

		const approval = mails.find((mail) => mail.to.includes('duty-lead@example.com'));
		expect(decodeHeader(approval?.subject ?? '')).toBe(
			`Approve the holding statement for case ${record.caseId} (${record.level})`,
		);
		const holding = (
			output(run, 'Holding Statement')[0] as { drafts: { holdingStatement: string } }
		).drafts.holdingStatement;
		expect(mailBody(approval?.raw ?? '')).toContain(holding.slice(0, 40));
		const approve = buttonLink(approval?.raw ?? '', 'approved=true');
		expect(approve).toBeDefined();
		// A person clicks Approve in a browser (n8n ignores link-preview bots).
		const click = await requestN8n(approve as string, { headers: { 'user-agent': BROWSER } });
		expect(click.status).toBe(200);

		const resumed = await waitForExecution(rest, run.id, ['waiting']);
		expectSucceeded(resumed);
		const ready = output(resumed, 'Statement Ready to Post');
		expect(ready).toHaveLength(1);
		expect(ready[0].reply).toEqual({ text: holding, channel: 'statement', caseId: record.caseId });
		expect(ready[0].approvedBy).toBe('duty-lead@example.com');
	});
});

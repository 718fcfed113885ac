import fs from 'node:fs';
import path from 'node:path';

import { ChatStandIn } from '../harness/chatStandIn';
import { InstagramStandIn } from '../harness/instagramStandIn';
import { COMPLAINT_TEMPLATE, setUpComplaintTemplate } from '../harness/complaintTemplate';
import { decodeHeader } from '../harness/mailBody';
import { expectSucceeded, output, runManually } from '../harness/manualRun';
import { MastodonStandIn, status } from '../harness/mastodonStandIn';
import type { Instance } from '../harness/n8nInstance';
import {
	type N8nRest,
	setParameters,
	type StoredWorkflow,
	useCredential,
} from '../harness/n8nRest';
import { ownerRest } from '../harness/ownerSession';
import { SmtpStandIn } from '../harness/smtpStandIn';
import { fillSettings } from '../harness/templateSettings';

const WATCHDOG = 'CrisisDeskWatchdog';
const INSTAGRAM = 'CrisisDeskInstagram';
const INSTAGRAM_ACCOUNT = { id: '17841400000000001', username: 'acme' };
const GRAPH_TOKEN = 'EAAG-E2E-CASES-TOKEN';
const root = path.resolve(__dirname, '../../..');

interface TableColumns {
	name: string;
	columns: Array<{ name: string; type: string }>;
}

/** The cases table the 2.x template creates by itself (its "Ensure Cases Table" step): name and columns. */
function casesTable(): TableColumns {
	const template = JSON.parse(
		fs.readFileSync(path.join(root, 'workflows', '04-complaint-to-private.json'), 'utf8'),
	) as StoredWorkflow;
	const create = template.nodes.find(
		(node) => node.parameters.resource === 'table' && node.parameters.operation === 'create',
	);
	const settings = template.nodes.find((node) => node.name === 'Settings');
	const name = (
		settings?.parameters.assignments as { assignments: Array<{ name: string; value: string }> }
	).assignments.find((assignment) => assignment.name === 'casesTable')?.value;
	if (!create || !name) throw new Error('the complaint template no longer creates its cases table');
	return {
		name,
		columns: (create.parameters.columns as { column: Array<{ name: string; type: string }> })
			.column,
	};
}

/** The Data Table nodes of a stored template that still wait for their table to be chosen (the n8n 1.x templates). */
function tablesToChoose(workflow: StoredWorkflow) {
	return workflow.nodes.filter((node) => {
		const table = node.parameters.dataTableId as { mode?: string; value?: string } | undefined;
		return node.type === 'n8n-nodes-base.dataTable' && table?.mode === 'list' && table.value === '';
	});
}

/**
 * Follows the n8n 1.x templates' Read Me: creates the cases table once (as the editor's Data tables page
 * does) and chooses it in every Data Table node that waits for it. Nothing to do on n8n 2.x, where the
 * template creates the table and finds it by name.
 */
async function chooseCasesTable(rest: N8nRest, workflowId: string): Promise<number> {
	if (tablesToChoose(await rest.workflow(workflowId)).length === 0) return 0;
	const { id: projectId } = await rest.call<{ id: string }>('GET', '/projects/personal');
	const table = casesTable();
	const existing = await rest.call<{ data: Array<{ id: string; name: string }> }>(
		'GET',
		`/projects/${projectId}/data-tables?take=100`,
	);
	const tableId =
		existing.data.find((candidate) => candidate.name === table.name)?.id ??
		(
			await rest.call<{ id: string }>('POST', `/projects/${projectId}/data-tables`, {
				name: table.name,
				columns: table.columns,
			})
		).id;
	let chosen = 0;
	await rest.editWorkflow(workflowId, (workflow) => {
		for (const node of tablesToChoose(workflow)) {
			node.parameters.dataTableId = {
				__rl: true,
				mode: 'list',
				value: tableId,
				cachedResultName: table.name,
			};
			chosen++;
		}
	});
	return chosen;
}

/**
 * The templates that keep cases in the cases Data Table: Complaint to private channel and Instagram comments
 * log a case, the Never-ignore watchdog escalates a breached one, once.
 */
export function describeCaseTemplates(version: string, target: () => Instance): void {
	describe(`templates: Complaint to private channel and Never-ignore watchdog over the cases Data Table, in a real n8n ${version}`, () => {
		let rest: N8nRest;
		let smtp: SmtpStandIn;
		let chat: ChatStandIn;
		let mastodon: MastodonStandIn;
		let instagram: InstagramStandIn;
		let chosen: number;

		beforeAll(async () => {
			rest = await ownerRest(target());
			[smtp, chat, mastodon] = await Promise.all([
				SmtpStandIn.start(),
				ChatStandIn.start(),
				MastodonStandIn.start([
					status(
						'601',
						'ignored',
						'@acme my refund never came and nobody answers, this is a scam',
						3 * 24 * 60,
					),
				]),
			]);
			instagram = await InstagramStandIn.start(GRAPH_TOKEN, INSTAGRAM_ACCOUNT, {
				id: '17895695668004551',
				caption: 'Spring sale starts today',
				comments: [
					{
						id: '17870913679156917',
						username: 'ayse.k',
						text: '@acme my order never arrived and nobody answers my messages, terrible',
						minutesAgo: 30,
					},
				],
			});
			await setUpComplaintTemplate(rest, {
				mastodonUrl: mastodon.url,
				smtpPort: smtp.port,
				chatUrl: chat.url,
				label: `cases ${version}`,
			});
			const smtpId = await rest.createCredential('smtp', `SMTP (watchdog ${version})`, {
				user: 'desk',
				password: 'secret',
				host: '127.0.0.1',
				port: smtp.port,
				secure: false,
				disableStartTls: true,
			});
			await rest.editWorkflow(WATCHDOG, (workflow) => {
				fillSettings(workflow, {
					chatWebhookUrl: chat.url,
					escalationEmail: 'duty-lead@example.com',
				});
				useCredential(workflow, 'Escalation E-mail', 'smtp', smtpId);
			});
			const graphId = await rest.createCredential(
				'crisisDeskMetaGraphApi',
				`Meta Graph API (cases ${version})`,
				{ accessToken: GRAPH_TOKEN, baseUrl: instagram.baseUrl },
			);
			await rest.editWorkflow(INSTAGRAM, (workflow) => {
				setParameters(workflow, 'Test Comments', { instagramAccountId: INSTAGRAM_ACCOUNT.id });
				useCredential(workflow, 'Test Comments', 'crisisDeskMetaGraphApi', graphId);
				useCredential(workflow, 'New Instagram Comments', 'crisisDeskMetaGraphApi', graphId);
				useCredential(workflow, 'Ticket to Helpdesk', 'smtp', smtpId);
			});
			chosen = 0;
			for (const template of [COMPLAINT_TEMPLATE, WATCHDOG, INSTAGRAM])
				chosen += await chooseCasesTable(rest, template);
		});

		afterAll(async () => {
			await Promise.all([smtp?.stop(), chat?.stop(), mastodon?.stop(), instagram?.stop()]);
		});

		it('the templates of this n8n line need their table chosen only where n8n cannot create it', () => {
			// 1.x: Log Case (twice), Open Cases, Save Case wait for the table; 2.x creates it and finds it by name.
			expect(chosen).toBe(version.startsWith('1.') ? 4 : 0);
		});

		it('logs the complaint as a case, and the watchdog escalates its breached deadlines once', async () => {
			const logging = await runManually(rest, COMPLAINT_TEMPLATE);
			expectSucceeded(logging);
			const logged = output(logging, 'Log Case');
			expect(logged).toHaveLength(1);
			const caseId = logged[0].caseId as string;
			expect(logged[0]).toMatchObject({ status: 'responding' });
			await smtp.waitFor(1);
			const sentBefore = smtp.mails.length;

			const first = await runManually(rest, WATCHDOG);
			expectSucceeded(first);
			const breached = output(first, 'Check Deadlines', 0).filter(
				(alert) => (alert.case as { caseId: string }).caseId === caseId,
			);
			expect(breached.map((alert) => (alert.alert as { kind: string }).kind).sort()).toEqual([
				'firstResponse',
				'resolution',
			]);
			const escalations = (await smtp.waitFor(sentBefore + 2))
				.slice(sentBefore)
				.filter((mail) => mail.subject.includes(caseId));
			expect(escalations.map((mail) => decodeHeader(mail.subject)).sort()).toEqual([
				expect.stringMatching(/^\[Crisis Desk\] Breached: first response · case /),
				expect.stringMatching(/^\[Crisis Desk\] Breached: resolution · case /),
			]);

			const sentAfterFirst = smtp.mails.length;
			const second = await runManually(rest, WATCHDOG);
			expectSucceeded(second);
			expect(smtp.mails.length).toBe(sentAfterFirst);
		});

		it("Instagram comments logs the complaint under the brand's post as a case in the same table", async () => {
			const run = await runManually(rest, INSTAGRAM);
			expectSucceeded(run);
			const logged = output(run, 'Log Case');
			expect(logged).toHaveLength(1);
			expect(logged[0]).toMatchObject({
				status: expect.any(String),
				caseId: expect.stringMatching(/^CD-/),
			});
		});
	});
}

import type { LanguagePack } from './MessageTemplates';

export const en: LanguagePack = {
	templates: {
		apologyReply: {
			formal:
				'{{author}}, you are right, and we are sorry. We made a mistake with {{issue}}. That is our failure, not yours. We are fixing it under case {{caseId}} and will update you by {{nextUpdate}}.',
			warm: "{{author}}, you're right and we're truly sorry. We got {{issue}} wrong, and that's on us. We're fixing it now (case {{caseId}}) and we'll get back to you by {{nextUpdate}}.",
		},
		apologyStatement: {
			formal:
				'We made a mistake with {{issue}}, and we apologise to everyone affected. This was our failure at {{brand}}. We are working to fix it and will publish an update by {{nextUpdate}}. Reference: {{caseId}}.',
			warm: "We got {{issue}} wrong, and we're sorry. No excuses: this one is on us at {{brand}}. We're fixing it right now and will post an update by {{nextUpdate}}. (Ref {{caseId}})",
		},
		holdingStatement: {
			formal:
				'We know about the problem with {{issue}} and we take responsibility for it. We are investigating now and will share what happened and what we are doing about it by {{nextUpdate}}. {{brand}}',
			warm: "We know about the problem with {{issue}}, and it's on us. We're looking into it right now and will tell you exactly what happened and how we're fixing it by {{nextUpdate}}. {{brand}}",
		},
		privateReplyDm: {
			formal:
				'{{author}}, we are sorry about this. To sort it out we need a few account details, which we should not ask for in public. Please send us a direct message at {{dmHandle}} quoting case {{caseId}}.',
			warm: "{{author}}, we're sorry about this and want to fix it. Could you send us a DM at {{dmHandle}} with case {{caseId}}? That way we can look at your account details privately.",
		},
		privateReplyEmail: {
			formal:
				'{{author}}, we are sorry about this. Please write to {{email}} quoting case {{caseId}} so we can review your details privately. We will reply by {{nextUpdate}}.',
			warm: "{{author}}, we're sorry about this! Could you drop us a line at {{email}} with case {{caseId}}? We'll look at your details privately and get back to you by {{nextUpdate}}.",
		},
		privateReplyPhone: {
			formal:
				'{{author}}, we are sorry about this. Please call us on {{phone}} and quote case {{caseId}}, so we can resolve it with you directly.',
			warm: "{{author}}, we're sorry, let's fix this together. Give us a call on {{phone}} and mention case {{caseId}}.",
		},
		contactRequest: {
			formal:
				'Hello {{author}}, this is {{brand}} about case {{caseId}} ({{channel}}). We are sorry for what happened. So that we can resolve it, please reply with the e-mail address or phone number on your account and a good time to reach you. Please do not send passwords or card numbers.',
			warm: "Hi {{author}}, it's the {{brand}} team about case {{caseId}} ({{channel}}). We're really sorry for what happened. Could you share the e-mail or phone number on your account and when suits you for a quick call? Please never send us passwords or card numbers.",
		},
		responseReply: {
			formal:
				'{{author}}, thank you for telling us. We are sorry about this and we are looking into it now (case {{caseId}}). We will get back to you by {{nextUpdate}}.',
			warm: "{{author}}, thanks for letting us know, and we're sorry. We're on it (case {{caseId}}) and will get back to you by {{nextUpdate}}.",
		},
	},
	categoryIssue: {
		legal: 'our legal obligations',
		safety: 'product safety',
		fraud: 'account security',
		privacy: 'your personal data',
		delivery: 'deliveries',
		billing: 'billing',
		quality: 'product quality',
		service: 'customer service',
		boycott: 'how we handled this',
		conduct: 'the conduct of our staff',
		discrimination: 'how we treated people',
	},
	genericIssue: 'this issue',
	nonApologies: [
		'any inconvenience',
		'inconvenience caused',
		'inconvenience this may have caused',
		'sorry if',
		'sorry you feel',
		'sorry that you feel',
		'if you were offended',
		'if anyone was offended',
		'mistakes were made',
		'we regret that you',
		'apologize for any',
		'apologise for any',
	],
	brief: {
		title: 'Situation brief',
		what: 'What is being said',
		where: 'Where',
		howMany: 'How many',
		since: 'Since when',
		trend: 'Trend',
		categories: 'Top complaint categories',
		representative: 'Representative mentions',
		openQuestions: 'Open questions before anyone replies',
		mentions: 'mentions',
		negative: 'negative',
		authors: 'distinct authors',
		tagged: 'tagged the brand',
		untagged: 'did not tag the brand',
		rising: 'rising',
		falling: 'falling',
		steady: 'steady',
		noCategories: 'no complaint category matched',
	},
	generalQuestions: [
		'Is the core claim true? Who has checked it, and how?',
		'Which customers, orders or regions are affected, and how many?',
		'Who approves the first public statement, and by when?',
	],
	categoryQuestions: {
		legal: 'Has legal counsel seen these posts?',
		safety: 'Has anyone been hurt or put at risk? Is a warning or recall needed?',
		fraud: 'Are customer accounts compromised right now? Do customers need a phishing warning?',
		privacy:
			'Was personal data exposed? Does the 72-hour regulator notification (GDPR / KVKK) apply?',
		delivery: 'Which region, carrier or warehouse is involved, and since when?',
		billing: 'How many customers were charged wrongly, and when will refunds land?',
		quality: 'Which batch, model or version is affected?',
		service: 'Which channel or team failed to answer, and why?',
		boycott: 'What triggered the boycott call, and who is amplifying it?',
		conduct: 'Which staff member or location is involved, and has HR been told?',
		discrimination: 'What exactly happened, to whom, and has the person been contacted directly?',
	},
	deadlineFormat: 'd LLL, HH:mm ZZZZ',
	locale: 'en-GB',
};

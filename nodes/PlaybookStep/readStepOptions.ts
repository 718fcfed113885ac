import type { IExecuteFunctions } from 'n8n-workflow';

import type { AcknowledgeOptions } from '../core/playbook/acknowledge';
import type { AssessOptions } from '../core/playbook/assess';
import type { CheckDeadlinesOptions } from '../core/playbook/checkDeadlines';
import type { RecordResponseOptions } from '../core/playbook/recordResponse';
import type { LanguageOption } from '../core/playbook/resolveLanguage';
import type { RespondToEveryOptions } from '../core/playbook/respondToEvery';
import type { PrivateChannel, TakePrivateOptions } from '../core/playbook/takePrivate';
import type { WatchOptions } from '../core/playbook/watch';
import type { RiskLevel } from '../core/scoring/CrisisScore';
import { readDeadlinePolicy } from './readDeadlinePolicy';
import { readMessageOption, readMessageOptions } from './readMessageOptions';
import { readObject, text, whole } from './readParameters';

/** Node parameters → each core step's options. Batch steps read them once (item 0), per-item steps per item. */

export function readAssessOptions(context: IExecuteFunctions): AssessOptions {
	const options = readObject(context, 'assessOptions', 0);
	return {
		language: context.getNodeParameter('language', 0, 'auto') as LanguageOption,
		timeZone: text(context.getNodeParameter('timeZone', 0, '')),
		trendWindow: text(options.trendWindow),
		samples: whole(options.samples),
	};
}

export function readWatchOptions(context: IExecuteFunctions): WatchOptions {
	const options = readObject(context, 'watchOptions', 0);
	const pollIntervals: NonNullable<WatchOptions['pollIntervals']> = {};
	for (const [level, name] of [
		['critical', 'pollCritical'],
		['high', 'pollHigh'],
		['medium', 'pollMedium'],
		['low', 'pollLow'],
	] as Array<[RiskLevel, string]>) {
		const interval = text(options[name]);
		if (interval) pollIntervals[level] = interval;
	}
	return {
		brand: text(context.getNodeParameter('brand', 0, '')),
		maxKeywords: whole(options.maxKeywords),
		maxHashtags: whole(options.maxHashtags),
		maxAuthors: whole(options.maxAuthors),
		minMentions: whole(options.minMentions),
		pollIntervals,
	};
}

export function readCheckDeadlinesOptions(context: IExecuteFunctions): CheckDeadlinesOptions {
	return {
		...readDeadlinePolicy(context, 0),
		warningWindow: text(context.getNodeParameter('warningWindow', 0, '')),
	};
}

export function readRespondOptions(context: IExecuteFunctions): RespondToEveryOptions {
	const options = readObject(context, 'respondOptions', 0);
	return {
		...readMessageOptions(context, 0),
		minLevel: options.minLevel as RiskLevel | undefined,
		includeUnscored: typeof options.includeUnscored === 'boolean' ? options.includeUnscored : undefined,
	};
}

export function readAcknowledgeOptions(context: IExecuteFunctions, index: number): AcknowledgeOptions {
	return readMessageOptions(context, index);
}

export function readTakePrivateOptions(context: IExecuteFunctions, index: number): TakePrivateOptions {
	return {
		...readMessageOptions(context, index),
		via: context.getNodeParameter('via', index, 'dm') as PrivateChannel,
		notifyEmail: readMessageOption(context, 'notifyEmail', index),
	};
}

export function readRecordResponseOptions(context: IExecuteFunctions, index: number): RecordResponseOptions {
	return {
		respondedAt: text(context.getNodeParameter('respondedAt', index, '')),
		mentionId: text(context.getNodeParameter('responseMentionId', index, '')),
		resolve: context.getNodeParameter('resolveCase', index, false) as boolean,
	};
}

import { channelName } from '../../rendering/payloads/channels';
import type { BriefLabels } from '../../rendering/templates/MessageTemplates';
import type { SituationBrief } from './SituationBrief';

/** The brief's facts as label/value pairs, user text passed through the renderer's escaper. */
export function briefLines(
	brief: SituationBrief,
	labels: BriefLabels,
	escape: (text: string) => string,
): { title: string; facts: Array<[string, string]> } {
	const brand = brief.brand ? ` · ${escape(brief.brand)}` : '';
	const s = brief.what.sentiment;
	const categories = brief.what.categories.length
		? brief.what.categories.map((c) => `${escape(c.name)} (${c.count})`).join(', ')
		: labels.noCategories;
	const sources =
		brief.where.sources.map((x) => `${escape(channelName(x.source))} ${x.count}`).join(', ') || '–';
	const trend = brief.trend;
	const trendWord = labels[trend.label];
	const detector =
		trend.volume !== undefined && trend.baseline !== undefined
			? ` · ${trend.volume} vs ${trend.baseline}`
			: '';
	return {
		title: `${labels.title}${brand} · ${escape(brief.caseId)} (${brief.level})`,
		facts: [
			[
				labels.what,
				`${brief.what.phrases.map((p) => `“${escape(p)}”`).join(', ') || '–'} · ${s.negative} ${labels.negative} / ${s.neutral} / ${s.positive} / ${s.unscored}`,
			],
			[
				labels.where,
				`${sources} · ${brief.where.tagged} ${labels.tagged}, ${brief.where.untagged} ${labels.untagged}`,
			],
			[
				labels.howMany,
				`${brief.howMany.mentions} ${labels.mentions}, ${brief.howMany.negative} ${labels.negative}, ${brief.howMany.authors} ${labels.authors}`,
			],
			[labels.since, brief.since.firstLocal ?? '–'],
			[
				labels.trend,
				`${trendWord} (${trend.recent} / ${trend.previous}, ${trend.windowMinutes} min${detector})`,
			],
			[labels.categories, categories],
		],
	};
}

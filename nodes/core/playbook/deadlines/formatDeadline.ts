import { DateTime } from 'luxon';
import type { LanguagePack } from '../templates/MessageTemplates';

/** A due time as people read it in messages: local to the policy's zone, in the message's language. */
export function formatDeadline(iso: string, timeZone: string, pack: Pick<LanguagePack, 'deadlineFormat' | 'locale'>): string {
	return DateTime.fromISO(iso, { zone: 'utc' }).setZone(timeZone).setLocale(pack.locale).toFormat(pack.deadlineFormat);
}

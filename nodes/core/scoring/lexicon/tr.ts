import type { LexiconEntry } from './LexiconEntry';
import { weighted } from './weighted';

/**
 * Turkish lexicon: complaints and praise as Turkish customers write them (reviews, tweets, complaint sites).
 * A `*` marks a stem that takes suffixes; a stem entry with `negated` scores its negative forms
 * (-madı, -mıyor, -amadım…) and the ones followed by "değil"/"yok" with that valence instead.
 * Words are matched ASCII-folded, so "kötü" also matches "kotu".
 */
const COMPLAINTS: LexiconEntry[] = [
	...weighted(-4, [
		'rezalet*', 'berbat*', 'rezil*', 'dolandırıcı*', 'dolandır*', 'almayın*', 'almayin*', 'sakın almayın', 'kesinlikle almayın',
		'paranıza yazık', 'paranızı çöpe', 'hayal kırıklığı', 'hayal kırıklığına', 'asla tavsiye', 'bir daha asla', 'bir daha almam',
		'bir daha almayacağım', 'sahtekar*', 'mağdur*', 'perişan*', 'skandal*', 'felaket*', 'iğrenç*', 'leş',
	]),
	...weighted(-3, [
		'kötü*', 'çöp*', 'bozuk*', 'defolu*', 'sahte*', 'kalitesiz*', 'pişman*', 'muhatap*', 'saygısız*', 'umursam*', 'yalan*',
		'arızal*', 'kırık*', 'yırtık*', 'lekeli*', 'eksik*', 'hatalı*', 'yanlış*', 'özensiz*', 'vasat*', 'dandik*', 'beş para etmez',
		'para iadesi yapılmadı', 'iade etmiyor*', 'hala gelmedi', 'hâlâ gelmedi', 'cevap vermiyor*', 'ulaşamıyor*', 'ulaşılamıyor*',
		'geri ödeme yapılmadı', 'işe yaramaz*', 'kullanılmaz*', 'fiyasko*', 'şikayetçiyim', 'şikayet ediyorum',
	]),
	...weighted(-2, [
		'sorun*', 'problem*', 'sıkıntı*', 'şikayet*', 'maalesef', 'malesef', 'yazık', 'gecik*', 'geç kaldı*', 'geç geldi', 'geç',
		'arıza*', 'hasar*', 'ezik*', 'kaba*', 'ilgisiz*', 'pahalı*', 'yavaş*', 'dar geldi', 'küçük geldi', 'büyük geldi', 'iade*', 'değiştir*', 'beklettiler', 'bekletiyor*', 'bekliyorum', 'bekliyoruz', 'aldatıl*',
		'kandırıl*', 'kesinti*', 'kopuyor', 'donuyor', 'kapanıyor', 'ısınıyor', 'bitiyor', 'dökül*',
		'soyul*', 'kokuyor', 'koku', 'ses yapıyor', 'ses geliyor', 'iptal*', 'kayıp*',
		'kaybol*', 'vermediler', 'gönderilmedi', 'ulaşmadı', 'teslim edilmedi', 'yetersiz*', 'asla', 'farklı ürün', 'faturasız*',
		'açılmış', 'kullanılmış', 'kırıl*', 'bozul*', 'kokuyor', 'uzak dur*', 'dar', 'olsaydı',
	]),
	...weighted(-1, ['hala', 'hâlâ', 'neden', 'niye', 'keşke', 'zor', 'sert']),
];

/** Verb stems that are neutral or positive as such and complaints when negated ("gelmedi", "çalışmıyor"). */
const NEGATABLE: LexiconEntry[] = [
	{ phrase: 'gel*', valence: 0, negated: -3 },
	{ phrase: 'çalış*', valence: 0, negated: -3 },
	{ phrase: 'ulaş*', valence: 0, negated: -3 },
	{ phrase: 'cevap ver*', valence: 0, negated: -3 },
	{ phrase: 'yanıt ver*', valence: 0, negated: -3 },
	{ phrase: 'dönüş yap*', valence: 0, negated: -3 },
	{ phrase: 'cevap', valence: 0, negated: -3 },
	{ phrase: 'dönüş', valence: 0, negated: -3 },
	{ phrase: 'ilgilen*', valence: 0, negated: -3 },
	{ phrase: 'yardımcı ol*', valence: 1, negated: -3 },
	{ phrase: 'çöz*', valence: 1, negated: -3 },
	{ phrase: 'aç*', valence: 0, negated: -2 },
	{ phrase: 'şarj et*', valence: 0, negated: -2 },
	{ phrase: 'işe yar*', valence: 2, negated: -3 },
	{ phrase: 'iade et*', valence: -2, negated: -3 },
	{ phrase: 'teslim et*', valence: 0, negated: -3 },
	{ phrase: 'gönder*', valence: 0, negated: -2 },
	{ phrase: 'tut*', valence: 0, negated: -2 },
	{ phrase: 'bul*', valence: 0, negated: -2 },
	{ phrase: 'ol*', valence: 0, negated: -2 },
	{ phrase: 'uy*', valence: 0, negated: -2 },
	{ phrase: 'beğen*', valence: 3, negated: -3 },
	{ phrase: 'sev*', valence: 2, negated: -3 },
	{ phrase: 'seviye*', valence: 0, negated: 0 },
	{ phrase: 'memnun*', valence: 3, negated: -3 },
	{ phrase: 'memnun kal*', valence: 3, negated: -3 },
	{ phrase: 'tavsiye ed*', valence: 3, negated: -4 },
	{ phrase: 'tavsiye et*', valence: 3, negated: -4 },
	{ phrase: 'öner*', valence: 2, negated: -3 },
	{ phrase: 'iyi', valence: 3, negated: -2 },
	{ phrase: 'güzel*', valence: 3, negated: -2 },
	{ phrase: 'fena', valence: -2, negated: 0 },
	{ phrase: 'kötü değil', valence: 1 },
	{ phrase: 'sorun yok', valence: 2 },
	{ phrase: 'problem yok', valence: 2 },
	{ phrase: 'sıkıntı yok', valence: 2 },
];

const PRAISE: LexiconEntry[] = [
	...weighted(4, ['mükemmel*', 'muhteşem*', 'harika*', 'bayıl*', 'efsane*', 'şahane*', 'kusursuz*', 'on numara', '10 numara', 'çok memnun*', 'herkese tavsiye']),
	...weighted(3, [
		'süper*', 'teşekkür*', 'tesekkur*', 'sağol*', 'başarılı*', 'kaliteli*', 'sorunsuz*', 'problemsiz*', 'hızlı*', 'fiyat performans*',
		'mükemmeldi', 'bayıldım', 'tavsiye ederim', 'şık*', 'kullanışlı*', 'sağlam*', 'özenli*', 'özenle*', 'ideal*', 'rahat*',
		'pratik*', 'hoş*', 'tatlı*', 'orijinal*', 'uygun fiyat*', 'kaliteli ürün',
	]),
	...weighted(2, ['tavsiye*', 'uygun*', 'çabuk*', 'sağlıklı*', 'dayanıklı*', 'yumuşak*', 'temiz*', 'özen*', 'beklentimi karşıladı', 'işimi görüyor', 'kibar*']),
];

/** Lukewarm verdicts: "it'll do", "not bad", "average". */
const LUKEWARM: LexiconEntry[] = ['idare eder*', 'idare ed*', 'fena değil', 'ortalama', 'orta', 'normal', 'eh işte', 'ne iyi ne kötü', 'fiyatına göre', 'fiyatina gore'].map(
	(phrase) => ({ phrase, valence: 0, lukewarm: true }),
);

export const TR_LEXICON: readonly LexiconEntry[] = [...COMPLAINTS, ...NEGATABLE, ...PRAISE, ...LUKEWARM];

export const TR_INTENSIFIERS: ReadonlySet<string> = new Set([
	'çok', 'cok', 'gerçekten', 'gercekten', 'aşırı', 'asiri', 'gayet', 'oldukça', 'oldukca', 'kesinlikle', 'resmen', 'hiç', 'hic',
	'tam', 'en', 'son', 'fazla', 'epey', 'inanılmaz', 'inanilmaz', 'müthiş', 'muthis',
]);

export const TR_CONTRASTS: ReadonlySet<string> = new Set(['ama', 'fakat', 'ancak', 'lakin', 'yalnız', 'yalniz']);

/** "değil" and "yok" in the forms that stand alone ("değildi", "yoktu"). */
export const TR_LOOSE_NEGATORS: readonly string[] = ['degil', 'degildi', 'degilim', 'degiller', 'yok', 'yoktu', 'yokmus'];

/** Words that negate the word before them: "güzel değil", "cevap yok". */
export const TR_POST_NEGATORS: readonly string[] = ['degil', 'yok'];

/** A question with one of these complains ("neden hâlâ gelmedi?") instead of asking for information. */
export const TR_COMPLAINT_QUESTIONS: ReadonlySet<string> = new Set(['neden', 'niye', 'niçin']);

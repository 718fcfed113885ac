import type { CategoryName } from './CrisisScore';

export interface CategoryDefinition {
	/** Human label used in reasons. */
	label: string;
	/** 0–1: how much a hit of this category alone weighs in the risk (legal, safety, fraud, privacy most). */
	severity: number;
	en: readonly string[];
	tr: readonly string[];
}

/**
 * Built-in vocabulary per complaint category, English and Turkish. `*` marks a stem (Turkish suffixes,
 * English inflections). General words of any brand's complaints, not one sector's jargon.
 */
export const CATEGORY_VOCABULARY: Readonly<Record<CategoryName, CategoryDefinition>> = {
	legal: {
		label: 'legal threat',
		severity: 1,
		en: ['lawyer*', 'attorney*', 'lawsuit*', 'sue', 'suing', 'sued', 'class action', 'legal action', 'court', 'small claims', 'consumer protection', 'ombudsman', 'regulator', 'report you', 'reporting you', 'file a complaint', 'dot complaint', 'bbb', 'better business bureau', 'trading standards', 'chargeback'],
		tr: ['avukat*', 'dava*', 'mahkeme*', 'savcılı*', 'suç duyurusu', 'tüketici hakem*', 'tüketici mahkeme*', 'tüketici hakları', 'hukuki*', 'yasal işlem', 'şikayetvar*', 'cimer', 'ihtarname*', 'noter*', 'btk'],
	},
	safety: {
		label: 'safety/health',
		severity: 1,
		en: ['unsafe', 'dangerous', 'danger', 'hazard*', 'injur*', 'hurt', 'fire', 'caught fire', 'smoke', 'explod*', 'burn*', 'food poisoning', 'poisoning', 'sick', 'hospital', 'emergency', 'allerg*', 'safety', 'recall', 'toxic', 'contaminat*', 'mold', 'choking', 'electric shock', 'crash landing', 'evacuat*'],
		tr: ['tehlike*', 'güvenli değil', 'yaralan*', 'yangın*', 'alev*', 'patla*', 'yandı', 'yanık*', 'zehirlen*', 'hastane*', 'alerji*', 'sağlığ*', 'sağlık*', 'küflü*', 'küf', 'elektrik çarp*', 'duman*', 'acil*', 'toksik*', 'böcek*'],
	},
	fraud: {
		label: 'fraud/scam',
		severity: 0.9,
		en: ['scam*', 'fraud*', 'con artist*', 'rip off', 'ripoff', 'ripped off', 'stole', 'stolen', 'steal*', 'theft', 'thieves', 'thief', 'fake', 'counterfeit', 'phishing', 'unauthori*', 'liars', 'lied', 'cheat*', 'swindl*', 'bait and switch', 'false advertising'],
		tr: ['dolandır*', 'sahte*', 'sahtekar*', 'hırsız*', 'çalındı', 'çaldı*', 'kandır*', 'aldat*', 'yalan*', 'taklit*', 'çakma', 'kazık*', 'soygun*', 'vurgun*', 'izinsiz*'],
	},
	privacy: {
		label: 'data/privacy',
		severity: 0.9,
		en: ['data breach', 'breach', 'leak*', 'hacked', 'hack', 'privacy', 'personal data', 'personal information', 'my data', 'my information', 'identity theft', 'gdpr', 'spam*', 'tracking me', 'sold my', 'account compromised', 'compromised'],
		tr: ['kişisel veri*', 'verilerim*', 'bilgilerim*', 'kvkk', 'sızdır*', 'sızıntı*', 'hacklen*', 'hesabım çalındı', 'gizlilik*', 'mahremiyet*', 'izinsiz arama', 'spam*'],
	},
	delivery: {
		label: 'delivery/shipping',
		severity: 0.4,
		en: ['delivery', 'deliver*', 'undelivered', 'shipping', 'shipment*', 'shipped', 'package*', 'parcel*', 'courier*', 'tracking', 'my order', 'my orders', 'our order', 'our orders', 'where is my order', "where's my order", 'wheres my order', 'where is my parcel', "where's my parcel", 'where is my package', "where's my package", 'never arrived', 'not arrived', 'not arrive', "hasn't arrived", "didn't arrive", 'never came', 'turned up', 'lost my bag', 'lost luggage', 'luggage', 'baggage', 'bag', 'bags', 'delayed', 'delay', 'late', 'cancelled', 'canceled', 'missed connection', 'stranded', 'still waiting'],
		tr: ['kargo*', 'teslimat*', 'teslim*', 'gönderi*', 'paket*', 'kurye*', 'gecik*', 'geç geldi', 'gelmedi', 'hala gelmedi', 'ulaşmadı', 'bavul*', 'valiz*', 'rötar*', 'iptal*', 'sipariş*'],
	},
	billing: {
		label: 'refund/return/billing',
		severity: 0.5,
		en: ['refund*', 'money back', 'charged', 'charge', 'overcharged', 'double charged', 'charged twice', 'bill', 'billing', 'invoice', 'fee', 'fees', 'hidden fees', 'payment', 'price', 'voucher', 'compensation', 'reimburse*', 'return', 'returned', 'credit card', 'subscription', 'cancel my subscription'],
		tr: ['iade*', 'para iade*', 'paramı*', 'param', 'ücret*', 'fatura*', 'ödeme*', 'tahsil*', 'çekildi', 'kesinti*', 'fiyat*', 'abonelik*', 'taahhüt*', 'değişim*', 'geri ödeme*', 'kredi kart*'],
	},
	quality: {
		label: 'product defect/quality',
		severity: 0.4,
		en: ['broken', 'defective', 'faulty', 'damaged', 'doesn\'t work', 'does not work', 'not working', 'stopped working', 'poor quality', 'cheap quality', 'quality', 'malfunction*', 'bug', 'buggy', 'glitch*', 'crash*', 'outage', 'error', 'wrong item', 'wrong size', 'dirty', 'smell*', 'stain*', 'torn', 'ripped', 'cracked', 'leaking', 'dead on arrival'],
		tr: ['bozuk*', 'defolu*', 'arıza*', 'kalitesiz*', 'kırık*', 'çalışmı*', 'yırtık*', 'lekeli*', 'söküldü', 'sökük*', 'hatalı*', 'eksik*', 'yanlış ürün', 'kokuyor', 'kopuk*', 'çizik*', 'ezik*', 'çatlak*', 'dikiş*', 'kalite*', 'donuyor', 'kapanıyor', 'ısınıyor'],
	},
	service: {
		label: 'customer service/unanswered',
		severity: 0.4,
		en: ['customer service', 'customer care', 'customer support', 'support team', 'on hold', 'hung up', 'no answer', 'no response', 'no reply', 'never responded', 'never heard back', 'unanswered', 'ignored', 'ignoring', 'call center', 'hotline', 'agent', 'representative', 'rep', 'still waiting', 'nobody', 'no one', 'runaround', 'dm', 'email', 'phone', 'chat'],
		tr: ['müşteri hizmet*', 'çağrı merkez*', 'muhatap*', 'cevap vermiyor*', 'cevap yok', 'dönüş yok', 'dönüş yapılmadı', 'yanıt vermiyor*', 'ulaşamıyor*', 'ulaşılamıyor*', 'ilgilenmiyor*', 'ilgilenen yok', 'temsilci*', 'canlı destek', 'destek*', 'telefon*', 'mail*', 'beklet*'],
	},
	boycott: {
		label: 'boycott/viral call',
		severity: 0.8,
		en: ['boycott*', 'never again', 'never fly', 'never use', 'never buy', 'never shop', 'switching to', 'switch to', 'take my business', 'cancel my account', 'closing my account', 'spread the word', 'share this', 'retweet', 'rt this', 'go viral', 'everyone should know', 'stay away', 'do not buy', "don't buy", 'avoid'],
		tr: ['boykot*', 'bir daha asla', 'bir daha almam', 'almayın*', 'sakın almayın', 'herkes duysun', 'paylaşın', 'yayalım', 'rt', 'uzak durun', 'son kez', 'hesabımı kapat*', 'aboneliğimi iptal*'],
	},
	conduct: {
		label: 'staff/executive conduct',
		severity: 0.6,
		// Couriers and drivers are not listed: "the courier never came" is a delivery complaint; how one behaved is told by the words above.
		en: ['rude', 'rudest', 'disrespectful', 'unprofessional', 'yelled', 'yelling', 'shouted', 'shouting', 'screamed', 'insulted', 'insulting', 'harass*', 'threatened', 'attitude', 'arrogant', 'condescending', 'manager', 'ceo', 'staff', 'employee', 'employees', 'crew', 'pilot', 'flight attendant', 'gate agent'],
		tr: ['kaba*', 'saygısız*', 'terbiyesiz*', 'hakaret*', 'bağırdı', 'azarla*', 'tehdit*', 'taciz*', 'personel*', 'çalışan*', 'müdür*', 'yönetici*', 'tavır*', 'üslup*', 'ukala*'],
	},
	discrimination: {
		label: 'discrimination/offensive',
		severity: 0.8,
		en: ['racist', 'racism', 'sexist', 'sexism', 'discriminat*', 'homophob*', 'transphob*', 'bigot*', 'offensive', 'slur', 'hate speech', 'profiling', 'disabled', 'wheelchair', 'disability', 'ableist'],
		tr: ['ırkçı*', 'irkçı*', 'ayrımcı*', 'cinsiyetçi*', 'homofob*', 'engelli*', 'tekerlekli sandalye', 'nefret söylemi', 'aşağıla*', 'hakaret*'],
	},
};

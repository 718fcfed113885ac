import type { CategoryName } from '../scoring/CrisisScore';

/**
 * Texts of the demo stream, written for this project. Placeholders: {brand}, {handle} (the brand's
 * @handle, which makes the mention `tagged`), {days}, {amount}, {city}, {order}.
 */
/** The complaint categories Crisis Score knows, plus everyday praise and chatter. */
export type DemoCategory = CategoryName | 'positive' | 'neutral';

export type DemoLanguage = 'en' | 'tr';

export type DemoTexts = Record<DemoCategory, Record<DemoLanguage, readonly string[]>>;

export const DEMO_TEXTS: DemoTexts = {
	legal: {
		en: [
			'Filed a complaint with the consumer protection agency against {brand}. {days} days and still no refund, this is going to small claims court.',
			'My lawyer says what {brand} did with my contract is not legal. Anyone else want to join a class action?',
			'{handle} you changed the terms without telling anyone. Pretty sure that breaks consumer law.',
			'Sent {brand} a formal notice today. If they ignore this one too, I am suing.',
		],
		tr: [
			'{brand} hakkında tüketici hakem heyetine başvurdum. {days} gündür para iadesi yok, mahkemeye gidiyorum.',
			'Avukatım {brand} sözleşmesindeki bu maddenin yasal olmadığını söyledi. Toplu dava açmak isteyen var mı?',
			'{handle} sözleşmeyi haber vermeden değiştirdiniz, bu düpedüz tüketici hakları ihlali.',
			'{brand} için ihtarname çektim. Buna da cevap vermezlerse dava açacağım.',
		],
	},
	safety: {
		en: [
			"The {brand} charger I bought got so hot it melted the plug. This could have started a fire in my kid's room.",
			'Found a piece of glass in my {brand} order. Seriously dangerous, {handle} please recall this batch.',
			'My daughter had an allergic reaction, the {brand} label did not list nuts. This is a health hazard.',
			'{brand} scooter brakes failed on a hill in {city}. I was lucky, someone else may not be.',
		],
		tr: [
			'{brand} şarj aleti o kadar ısındı ki fiş eridi. Çocuğun odasında yangın çıkabilirdi.',
			'{brand} siparişimin içinden cam parçası çıktı. Bu çok tehlikeli, {handle} bu partiyi toplatın.',
			'Kızım alerji krizi geçirdi, {brand} etiketinde fındık yazmıyordu. Sağlığımızla oynuyorsunuz.',
			'{city} yokuşunda {brand} scooterın frenleri tutmadı. Şans eseri kurtuldum, başkası kurtulamayabilir.',
		],
	},
	fraud: {
		en: [
			'{brand} charged my card twice and now pretends it never happened. This feels like a scam.',
			'Beware: fake {brand} accounts are DMing people for card details. {handle} warn your customers!',
			'I paid {amount} to {brand} and the order vanished from my account. Total fraud.',
			'Got a "{brand} refund" SMS asking for my password. Phishing, do not click anything.',
		],
		tr: [
			'{brand} kartımdan iki kez çekim yaptı, şimdi de hiçbir şey olmamış gibi davranıyor. Resmen dolandırıcılık.',
			'Dikkat: sahte {brand} hesapları kart bilgisi istiyor. {handle} müşterilerinizi uyarın!',
			"{brand}'a {amount} ödedim, sipariş hesabımdan kayboldu. Açık açık dolandırıldım.",
			'"{brand} iade" diye şifremi isteyen bir SMS geldi. Oltalama, sakın tıklamayın.',
		],
	},
	privacy: {
		en: [
			'Why does {brand} have my home address on a public page? Who leaked my data?',
			'Got spam calls the same day I signed up at {brand}. Did they sell my phone number?',
			'{handle} I asked you to delete my account {days} days ago, it is still there with all my data.',
			"Someone else's order history showed up in my {brand} app. That is a serious privacy breach.",
		],
		tr: [
			'{brand} adresimi neden herkese açık bir sayfada gösteriyor? Verilerimi kim sızdırdı?',
			"{brand}'a üye olduğum gün spam aramalar başladı. Telefon numaramı mı sattınız?",
			'{handle} {days} gün önce hesabımı silmenizi istedim, hâlâ tüm verilerimle duruyor. KVKK şikayeti yapacağım.',
			'{brand} uygulamasında başka birinin sipariş geçmişini gördüm. Bu ciddi bir gizlilik ihlali.',
		],
	},
	delivery: {
		en: [
			'Order {order} from {brand} was "out for delivery" {days} days ago. Still nothing.',
			'{handle} your courier marked my package delivered but it never arrived in {city}.',
			'Third late delivery from {brand} this month. I needed that for a birthday, now it is useless.',
			'{brand} tracking has not updated in {days} days. Where is my parcel?',
		],
		tr: [
			'{brand} siparişim {order} {days} gündür "dağıtımda" görünüyor. Hâlâ gelmedi.',
			"{handle} kurye paketi teslim edildi diye işaretlemiş ama {city}'deki adresime hiçbir şey gelmedi.",
			"Bu ay {brand}'dan üçüncü geç teslimat. Doğum günü hediyesiydi, artık bir işe yaramaz.",
			'{brand} kargo takibi {days} gündür güncellenmedi. Paketim nerede?',
		],
	},
	billing: {
		en: [
			'{brand} still has not refunded the {amount} for the order they cancelled themselves.',
			'My {brand} subscription renewed after I cancelled it. {handle} give me my money back.',
			'Hidden fees everywhere. The {brand} checkout total was {amount} more than the product page.',
			'{days} days waiting for a refund from {brand}. Support keeps saying "in process".',
		],
		tr: [
			'{brand} kendi iptal ettiği siparişin {amount} iadesini hâlâ yapmadı.',
			'İptal ettiğim {brand} aboneliği yine yenilendi. {handle} paramı geri verin.',
			'Her yerde gizli ücret. {brand} ödeme ekranında tutar ürün sayfasından {amount} fazla çıktı.',
			'{days} gündür {brand}\'dan iade bekliyorum. Müşteri hizmetleri sürekli "işlemde" diyor.',
		],
	},
	quality: {
		en: [
			'The {brand} jacket fell apart after two washes. Really poor quality for the price.',
			'{brand} app crashes every time I open the basket. Unusable since the last update.',
			'Received a broken {brand} blender, the box was fine so it left the factory like that.',
			'Used to love {brand} but the quality has gone downhill this year.',
		],
		tr: [
			'{brand} montum iki yıkamada dağıldı. Bu fiyata çok kalitesiz.',
			'{brand} uygulaması sepeti her açtığımda çöküyor. Son güncellemeden beri kullanılamıyor.',
			'{brand} blender kırık geldi, kutu sağlamdı yani fabrikadan böyle çıkmış.',
			"Eskiden {brand}'ı severdim ama bu yıl kalite resmen yerlerde.",
		],
	},
	service: {
		en: [
			'Two hours on hold with {brand} support and then the line dropped. Unbelievable.',
			'{handle} I have sent {days} messages and got nothing but copy-paste answers.',
			'The {brand} store staff in {city} told me to "just buy a new one". No help at all.',
			'Chatbot loop again. Is there a single human working at {brand} customer service?',
		],
		tr: [
			'{brand} çağrı merkezinde iki saat bekledim, sonra hat düştü. İnanılmaz.',
			'{handle} {days} mesaj attım, hep kopyala yapıştır cevaplar geldi.',
			'{city}\'deki {brand} mağazasında "yenisini alın" dediler. Hiç yardımcı olmadılar.',
			'Yine chatbot döngüsü. {brand} müşteri hizmetlerinde tek bir insan çalışmıyor mu?',
		],
	},
	boycott: {
		en: [
			'Done with {brand}. Deleted the app and telling everyone I know to do the same. #boycott{brand}',
			'Not spending another penny at {brand} after how they treated their customers this week.',
			'If {brand} does not apologise, we boycott. Share this.',
			'Cancelled my {brand} membership today. Switching to a competitor.',
		],
		tr: [
			'{brand} ile işim bitti. Uygulamayı sildim, herkese de sildiriyorum. #{brand}Boykot',
			"Bu hafta müşterilerine yaptıklarından sonra {brand}'a tek kuruş vermem.",
			'{brand} özür dilemezse boykot ediyoruz. Paylaşın.',
			'{brand} üyeliğimi bugün iptal ettim. Rakibe geçiyorum.',
		],
	},
	conduct: {
		en: [
			'The {brand} delivery driver shouted at my elderly neighbour. Completely unacceptable.',
			'{brand} rep was rude and mocked my accent on the phone.',
			'Video of a {brand} employee throwing parcels over a fence is going viral. {handle} explain this.',
			'The manager at {brand} {city} insulted a customer in front of everyone.',
		],
		tr: [
			'{brand} kuryesi yaşlı komşuma bağırdı. Kabul edilemez.',
			'{brand} temsilcisi telefonda kaba davrandı, şivemle dalga geçti.',
			'Kolileri çitin üstünden fırlatan {brand} çalışanının videosu yayılıyor. {handle} açıklama bekliyoruz.',
			'{brand} {city} mağaza müdürü herkesin önünde bir müşteriye hakaret etti.',
		],
	},
	discrimination: {
		en: [
			'{brand} refused to deliver to our neighbourhood "for security reasons". That is discrimination.',
			'My friend in a wheelchair could not get into the {brand} store in {city}, and staff just shrugged.',
			'{brand} job ad says "young candidates only". Age discrimination in {days} words.',
			'The {brand} guard followed only the headscarved women around the store. Disgraceful.',
		],
		tr: [
			'{brand} "güvenlik nedeniyle" mahallemize teslimat yapmıyor. Bu açık ayrımcılık.',
			"Tekerlekli sandalyedeki arkadaşım {city}'deki {brand} mağazasına giremedi, çalışanlar omuz silkti.",
			'{brand} iş ilanında "sadece genç adaylar" yazıyor. Yaş ayrımcılığı.',
			'{brand} güvenliği mağazada sadece başörtülü kadınları takip etti. Utanç verici.',
		],
	},
	positive: {
		en: [
			'Shout out to {brand} support, they fixed my issue in ten minutes. Great service!',
			'{handle} the new app update is so much faster, love it.',
			'Ordered from {brand} last night and it arrived this morning in {city}. Impressive.',
			'Honestly {brand} has the best return process I have ever used. Thank you!',
			'{brand} replaced my faulty item without any questions. That is how you keep customers.',
		],
		tr: [
			'{brand} müşteri hizmetlerine teşekkürler, sorunumu on dakikada çözdüler. Harika hizmet!',
			'{handle} yeni uygulama güncellemesi çok hızlı, bayıldım.',
			"Dün akşam {brand}'dan sipariş verdim, bu sabah {city}'de kapımdaydı. Süper.",
			"Gerçekten {brand}'ın iade süreci gördüğüm en kolay süreç. Teşekkürler!",
			'{brand} arızalı ürünümü hiç soru sormadan değiştirdi. Müşteri böyle kazanılır.',
		],
	},
	neutral: {
		en: [
			'Does anyone know if {brand} delivers to {city} on Sundays?',
			'{brand} announced new opening hours for the holidays.',
			'Comparing {brand} and two other shops for a new phone, any opinions?',
			'{handle} is the student discount still available this month?',
			'Saw a {brand} ad on the metro today.',
		],
		tr: [
			"{brand} pazar günü {city}'ye teslimat yapıyor mu, bilen var mı?",
			'{brand} bayram için yeni çalışma saatlerini açıkladı.',
			'Yeni telefon için {brand} ile iki mağazayı karşılaştırıyorum, fikri olan?',
			'{handle} öğrenci indirimi bu ay da geçerli mi?',
			'Bugün metroda {brand} reklamı gördüm.',
		],
	},
};

/** What the crisis bursts are about. */
export type DemoScenario = 'delivery-outage' | 'data-leak';

/** One crisis the demo tells, from the first scattered complaints to the surge. */
export interface DemoScenarioTexts {
	/** Share of the people posting about it in Turkish; the rest post in English. */
	turkishShare: number;
	/** Early, scattered complaints before anyone sees a pattern: annoyed, not yet angry (no threats, no boycott calls). */
	firstSigns: Record<DemoLanguage, readonly string[]>;
	/** The surge: the failure itself, money kept, anger, the first legal threats and boycott calls. */
	surge: Record<DemoLanguage, readonly string[]>;
	/** Onlookers during the surge: questions and sympathy, no complaint of their own. */
	onlookers: Record<DemoLanguage, readonly string[]>;
	/** Categories of the ordinary complaints mixed into the surge; repeats weigh a category more. */
	categories: readonly DemoCategory[];
}

export const DEMO_SCENARIOS: Record<DemoScenario, DemoScenarioTexts> = {
	// Acme's courier system fails: a shop selling in the UK and Turkey, most of the noise in English.
	'delivery-outage': {
		turkishShare: 0.25,
		firstSigns: {
			en: [
				'Anyone else waiting on a {brand} delivery today? Mine was due this morning.',
				'{brand} tracking has not updated since yesterday. Where is my parcel?',
				'My {brand} order {order} still says "preparing for delivery". Bit odd.',
				'{handle} my parcel was due today and the courier has not turned up.',
				'Second {brand} delivery this week that has not arrived on time. Getting annoying.',
				'The {brand} app says my order is out for delivery but the courier map has not moved for hours.',
			],
			tr: [
				'Bugün {brand} kargosu bekleyen başka var mı? Benimki sabah gelecekti.',
				'{brand} kargo takibi dünden beri güncellenmedi. Paketim nerede?',
				'{brand} siparişim {order} hâlâ "teslimata hazırlanıyor" görünüyor.',
				'{handle} paketim bugün gelecekti, kurye hâlâ gelmedi.',
				"Bu hafta {brand}'dan zamanında gelmeyen ikinci sipariş. Can sıkıcı.",
				'{brand} uygulaması siparişim dağıtımda diyor ama kurye saatlerdir yerinden kıpırdamadı.',
			],
		},
		surge: {
			en: [
				'Is {brand} down? Every order today says "delivery failed" and nobody can tell me where my parcel is.',
				'{handle} hundreds of us have had no deliveries all day and your couriers are not answering. Say something!',
				'{brand} took my money, the delivery never came and now my order has vanished from the app. This is a scam. Disgraceful.',
				'Whole of {city} waiting on {brand} parcels since this morning. Their delivery system has collapsed and there is zero communication.',
				'Reporting {brand} to consumer protection. No delivery, no refund, no answer. Keeping our money for parcels that never arrived is theft.',
				'{brand} silence during this delivery meltdown is the worst part. Never again, and I want my money back. #boycott{brand}',
				'{days} days of {brand} tracking saying "out for delivery". They lied about the delivery date and still take new orders. Ripped off, absolutely furious.',
				'Spread the word: do not order from {brand} this week. Deliveries are not arriving and refunds are refused. Shameful.',
				'{handle} my order {order} was meant to arrive today for a birthday. Tracking just says "delivery exception". Useless.',
				'Small business here: {days} {brand} parcels to my customers are stuck and I get the blame. Talking to a lawyer tomorrow. Disaster.',
			],
			tr: [
				'{brand} çöktü mü? Bugünkü tüm siparişlerde "teslimat başarısız" yazıyor, kargom nerede kimse bilmiyor.',
				'{handle} yüzlerce kişi bütün gün kargo bekliyor, kuryelerinize ulaşılamıyor. Bir açıklama yapın!',
				'{brand} paramı aldı, sipariş hiç gelmedi, şimdi de uygulamadan kayboldu. Bu resmen dolandırıcılık.',
				'Bütün {city} sabahtan beri {brand} kargosunu bekliyor. Teslimat sistemi çökmüş, kimse cevap vermiyor.',
				"{brand}'ı tüketici hakem heyetine şikayet ediyorum. Ne teslimat var ne iade, gelmeyen kargonun parasını tutmak yasal değil.",
				"Bu teslimat felaketinde {brand}'ın sessizliği işin en kötüsü. Bir daha asla. #{brand}Boykot",
				'{days} gündür kargo takibi "dağıtımda" diyor. Teslimat tarihi konusunda yalan söylediler, yeni sipariş almaya da devam ediyorlar. Rezalet!',
				"Herkes duysun: bu hafta {brand}'dan sipariş vermeyin, teslimatlar gelmiyor, iade de yok. Rezalet!",
				'{handle} {order} numaralı siparişim bugün doğum günü için gelecekti. Kargo takibi sadece "teslimat sorunu" diyor.',
				'Küçük işletmeyim: müşterilerime giden {days} {brand} kargosu takıldı, suç bana kalıyor. Yarın avukatla görüşüyorum. Berbat!',
			],
		},
		onlookers: {
			en: [
				"Is anyone else's {brand} delivery stuck today, or just me?",
				'Hope {brand} sorts this out soon, they have always been reliable for me.',
				'Looks like {brand} deliveries are down across {city}. Anyone heard anything official?',
			],
			tr: [
				'Bugün {brand} teslimatı takılan başka var mı, yoksa sadece ben mi?',
				'Umarım {brand} bunu çabuk çözer, bugüne kadar hep güvenilirdi.',
				'{city} genelinde {brand} teslimatları durmuş gibi. Resmi bir açıklama gören var mı?',
			],
		},
		categories: ['delivery', 'delivery', 'delivery', 'service', 'billing'],
	},
	// Customer data turns up online: reported first in Turkey, most of the noise in Turkish.
	'data-leak': {
		turkishShare: 0.7,
		firstSigns: {
			en: [
				'Odd: a text message today knew my {brand} order number. Anyone else?',
				'Got an email "from {brand}" asking me to confirm my address. Does not look like them.',
				'{handle} did you change something? Strange messages mentioning my account this morning.',
			],
			tr: [
				'Garip: bugün gelen bir SMS {brand} sipariş numaramı biliyordu. Başka gelen var mı?',
				'"{brand}" adına adresimi doğrulamamı isteyen bir e-posta geldi. Onlara hiç benzemiyor.',
				'{handle} bir şey mi değişti? Bu sabah hesabımdan bahseden tuhaf mesajlar aldım.',
			],
		},
		surge: {
			en: [
				'Just got an email that my {brand} account data was in a leak. Addresses, phone numbers, everything.',
				'{handle} is it true that customer card details leaked? Why did we hear it from a journalist first?',
				'The {brand} breach list is on a forum already. Change your passwords now.',
				'Getting phishing SMS with my real {brand} order number. The leak is real.',
				'Data protection authority should fine {brand} for this breach. Filing my complaint today.',
				'Deleting my {brand} account after the leak. They never cared about our privacy.',
			],
			tr: [
				'{brand} hesap bilgilerimin sızıntıda olduğunu söyleyen bir e-posta aldım. Adres, telefon, her şey.',
				'{handle} müşteri kart bilgilerinin sızdığı doğru mu? Neden önce bir gazeteciden öğreniyoruz?',
				'{brand} sızıntı listesi bir forumda dolaşıyor bile. Şifrelerinizi hemen değiştirin.',
				"Gerçek {brand} sipariş numaramla oltalama SMS'leri geliyor. Sızıntı gerçek.",
				"KVKK bu ihlal için {brand}'a ceza kesmeli. Bugün şikayetimi yapıyorum.",
				'Sızıntıdan sonra {brand} hesabımı siliyorum. Gizliliğimizi hiç umursamadılar.',
			],
		},
		onlookers: {
			en: [
				'Is the {brand} leak story true? Has anyone seen an official statement?',
				'Checking whether my {brand} account is affected. Any tips?',
			],
			tr: [
				'{brand} sızıntı haberi doğru mu? Resmi bir açıklama gören var mı?',
				'{brand} hesabımın etkilenip etkilenmediğine bakıyorum. Öneri var mı?',
			],
		},
		categories: ['privacy', 'privacy', 'fraud', 'legal', 'service'],
	},
};

export const DEMO_CITIES: Record<DemoLanguage, readonly string[]> = {
	en: ['London', 'Manchester', 'Leeds', 'Bristol', 'Dublin', 'Glasgow'],
	tr: ['İstanbul', 'Ankara', 'İzmir', 'Bursa', 'Antalya', 'Eskişehir'],
};

export const DEMO_FIRST_NAMES: Record<DemoLanguage, readonly string[]> = {
	en: [
		'Emma',
		'Oliver',
		'Amelia',
		'Jack',
		'Sophie',
		'Harry',
		'Grace',
		'Noah',
		'Chloe',
		'Leo',
		'Ava',
		'Sam',
	],
	tr: [
		'Ayşe',
		'Mehmet',
		'Zeynep',
		'Mustafa',
		'Elif',
		'Emre',
		'Fatma',
		'Burak',
		'Selin',
		'Can',
		'Deniz',
		'Merve',
	],
};

export const DEMO_LAST_NAMES: Record<DemoLanguage, readonly string[]> = {
	en: [
		'Smith',
		'Jones',
		'Taylor',
		'Brown',
		'Wilson',
		'Evans',
		'Walker',
		'Hughes',
		'Wright',
		'Clarke',
	],
	tr: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan'],
};

/** Well-followed accounts that pick up a crisis (journalists, consumer advocates). */
export const DEMO_LOUD_ACCOUNTS: Record<DemoLanguage, readonly string[]> = {
	en: ['consumerwatch_uk', 'techreporter', 'moneysaving_tips', 'dailynewsdesk'],
	tr: ['tuketicihaklari', 'teknoloji_muhabiri', 'ekonomigundem', 'haber_masasi'],
};

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
			'The {brand} charger I bought got so hot it melted the plug. This could have started a fire in my kid\'s room.',
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
			'{brand}\'a {amount} ödedim, sipariş hesabımdan kayboldu. Açık açık dolandırıldım.',
			'"{brand} iade" diye şifremi isteyen bir SMS geldi. Oltalama, sakın tıklamayın.',
		],
	},
	privacy: {
		en: [
			'Why does {brand} have my home address on a public page? Who leaked my data?',
			'Got spam calls the same day I signed up at {brand}. Did they sell my phone number?',
			'{handle} I asked you to delete my account {days} days ago, it is still there with all my data.',
			'Someone else\'s order history showed up in my {brand} app. That is a serious privacy breach.',
		],
		tr: [
			'{brand} adresimi neden herkese açık bir sayfada gösteriyor? Verilerimi kim sızdırdı?',
			'{brand}\'a üye olduğum gün spam aramalar başladı. Telefon numaramı mı sattınız?',
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
			'{handle} kurye paketi teslim edildi diye işaretlemiş ama {city}\'deki adresime hiçbir şey gelmedi.',
			'Bu ay {brand}\'dan üçüncü geç teslimat. Doğum günü hediyesiydi, artık bir işe yaramaz.',
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
			'Eskiden {brand}\'ı severdim ama bu yıl kalite resmen yerlerde.',
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
			'Bu hafta müşterilerine yaptıklarından sonra {brand}\'a tek kuruş vermem.',
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
			'Tekerlekli sandalyedeki arkadaşım {city}\'deki {brand} mağazasına giremedi, çalışanlar omuz silkti.',
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
			'Dün akşam {brand}\'dan sipariş verdim, bu sabah {city}\'de kapımdaydı. Süper.',
			'Gerçekten {brand}\'ın iade süreci gördüğüm en kolay süreç. Teşekkürler!',
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
			'{brand} pazar günü {city}\'ye teslimat yapıyor mu, bilen var mı?',
			'{brand} bayram için yeni çalışma saatlerini açıkladı.',
			'Yeni telefon için {brand} ile iki mağazayı karşılaştırıyorum, fikri olan?',
			'{handle} öğrenci indirimi bu ay da geçerli mi?',
			'Bugün metroda {brand} reklamı gördüm.',
		],
	},
};

/** What the crisis bursts are about: each has its own texts and a mix of complaint categories. */
export type DemoScenario = 'delivery-outage' | 'data-leak';

export const CRISIS_TEXTS: Record<DemoScenario, Record<DemoLanguage, readonly string[]>> = {
	'delivery-outage': {
		en: [
			'Is {brand} down? Every order today says "delivery failed" and the refund button gives an error.',
			'{handle} hundreds of us have no deliveries and no refunds today. Say something!',
			'{brand} took my money, cancelled my order and the refund page is broken. This is a scam now.',
			'Whole city of {city} waiting on {brand} parcels, their system clearly collapsed. Zero communication.',
			'Reporting {brand} to the consumer agency. Outage or not, keeping our money is illegal.',
			'{brand} silence during this delivery meltdown is the worst part. #boycott{brand}',
		],
		tr: [
			'{brand} çöktü mü? Bugünkü tüm siparişlerde "teslimat başarısız" yazıyor, iade butonu da hata veriyor.',
			'{handle} yüzlerce kişi bugün ne kargo alabildi ne iade. Bir açıklama yapın!',
			'{brand} paramı aldı, siparişi iptal etti, iade sayfası da bozuk. Bu artık dolandırıcılık.',
			'Bütün {city} {brand} kargosunu bekliyor, sistemleri çökmüş belli. Sıfır iletişim.',
			'{brand}\'ı tüketici hakem heyetine şikayet ediyorum. Arıza olsun olmasın paramızı tutmak yasal değil.',
			'Bu teslimat felaketinde {brand}\'ın sessizliği işin en kötüsü. #{brand}Boykot',
		],
	},
	'data-leak': {
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
			'Gerçek {brand} sipariş numaramla oltalama SMS\'leri geliyor. Sızıntı gerçek.',
			'KVKK bu ihlal için {brand}\'a ceza kesmeli. Bugün şikayetimi yapıyorum.',
			'Sızıntıdan sonra {brand} hesabımı siliyorum. Gizliliğimizi hiç umursamadılar.',
		],
	},
};

/** Complaint categories each crisis draws its other negative chatter from. */
export const CRISIS_CATEGORIES: Record<DemoScenario, readonly DemoCategory[]> = {
	'delivery-outage': ['delivery', 'billing', 'service', 'fraud', 'legal', 'boycott'],
	'data-leak': ['privacy', 'fraud', 'legal', 'boycott', 'service'],
};

export const DEMO_CITIES: Record<DemoLanguage, readonly string[]> = {
	en: ['London', 'Manchester', 'Leeds', 'Bristol', 'Dublin', 'Glasgow'],
	tr: ['İstanbul', 'Ankara', 'İzmir', 'Bursa', 'Antalya', 'Eskişehir'],
};

export const DEMO_FIRST_NAMES: Record<DemoLanguage, readonly string[]> = {
	en: ['Emma', 'Oliver', 'Amelia', 'Jack', 'Sophie', 'Harry', 'Grace', 'Noah', 'Chloe', 'Leo', 'Ava', 'Sam'],
	tr: ['Ayşe', 'Mehmet', 'Zeynep', 'Mustafa', 'Elif', 'Emre', 'Fatma', 'Burak', 'Selin', 'Can', 'Deniz', 'Merve'],
};

export const DEMO_LAST_NAMES: Record<DemoLanguage, readonly string[]> = {
	en: ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Walker', 'Hughes', 'Wright', 'Clarke'],
	tr: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan'],
};

/** Well-followed accounts that pick up a crisis (journalists, consumer advocates). */
export const DEMO_LOUD_ACCOUNTS: Record<DemoLanguage, readonly string[]> = {
	en: ['consumerwatch_uk', 'techreporter', 'moneysaving_tips', 'dailynewsdesk'],
	tr: ['tuketicihaklari', 'teknoloji_muhabiri', 'ekonomigundem', 'haber_masasi'],
};

import type { LanguagePack } from './MessageTemplates';

export const tr: LanguagePack = {
	templates: {
		apologyReply: {
			formal:
				'{{author}}, haklısınız ve özür dileriz. {{issue}} konusunda hata yaptık; bu sizin değil, bizim hatamız. Sorunu {{caseId}} numaralı kayıtla çözüyoruz ve en geç {{nextUpdate}} size bilgi vereceğiz.',
			warm: '{{author}}, çok haklısınız, gerçekten özür dileriz. {{issue}} konusunda hata yaptık ve bu tamamen bizim sorumluluğumuz. Hemen düzeltiyoruz (kayıt {{caseId}}); en geç {{nextUpdate}} size döneceğiz.',
		},
		apologyStatement: {
			formal:
				'{{brand}} olarak {{issue}} konusunda hata yaptık ve etkilenen herkesten özür dileriz. Bu bizim hatamız. Sorunu gidermek için çalışıyoruz; en geç {{nextUpdate}} bir güncelleme paylaşacağız. Referans: {{caseId}}.',
			warm: '{{issue}} konusunda hata yaptık, özür dileriz. Mazeretimiz yok; bu {{brand}} olarak bizim hatamız. Şu anda düzeltiyoruz ve en geç {{nextUpdate}} güncelleme paylaşacağız. (Ref. {{caseId}})',
		},
		holdingStatement: {
			formal:
				'{{issue}} konusundaki sorunun farkındayız ve sorumluluğu üstleniyoruz. Şu anda inceliyoruz; ne olduğunu ve neler yaptığımızı en geç {{nextUpdate}} paylaşacağız. {{brand}}',
			warm: '{{issue}} konusundaki sorunu biliyoruz ve bu bizim sorumluluğumuzda. Hemen inceliyoruz; ne olduğunu ve nasıl düzelttiğimizi en geç {{nextUpdate}} anlatacağız. {{brand}}',
		},
		privateReplyDm: {
			formal:
				'{{author}}, yaşadığınız sorun için özür dileriz. Çözebilmemiz için bazı hesap bilgilerinize ihtiyacımız var; bunları herkese açık sormak istemeyiz. Lütfen {{caseId}} kayıt numarasıyla {{dmHandle}} hesabımıza özel mesaj gönderin.',
			warm: '{{author}}, çok üzgünüz, hemen ilgilenmek istiyoruz. {{dmHandle}} hesabımıza {{caseId}} kayıt numarasıyla DM atar mısınız? Hesap bilgilerinize orada, gizli olarak bakalım.',
		},
		privateReplyEmail: {
			formal:
				'{{author}}, yaşadığınız sorun için özür dileriz. Bilgilerinizi gizli olarak inceleyebilmemiz için lütfen {{caseId}} kayıt numarasıyla {{email}} adresine yazın. En geç {{nextUpdate}} yanıt vereceğiz.',
			warm: '{{author}}, çok üzgünüz! {{email}} adresine {{caseId}} kayıt numarasıyla yazar mısınız? Bilgilerinize oradan bakıp en geç {{nextUpdate}} size döneceğiz.',
		},
		privateReplyPhone: {
			formal:
				'{{author}}, yaşadığınız sorun için özür dileriz. Sorunu birlikte ve doğrudan çözebilmemiz için lütfen {{phone}} numarasından bizi arayın ve {{caseId}} kayıt numarasını belirtin.',
			warm: '{{author}}, çok üzgünüz, hemen birlikte çözelim. {{phone}} numarasından bizi arayıp {{caseId}} kayıt numarasını söylemeniz yeterli.',
		},
		contactRequest: {
			formal:
				'Merhaba {{author}}, {{channel}} üzerinden ilettiğiniz konu ({{caseId}} numaralı kayıt) hakkında {{brand}} olarak yazıyoruz. Yaşadıklarınız için özür dileriz. Sorunu çözebilmemiz için hesabınızda kayıtlı e-posta adresini veya telefon numarasını ve size ulaşabileceğimiz uygun bir zamanı paylaşır mısınız? Lütfen şifre ya da kart numarası göndermeyin.',
			warm: 'Merhaba {{author}}, {{brand}} ekibinden yazıyoruz ({{channel}}, kayıt {{caseId}}). Yaşadıklarınız için gerçekten çok üzgünüz. Hesabınızda kayıtlı e-posta adresini ya da telefon numarasını ve sizi ne zaman arayabileceğimizi yazar mısınız? Lütfen bize asla şifre veya kart numarası göndermeyin.',
		},
		responseReply: {
			formal:
				'{{author}}, bize bildirdiğiniz için teşekkür ederiz. Yaşadığınız sorun için özür dileriz; şu anda inceliyoruz (kayıt {{caseId}}). En geç {{nextUpdate}} size dönüş yapacağız.',
			warm: '{{author}}, haber verdiğiniz için çok teşekkürler, gerçekten üzgünüz. Hemen bakıyoruz (kayıt {{caseId}}); en geç {{nextUpdate}} size döneceğiz.',
		},
	},
	categoryIssue: {
		legal: 'yasal yükümlülüklerimiz',
		safety: 'ürün güvenliği',
		fraud: 'hesap güvenliği',
		privacy: 'kişisel verilerin korunması',
		delivery: 'teslimatlar',
		billing: 'faturalandırma',
		quality: 'ürün kalitesi',
		service: 'müşteri hizmetleri',
		boycott: 'bu konuyu ele alış biçimimiz',
		conduct: 'çalışanlarımızın davranışı',
		discrimination: 'insanlara eşit davranma',
	},
	genericIssue: 'bu sorun',
	nonApologies: [
		'yaşanan aksaklık',
		'yaşanan olumsuzluk',
		'olası mağduriyet',
		'herhangi bir rahatsızlık',
		'yanlış anlaşılma',
		'kırıldıysanız',
		'gücendiyseniz',
		'hissettiyseniz',
		'üzüldüyseniz',
	],
	brief: {
		title: 'Durum özeti',
		what: 'Ne konuşuluyor',
		where: 'Nerede',
		howMany: 'Ne kadar',
		since: 'Ne zamandan beri',
		trend: 'Eğilim',
		categories: 'Öne çıkan şikâyet kategorileri',
		representative: 'Temsili paylaşımlar',
		openQuestions: 'Yanıt vermeden önce cevaplanacak sorular',
		mentions: 'paylaşım',
		negative: 'olumsuz',
		authors: 'farklı yazar',
		tagged: 'markayı etiketledi',
		untagged: 'markayı etiketlemedi',
		rising: 'artıyor',
		falling: 'azalıyor',
		steady: 'durağan',
		noCategories: 'hiçbir şikâyet kategorisi eşleşmedi',
	},
	generalQuestions: [
		'Temel iddia doğru mu? Kim, nasıl doğruladı?',
		'Hangi müşteriler, siparişler veya bölgeler etkileniyor, kaç tane?',
		'İlk kamuya açık açıklamayı kim, ne zamana kadar onaylayacak?',
	],
	categoryQuestions: {
		legal: 'Hukuk ekibi bu paylaşımları gördü mü?',
		safety:
			'Zarar gören ya da risk altında olan biri var mı? Uyarı veya geri çağırma gerekiyor mu?',
		fraud:
			'Müşteri hesapları şu anda ele geçirilmiş durumda mı? Müşterilere oltalama (phishing) uyarısı gerekiyor mu?',
		privacy:
			'Kişisel veri açığa çıktı mı? 72 saatlik bildirim yükümlülüğü (KVKK / GDPR) geçerli mi?',
		delivery: 'Hangi bölge, kargo firması veya depo söz konusu, ne zamandan beri?',
		billing: 'Kaç müşteriden yanlış ücret alındı, iadeler ne zaman yapılacak?',
		quality: 'Hangi parti, model veya sürüm etkileniyor?',
		service: 'Hangi kanal veya ekip yanıt vermedi, neden?',
		boycott: 'Boykot çağrısını ne başlattı, kimler yayıyor?',
		conduct: 'Hangi çalışan veya şube söz konusu, İK bilgilendirildi mi?',
		discrimination: 'Tam olarak ne oldu, kime oldu ve kişiyle doğrudan iletişime geçildi mi?',
	},
	deadlineFormat: 'd LLL, HH:mm ZZZZ',
	locale: 'tr',
};

/** Words too common to be worth monitoring, EN and TR (lower case). */
export const STOPWORDS: ReadonlySet<string> = new Set([
	// English
	'the', 'and', 'for', 'are', 'but', 'not', 'you', 'all', 'any', 'can', 'had', 'her', 'was', 'one', 'our', 'out', 'has', 'have',
	'his', 'how', 'its', 'may', 'new', 'now', 'old', 'see', 'two', 'way', 'who', 'did', 'get', 'got', 'him', 'let', 'say', 'she',
	'too', 'use', 'this', 'that', 'with', 'from', 'they', 'them', 'then', 'than', 'there', 'their', 'what', 'when', 'where',
	'which', 'while', 'will', 'would', 'could', 'should', 'been', 'being', 'were', 'your', 'yours', 'just', 'like', 'about',
	'into', 'over', 'after', 'before', 'again', 'also', 'only', 'very', 'more', 'most', 'some', 'such', 'still', 'even', 'much',
	'many', 'here', 'because', 'does', 'doing', 'done', 'dont', 'didnt', 'cant', 'wont', 'isnt', 'im', 'ive', 'it\'s', 'i\'m',
	'don\'t', 'can\'t', 'won\'t', 'didn\'t', 'doesn\'t', 'isn\'t', 'wasn\'t', 'aren\'t', 'every', 'each', 'other', 'these',
	'those', 'same', 'own', 'why', 'yet', 'via', 'amp', 'http', 'https', 'www', 'com', 'yes', 'okay', 'today', 'yesterday',
	// Turkish
	've', 'ile', 'bir', 'bu', 'şu', 'için', 'ama', 'fakat', 'ancak', 'gibi', 'daha', 'çok', 'az', 'olan', 'olarak', 'kadar',
	'sonra', 'önce', 'şimdi', 'hala', 'hâlâ', 'bile', 'diye', 'değil', 'yok', 'var', 'ben', 'sen', 'biz', 'siz', 'onlar',
	'bana', 'beni', 'benim', 'sana', 'seni', 'senin', 'bize', 'bizi', 'bizim', 'size', 'sizi', 'sizin', 'onu', 'ona', 'onun',
	'neden', 'niye', 'nasıl', 'nerede', 'hangi', 'kim', 'kimse', 'hiç', 'her', 'hep', 'tüm', 'bütün', 'ise', 'mi', 'mı',
	'mu', 'mü', 'de', 'da', 'ki', 'en', 'ya', 'veya', 'yani', 'işte', 'artık', 'bugün', 'dün', 'oldu', 'olur', 'olmuş', 'olmadı',
	'etti', 'ediyor', 'yaptı', 'yapıyor', 'şey', 'şeyi', 'olsun', 'aynı', 'başka', 'böyle', 'öyle', 'şöyle', 'iki', 'üç',
]);

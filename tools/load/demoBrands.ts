import type { DemoConfig } from '../../nodes/core/sources/demo';

/** A mix of brands as one team would watch them: some quiet, some with a recurring crisis (EN and TR texts). */
const BRAND_NAMES = [
	'Acme',
	'Boreas Bank',
	'Kuzey Kargo',
	'Lumen Air',
	'Marmara Market',
	'Nova Telecom',
	'Orkide',
	'Pera Pay',
	'Quill Books',
	'Rüzgar Enerji',
];

export function demoConfigs(brands: number): DemoConfig[] {
	return Array.from({ length: brands }, (_, index) => ({
		seed: 1000 + index,
		brand:
			BRAND_NAMES[index % BRAND_NAMES.length] +
			(index >= BRAND_NAMES.length ? ` ${Math.floor(index / BRAND_NAMES.length) + 1}` : ''),
		crisis: index % 3 === 0 ? 'delivery-outage' : index % 3 === 1 ? 'data-leak' : 'none',
	}));
}

/** Every property optional, recursively; arrays are taken whole (a partial list makes no sense for settings). */
export type DeepPartial<T> = {
	[K in keyof T]?: T[K] extends readonly unknown[]
		? T[K]
		: T[K] extends object
			? DeepPartial<T[K]>
			: T[K];
};

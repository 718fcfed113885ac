/** Display options that show a parameter only for the given sources. */
export const onlyFor = (...source: string[]) => ({ show: { source } });

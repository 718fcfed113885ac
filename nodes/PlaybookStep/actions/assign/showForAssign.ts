/** Shows a parameter for Assign only. */
export const showForAssign = { show: { operation: ['assign'] } };

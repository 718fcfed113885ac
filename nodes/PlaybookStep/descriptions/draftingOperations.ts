/** The operations that draft public text, and so read the message settings. */
export const DRAFTING_OPERATIONS = ['respondToEvery', 'acknowledge', 'takePrivate'];

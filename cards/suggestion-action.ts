/**
 * A suggestion button that sends its text as the user's own message (imBack), as the answer
 * cards' suggestions do; the welcome and help cards use it for their example questions.
 */
export const suggestionAction = (value: string): Record<string, unknown> => ({ type: 'Action.Submit', title: value, data: { msteams: { type: 'imBack', value } } });

/** The most opinions a group may be accepted one by one in one action (the server's MAX_GROUP_ACCEPT). */
export const MAX_GROUP_ACCEPT = 50;

/**
 * The key of a passage's group, as the server gives it out (`p:<blockId>`, `p:` for the whole
 * text): a passage chosen in the passage list opens its group even when that group is not among
 * the pages of groups loaded so far.
 */
export const passageGroupKey = (blockId: string | null) => `p:${blockId ?? ''}`;

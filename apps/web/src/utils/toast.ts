type Kind = 'success' | 'info' | 'warning' | 'error';

/**
 * One of Element Plus's messages, its code fetched with the first one shown: a page shows none
 * before someone acts, so none of it rides in the page's first load.
 */
export function toast(kind: Kind, text: string): void {
  void import('./element-message').then(({ ElMessage }) => ElMessage[kind](text));
}

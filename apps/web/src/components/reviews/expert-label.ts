/**
 * How the expert picker names an expert: the name, then what they are in brackets. A title that
 * already brackets its detail (特邀专家（某大学公共管理学院教授）) gives only that detail, so the
 * label reads 钱立群（某大学公共管理学院教授） rather than nesting brackets inside brackets.
 */
export function expertLabel(expert: { name: string; title: string | null }): string {
  const title = expert.title?.trim();
  if (!title) return expert.name;
  const bracketed = /^[^（(]*[（(](.+)[）)]$/.exec(title);
  return `${expert.name}（${bracketed?.[1]?.trim() || title}）`;
}

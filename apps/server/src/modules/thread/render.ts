import MarkdownIt from 'markdown-it';

// Raw HTML in a comment is shown as text, never parsed; markdown-it's link check also refuses
// javascript:, vbscript:, file: and most data: URLs. So nothing in a comment can run.
const md = new MarkdownIt({ html: false, linkify: true, breaks: true });
const defaultLink =
  md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]?.attrSet('rel', 'noopener noreferrer nofollow');
  tokens[idx]?.attrSet('target', '_blank');
  return defaultLink(tokens, idx, options, env, self);
};

/** A comment's Markdown as safe HTML. */
export function renderComment(body: string): string {
  return md.render(body);
}

import { describe, expect, it } from 'vitest';
import { renderComment } from './render.js';

describe('renderComment', () => {
  it('renders Markdown', () => {
    expect(renderComment('**建议**增加*物资储备*')).toContain('<strong>建议</strong>');
  });

  it('never lets a script, an event handler or a javascript: link through', () => {
    const html = renderComment(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [点我](javascript:alert(1)) <a href="javascript:alert(1)">x</a>',
    );
    expect(html).not.toMatch(/<script|<img|<a href="javascript:/i);
    expect(html).toContain('&lt;script&gt;');
  });
});

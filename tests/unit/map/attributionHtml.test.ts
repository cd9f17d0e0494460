import { describe, expect, it } from 'vitest';
import { attributionHtml } from '../../../src/map/attributionHtml';

describe('credits from data files', () => {
  it('reach the attribution control as text, never as markup', () => {
    const html = attributionHtml(['<img src=https://evil.example/x.png onerror=alert(1)>', 'A & B', 'A & B', undefined, ' ']);
    expect(html).toBe('&lt;img src=https://evil.example/x.png onerror=alert(1)&gt; · A &amp; B');
  });
});

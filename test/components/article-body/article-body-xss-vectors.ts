/**
 * Hostile `content_html` for `<article-body>`: classic and mutation XSS vectors, markup that would
 * escape the widget (styles, forms, frames, slots, parts) and markup that must survive, finished.
 * Every vector that could run code calls the global canary `__bodyXss(n)`. Plain data (no test
 * imports), so a scratch page can load it too; the checks are in article-body-xss-corpus.ts.
 */

export interface XssVector {
  readonly name: string;
  readonly html: string;
}

const ran = (n: number) => `top.__bodyXss(${n})`;

export const XSS_VECTORS: readonly XssVector[] = [
  { name: 'script element', html: `<p>a</p><script>${ran(1)}</script>` },
  { name: 'img onerror', html: `<img src=x onerror=${ran(2)}>` },
  { name: 'upper-case handler', html: `<IMG SRC="x" ONERROR="${ran(3)}">` },
  { name: 'svg onload', html: `<svg onload=${ran(4)}></svg>` },
  { name: 'script inside svg', html: `<svg><script>${ran(5)}</script></svg>` },
  { name: 'body onload', html: `<body onload=${ran(6)}><p>x</p></body>` },
  { name: 'iframe javascript src', html: `<iframe src="javascript:${ran(7)}"></iframe>` },
  { name: 'iframe srcdoc', html: `<iframe srcdoc="<script>${ran(8)}</script>"></iframe>` },
  { name: 'javascript link', html: `<a href="javascript:${ran(9)}">click</a>` },
  { name: 'mixed-case javascript with space', html: `<a href=" JaVaScRiPt:${ran(10)}">click</a>` },
  { name: 'javascript with a tab entity', html: `<a href="java&#x09;script:${ran(11)}">click</a>` },
  { name: 'javascript as numeric entities', html: `<a href="&#106;&#97;vascript:${ran(12)}">click</a>` },
  { name: 'vbscript link', html: `<a href="vbscript:msgbox(13)">click</a>` },
  { name: 'data: html link', html: `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>` },
  { name: 'data: svg image', html: `<img src="data:image/svg+xml,%3Csvg%20onload%3D${ran(15)}%3E%3C/svg%3E">` },
  { name: 'javascript img src', html: `<img src="javascript:${ran(16)}">` },
  { name: 'object data', html: `<object data="javascript:${ran(17)}"></object>` },
  { name: 'embed src', html: `<embed src="javascript:${ran(18)}">` },
  { name: 'form with javascript action', html: `<form action="javascript:${ran(19)}"><input name="password"><button>Log in</button></form>` },
  { name: 'button formaction', html: `<button formaction="javascript:${ran(20)}">x</button>` },
  { name: 'autofocus onfocus input', html: `<input autofocus onfocus=${ran(21)}>` },
  { name: 'details ontoggle', html: `<details open ontoggle=${ran(22)}><summary>s</summary>t</details>` },
  { name: 'source onerror', html: `<video><source onerror=${ran(23)}></video>` },
  { name: 'video javascript poster', html: `<video poster="javascript:${ran(24)}" autoplay></video>` },
  { name: 'audio onerror', html: `<audio src=x onerror=${ran(25)}></audio>` },
  { name: 'style element', html: `<style>:host{position:fixed}@import 'https://evil.example/x.css';</style><p>t</p>` },
  { name: 'style attribute covering the page', html: `<p style="position:fixed;inset:0;z-index:99999;background:red">cover</p>` },
  { name: 'stylesheet link', html: `<link rel="stylesheet" href="https://evil.example/x.css">` },
  { name: 'meta refresh', html: `<meta http-equiv="refresh" content="0;url=javascript:${ran(29)}">` },
  { name: 'base href', html: `<base href="javascript:${ran(30)}//"><a href="x">rel</a>` },
  { name: 'svg xlink:href', html: `<svg><a xlink:href="javascript:${ran(31)}"><text y="20">x</text></a></svg>` },
  { name: 'svg use', html: `<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCc+PC9zdmc+#x"></use></svg>` },
  { name: 'svg foreignObject', html: `<svg><foreignObject><iframe src="javascript:${ran(33)}"></iframe></foreignObject></svg>` },
  {
    name: 'svg animate rewriting href',
    html: `<svg><a><animate attributeName="href" values="javascript:${ran(34)}"></animate><text y="20">x</text></a></svg>`,
  },
  { name: 'svg set handler', html: `<svg><set attributeName="onmouseover" to="${ran(35)}"></set></svg>` },
  {
    name: 'mathml mutation (mglyph style)',
    html: `<math><mtext><table><mglyph><style><img src=x onerror=${ran(36)}></style></mglyph></table></mtext></math>`,
  },
  { name: 'noscript mutation', html: `<noscript><p title="</noscript><img src=x onerror=${ran(37)}>">` },
  { name: 'template content', html: `<template><img src=x onerror=${ran(38)}></template>` },
  { name: 'customized built-in', html: `<p is="x-evil">text</p>` },
  { name: 'custom element', html: `<news-feed src="https://evil.example/feed.json"><x-evil onclick=${ran(40)}>inside</x-evil></news-feed>` },
  { name: 'javascript srcset', html: `<img src="https://img.example/a.jpg" srcset="javascript:${ran(41)} 1x">` },
  { name: 'marquee onstart', html: `<marquee onstart=${ran(42)}>m</marquee>` },
  { name: 'onclick on a fragment link', html: `<a href="#x" onclick="${ran(43)}">x</a>` },
  { name: 'select autofocus', html: `<select autofocus onfocus=${ran(44)}><option>o</option></select>` },
  { name: 'textarea autofocus', html: `<textarea autofocus onfocus=${ran(45)}>t</textarea>` },
  { name: 'frameset onload', html: `<frameset onload=${ran(46)}><frame src="javascript:${ran(46)}"></frameset>` },
  { name: 'table background', html: `<table background="javascript:${ran(47)}"><tr><td>t</td></tr></table>` },
  { name: 'focus and popover tricks', html: `<p tabindex="1" autofocus contenteditable accesskey="x">p</p><div popover>hidden</div>` },
  { name: 'portal', html: `<portal src="https://evil.example/"></portal>` },
  { name: 'slot pulling in light DOM', html: `<slot></slot><p slot="x">s</p>` },
  { name: 'part and class of the widget', html: `<p part="base" class="visually-hidden skeleton-line">p</p>` },
  { name: 'blob link', html: `<a href="blob:https://evil.example/0000">blob</a>` },
  { name: 'svg image javascript href', html: `<svg><image href="javascript:${ran(53)}"></image></svg>` },
  { name: 'mathml href', html: `<math href="javascript:${ran(54)}"><mi>x</mi></math>` },
  { name: 'comment hiding markup', html: `<!--<img src=x onerror=${ran(55)}>--><p>c</p>` },
  { name: 'xmp raw text', html: `<xmp><img src=x onerror=${ran(56)}></xmp>` },
  { name: 'dialog open', html: `<dialog open>Sign in again</dialog>` },
  {
    name: 'link with target, opener rel and ping',
    html: `<a href="https://ok.example/" target="_top" rel="opener" ping="https://track.example/">ok</a>`,
  },
  { name: 'sized image', html: `<img src="https://img.example/chart.png" width="640" height="360" alt="A chart" loading="eager">` },
  { name: 'image without alt', html: `<img src="https://img.example/b.png">` },
  { name: 'declarative shadow root', html: `<div><template shadowrootmode="open"><img src=x onerror=${ran(61)}></template></div>` },
  // Chromium 156 crashes the tab when setHTML with a remove-list configuration meets onstart or onfinish.
  { name: 'marquee handlers that crash remove-list setHTML', html: `<p onstart="${ran(63)}" onfinish="${ran(63)}" onbounce="${ran(63)}">m</p>` },
  { name: 'formaction on image input', html: `<input type="image" src="x" formaction="javascript:${ran(62)}">` },
];

/** Script-running vectors; each calls `window.__xss()` if it ever runs. */
const VECTORS = [
  '<img src=x onerror=__xss()>',
  '<svg onload=__xss()>',
  '<script>__xss()</script>',
  'javascript:__xss()',
  '<iframe srcdoc="<script>parent.__xss()</script>"></iframe>',
  '<a href="javascript:__xss()">x</a>',
  '<math><mi xlink:href="javascript:__xss()">x</mi></math>',
  '<details open ontoggle=__xss()>',
  '<body onload=__xss()>',
  '<input autofocus onfocus=__xss()>',
  '<video><source onerror=__xss()></video>',
  '<object data="javascript:__xss()"></object>',
  '<embed src="javascript:__xss()">',
  '<form action="javascript:__xss()"><button>go</button></form>',
  '<marquee onstart=__xss()>',
  '<svg><animate onbegin=__xss() attributeName=x dur=1s></svg>',
  '<svg><script>__xss()</script></svg>',
  '<!--<img src="--><img src=x onerror=__xss()//">',
  '<img src=x:x onerror=__xss()>',
  '<scr<script>ipt>__xss()</scr</script>ipt>',
  '<template><img src=x onerror=__xss()></template>',
  '<noscript><p title="</noscript><img src=x onerror=__xss()>">',
  '<a href="&#106;avascript:__xss()">x</a>',
  '<div style="background:url(javascript:__xss())">',
  '<meta http-equiv=refresh content="0;url=javascript:__xss()">',
  '<base href="javascript:__xss()//">',
  '<!--?lit$1234$--><img src=x onerror=__xss()>',
  'lit$1234$<img src=x onerror=__xss()>',
  '${__xss()}',
  "{{constructor.constructor('__xss()')()}}",
  '<style>@import "javascript:__xss()";</style>',
  '<svg><foreignObject><img src=x onerror=__xss()></foreignObject></svg>',
  '<image href=x onerror=__xss()>',
  '<link rel=import href="data:text/html,<script>parent.__xss()</script>">',
  '<x onclick=__xss() tabindex=0 autofocus onfocus=__xss()>',
];

/** Where a vector may land: plain, after breaking out of an attribute or element, or inside text. */
const WRAPPERS = ['%', '"%', "'%", '"><%', '</code>%', '</li></ul>%', '%<!--', 'Drain the duct % now'];

/** 280 payloads: every vector in every wrapper. */
export const XSS_PAYLOADS: readonly string[] = VECTORS.flatMap((v) => WRAPPERS.map((w) => w.replace('%', v)));

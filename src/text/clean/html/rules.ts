// Tag, class/id and attribute rules of the HTML extractor: what is never text, what is hidden, what is page chrome
// (each mapped to the RemovalReason a user sees in `show --removed`), and what looks like the article container.
// Patterns follow trafilatura's discard and body XPaths (htmlprocessing/xpaths) in spirit, rewritten as
// token-aware regular expressions over `class` + `id`; no site-specific names.
import type { RemovalReason } from '../../../types.ts';
import type { DomElement } from './dom.ts';
import { rememberRecent } from '../../recent.ts';

/** Elements whose content is never article text and is not worth auditing (code, styling, embedded media, controls). */
export const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'canvas', 'video', 'audio', 'map', 'area', 'picture', 'source', 'track', 'head', 'title', 'meta', 'link', 'base',
  'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'progress', 'meter', 'label',
  'fieldset', 'legend', 'dialog', 'menu', 'menuitem', 'marquee', 'blink', 'rp', 'rt', 'rtc',
]);

/**
 * Never-text elements whose words a reader sees on the page: never article text, but audited in `removed` with this
 * reason so that every visible word is in the text or in `removed` (issue 19). Form controls show their labels,
 * buttons, options and typed-in text; <menu> is a toolbar's list; <marquee> and <blink> scroll or flash a line.
 * <dialog> (shown only when opened by script) and <datalist> (suggestions, not shown) stay unaudited.
 */
export const VISIBLE_NEVER_TEXT: Record<string, RemovalReason> = {
  button: 'form', select: 'form', option: 'form', optgroup: 'form', textarea: 'form', label: 'form', legend: 'form',
  fieldset: 'form', output: 'form', menu: 'nav', menuitem: 'nav', marquee: 'ticker', blink: 'ticker',
};

/** Elements that start a new block of text (one paragraph each); everything else is inline. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'caption', 'figure', 'figcaption', 'form', 'address', 'hr', 'center', 'details', 'summary', 'body', 'html', 'hgroup',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Structural tags that are chrome wherever they appear outside the article container. */
export const CHROME_TAGS: Record<string, RemovalReason> = {
  nav: 'nav', footer: 'footer', aside: 'related', header: 'nav', form: 'nav', figcaption: 'metadata',
};
/** Inside the article container, <header> holds the headline and standfirst, <form> may wrap a whole CMS page. */
export const CHROME_TAGS_IN_CONTAINER: Record<string, RemovalReason> = { nav: 'nav', footer: 'footer', aside: 'related', figcaption: 'metadata' };

/** `role` values that mark chrome (WAI-ARIA landmarks). */
export const CHROME_ROLES: Record<string, RemovalReason> = {
  navigation: 'nav', banner: 'nav', contentinfo: 'footer', complementary: 'related', menu: 'nav', menubar: 'nav',
  search: 'nav', dialog: 'cookie', alertdialog: 'cookie', toolbar: 'share', tablist: 'nav',
};

/**
 * Class/id patterns, tested in order on `class` + ' ' + `id` (lowercased). A token is a class name or id; `\b` would
 * split `article-footer` wrongly, so boundaries are start/end, space, '-' or '_'. Ordered so the most specific reason
 * wins (a "comment-share" bar is comment chrome before it is a share bar).
 */
const B = '(?:^|[\\s_-])';
const E = '(?:$|[\\s_-])';
/** A pattern where `<` and `>` stand for token boundaries. */
const tok = (pattern: string) => new RegExp(pattern.replace(/</g, B).replace(/>/g, E));
export const CLASS_RULES: Array<[RegExp, RemovalReason]> = [
  // Class names that are or start with the word: compounds ending in it, such as `overflow-hidden` (clips, shows the text) or Drupal's `field--label-hidden`
  // (hides the label, not the field) name something else; hidden-by-class tabs are kept by the caller.
  // `hidden-print` hides in print only: on screen the text is there.
  [/(?:^|\s)(?:hidden|hide)[-_](?!print(?:$|\s))\w|(?:^|\s)(?:hidden|hide|is-hidden|u-hidden|d-none|sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader|offscreen|invisible|element-invisible|display-none)(?:$|\s)/, 'hidden'],
  [tok(String.raw`cookie|consent|gdpr|privacy-?banner|onetrust|didomi|usercentrics`), 'cookie'],
  [tok(String.raw`breadcrumb|brotkrume|<bread>|<crumbs?>|<migas>|fil-?ariane|<ariane>|okruszki`), 'breadcrumb'],
  [tok(String.raw`comment|disqus|<respond>|<replies>|<reply>|discussion|kommentar|comentario|commentaire|leserbrief|komentarz`), 'comment-chrome'],
  [tok(String.raw`<(?:ads?|publi|pub|advert\w*|advertisement|anzeige|werbung|publicidad|publicite|publicité|patrocin\w*|reklama|sponsor\w*|dfp|adsense|adslot|ad-?slot|ad-?container|ad-?wrapper|adunit|banner\w*|promo\w*|paywall\w*|payant|premium-?teaser|newsletter\w*|subscribe\w*|subscription|signup|abo|outbrain|taboola|plista|affiliate|commercial|marketing|popup|modal|overlay|interstitial)>|<ad[-_]|[-_]ad>|google_ads|adsbygoogle|newsletter|paywall`), 'ad'],
  [tok(String.raw`ticker|stock-?quote|market-?data|kursliste|crypto-?price|price-?widget`), 'ticker'],
  [tok(String.raw`share|sharing|social|sociable|syndication|<print>|toolbar|<tools>|rating|bookmark|follow-?us|addthis|shariff|compartir|partage|teilen|udostepnij`), 'share'],
  [tok(String.raw`<(?:tags?|tagcloud|tag-?cloud|tag-?list|taglist|keywords?|schlagw\w*|etiquetas?|mots-?cles|categories|category-?list|post-?categories|topics?-?list)>|<tags-`), 'tags'],
  [tok(String.raw`pagination|pager|paging|<pages?-?nav|page-?numbers|next-?post|prev-?post|post-?nav|nav-?links|blaettern`), 'pagination'],
  [tok(String.raw`related|similar|recommend|more-?stories|more-?articles|read-?more|weitere|mehr-?zum|most-?(?:read|popular|viewed)|popular|trending|teaser|also-?read|further-?reading|sidebar|side-?bar|widget|relacionad\w*|<lateral>|articles-?lies|a-?lire|<lire-aussi|zum-?thema|<infobox>|<aside>|<rail>|right-?col|left-?col|recirc`), 'related'],
  // Image captions and credits: the gold of extraction-dev treats them as boilerplate (F1 +0.00x, see bench:clean).
  [tok(String.raw`caption|imagedescription|image-?desc|img-?desc|bildunterschrift|<bu>|photo-?credit|image-?credit|img-?credit|bildnachweis|<credit|leyenda|legende|légende|podpis`), 'metadata'],
  // A forum post's signature (the writer's motto and links under every post) is chrome even where bylines are content;
  // so are the writer's profile details beside each post (title, join date, post count, reputation), unlike the name.
  [tok(String.raw`signature|signaturecontainer|postsignature`), 'footer'],
  [tok(String.raw`user-?extras?|user-?title|user-?stats|member-?since|join-?date|joined|post-?count|user-?details|profile-?details|reputation|user-?badges?`), 'metadata'],
  [tok(String.raw`byline|<author|autor|auteur|<firma>|(?:post|entry|article|news|story)-?(?:info|details|date|author)|<views?>|view-?count|<visitas>|<aufrufe>|reading-?time|lesezeit|comments?-?count|<meta>|entry-?meta|post-?meta|article-?meta|meta-?data|metadata|posted-?on|<dateline|timestamp|<date>|<time>|<published>|article-?info|infoline|<credits?>|user-?info|avatar|<bio>`), 'byline'],
  [tok(String.raw`<(?:nav|navbar|navi|navigation|menu|menue|mainmenu|submenu|topbar|top-?bar|masthead|site-?header|page-?header|header-?bar|cabecera|en-?tete|kopf|skip|skiplinks?|skip-?link|search|searchbox|searchform|login|signin|account|language-?switch|lang-?switch|jump|toc|sitemap|quicklinks?|servicelinks?|dropdown|off-?canvas|hamburger|megamenu)>|navigation|<nav-|-nav>|mainmenu`), 'nav'],
  [tok(String.raw`footer|<foot>|<pie>|pie-?de-?pagina|<pied>|stopka|fusszeile|copyright|imprint|impressum|disclaimer|<legal>|site-?info|colophon`), 'footer'],
];

/**
 * Inside the article container these names hold article text: German CMSs call the standfirst "teaser", and
 * embedded boxes (quotes, fact boxes, recipes) are "widgets". Outside it they are related-article chrome.
 */
const IN_CONTAINER_CONTENT = /teaser|widget|intro|lead|summary|standfirst/;
const RELATED_WORDS = /related|similar|recommend|more|popular|sidebar|trending|weitere|relacionad/;
/**
 * Inside the content, a modal or overlay is a panel the reader opens in place (a product's details, a size chart),
 * not a pop-up pushed over the page; one named for what pop-ups push (ads, newsletters) is still an ad.
 */
const IN_CONTAINER_PANEL = tok(String.raw`modal|overlay`);
const AD_WORDS = tok(String.raw`<(?:ads?|advert\w*|sponsor\w*|promo\w*|newsletter\w*|subscribe\w*|subscription|signup|paywall\w*|banner\w*|marketing|commercial|interstitial|popup)>|<ad[-_]|[-_]ad>|newsletter|paywall`);
const LAYOUT_COLUMN = tok(String.raw`right-?col\w*|left-?col\w*`);

/**
 * A page's left or right column, named by its place in the layout only: beside a news article it holds other
 * stories, on a product page the product's summary (developer, release date, requirements).
 */
export function isLayoutColumn(e: DomElement): boolean {
  const tokens = attrTokens(e);
  return LAYOUT_COLUMN.test(tokens) && !RELATED_WORDS.test(tokens);
}

/**
 * Short lines that are page metadata whatever their markup: photo credits, last-modified stamps, view counters
 * ("Foto: …", "Bild via …", "Letzte Änderung …", "Crédits photos : …"), in the languages of the benchmark and beyond.
 */
export const METADATA_LINE = /^(?:(?:fotos?|bild(?:er)?|titelbild|photos?|image|crédits?(?: photos?)?|credits?|foto ?credits?|bildquelle|quelle|source|fuente|fonte|zdjęcie|fot\.)\s*(?::|via\b|©)|(?:letzte änderung|zuletzt (?:aktualisiert|geändert)|stand|last (?:modified|updated)|updated|ultima modifica|dernière mise à jour|mis à jour le|actualizado|última actualización)\b)/i;
/** Longest line METADATA_LINE may remove: longer blocks are prose that happens to start that way. */
export const MAX_METADATA_LINE_CHARS = 120;

/**
 * Short blocks that are chrome by their wording, whatever their markup: section labels of related lists, share and
 * follow prompts, ad labels, subscription pitches, editor and source credits. Tested only on blocks shorter than
 * MAX_CHROME_PHRASE_CHARS, so an article sentence that starts the same way survives.
 */
export const CHROME_PHRASES: Array<[RegExp, RemovalReason]> = [
  [/^(?:related(?: (?:articles?|stories|posts|news|content))?|see also|read (?:more|also|next)|more (?:on|from|about) |recommended|you (?:may|might) also like|temas relacionados|noticias relacionadas|art[ií]culos relacionados|lee también|lea también|le puede interesar|te puede interesar|ver también|video recomendado|recomendado|más noticias|weitere (?:artikel|beiträge|meldungen|themen|nachrichten)|mehr zum thema|mehr aus |das könnte sie auch interessieren|auch interessant|empfohlene beiträge|ähnliche beiträge|verwandte artikel|voir aussi|à lire aussi|lire aussi|sur le même sujet|leggi anche|potrebbe interessarti|zobacz (?:też|także|również)|czytaj (?:też|także|więcej)|polecane|相关(?:阅读|文章|新闻|推荐|链接)|推荐阅读|延伸阅读|延伸閱讀|相關(?:新聞|文章|閱讀)|热门(?:文章|推荐)|小编最近文章|関連記事|あわせて読みたい)/i, 'related'],
  [/^(?:share(?: (?:this|on|article|via))?|compartir(?: nota)?|compártelo|teilen|artikel teilen|partager|partagez|condividi|udostępnij|分享到?|シェア)(?:\s|[:：]|$)|(?:s[ií]g(?:ue)?nos|follow us|folgen sie uns|suivez-nous|seguici|obserwuj nas|关注|關注).{0,60}(?:facebook|twitter|instagram|telegram|whatsapp|youtube|微信|微博)|官方微信|微信公众号|扫描二维码|扫码关注|打赏/i, 'share'],
  [/^(?:über den autor|über die autorin|zum autor|zur autorin|about the author|sobre el autor|sobre la autora|à propos de l'auteur|l'auteur|o autorze|作者简介|作者簡介)/i, 'byline'],
  [/^(?:jede (?:kleine )?spende|jetzt spenden|spenden sie|unterstütze[n]? (?:uns|sie)|support (?:us|our journalism)|donate|haz una donación|faites un don|wesprzyj)/i, 'ad'],
  [/^(?:reklama|anzeige|werbung|publicidad|publicité|pubblicità|advertisement|sponsored|gesponsert|patrocinado|广告|廣告|広告)$/i, 'ad'],
  [/^(?:hazte (?:miembro|socio)|suscr[ií]bete|subscribe (?:now|to)|jetzt abonnieren|abonnieren sie|abonnez-vous|abbonati|zaprenumeruj)/i, 'ad'],
  [/^[（(]?(?:责任编辑|責任編輯|编辑|編輯|来源|來源|记者|記者|撰文|作者)\s*[:：]/, 'byline'],
  [/转载请注明|未经授权禁止转载|版权声明|版權聲明|無斷転載/, 'footer'],
  // Copyright notices: the sign or the word first, or the reservation of rights in the languages of the benchmarks.
  [/^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|tutti i diritti riservati|wszelkie prawa zastrzeżone/i, 'footer'],
];
/** Follow-us prompts run longer ("… para recibir en directo todas nuestras actualizaciones") but stay under two lines. */
export const MAX_CHROME_PHRASE_CHARS = 140;

/**
 * The standfirst (lead, deck, excerpt) often sits outside the article-body container, in the article header. These
 * names mark it in English, German, Spanish, French and Italian CMSs.
 */
export const LEAD_CLASS = tok(String.raw`<(?:lead|leadtext|lead-?text|intro|intro-?text|introduction|excerpt|deck|standfirst|summary|subtitle|subheadline|sub-?headline|dek|teaser-?text|teasertext|vorspann|sapo|entradilla|bajada|chapo|chapeau|sommario|catenaccio|article-?(?:lead|intro|excerpt|deck|summary|teaser)|post-?(?:excerpt|intro|lead)|entry-?(?:excerpt|summary)|field-?(?:intro|lead|summary|teaser)\w*)>`);

/**
 * Class/id of elements that hold article text, or a listing's results, which the nav rule's `search` (a search box)
 * would otherwise take; a rule match on such an element (e.g. "article-content meta") is ignored.
 */
const CONTENT_HINT = tok(String.raw`search-?results?|search-?page|results?-?list|product-?(?:grid|list)|article-?body|articlebody|article-?text|article-?content|entry-?content|post-?content|post-?body|post-?text|story-?body|story-?content|main-?content|content-?main|field-?body|fulltext|body-?text|text-?content|<(?:content|text|entry|post|story)>`);

/** `class id`, lowercased; kept on the element, since the container search, every collectBlocks pass and the Readability scorer ask. */
export function attrTokens(e: DomElement): string {
  if (e.tokens !== undefined) return e.tokens;
  const a = e.attribs;
  const cls = a.class, id = a.id;
  e.tokens = !cls && !id ? '' : (withoutUtilityClasses(cls ?? '') + ' ' + (id ?? '')).toLowerCase();
  return e.tokens;
}

/**
 * Utility classes with a variant or an arbitrary value (Tailwind's `lg:first:pt-[calc(var(--banner-height))]`)
 * style an element; the words inside them ("banner", "hidden") name CSS, not what the element is.
 */
const UTILITY_CLASS = /[[:(]/;
function withoutUtilityClasses(cls: string): string {
  return UTILITY_CLASS.test(cls) ? cls.split(/\s+/).filter((c) => !UTILITY_CLASS.test(c)).join(' ') : cls;
}

/**
 * React's streamed server rendering sends each suspended part of the page as `<div hidden id="S:…">`, which its
 * script then moves into place: the reader sees it, so it is not hidden.
 */
const STREAMED_SEGMENT_ID = /^S:/;
/** Tab and accordion panels hidden until their tab is chosen: a reader opens them, so their text is the page's. */
const PANEL_ROLES = new Set(['tabpanel', 'region']);

/**
 * Class names of collapsible panels (accordions, collapsed sections, tab panes): closed until the reader opens them,
 * their text is the page's, as with PANEL_ROLES.
 */
const PANEL_CLASS = /accordion|collaps|tab-?pane|tab-?panel|expandable/;

/**
 * Carousel slides out of view: the carousel marks them aria-hidden, but the reader scrolls to them with its arrows.
 * Copies a carousel makes to loop (`slick-cloned`) stay hidden: their text is the real slides'.
 */
const CAROUSEL_SLIDE = /^(?!.*clone).*(?:carousel|slide|swiper|slick)/;

/** True when the element is hidden from readers by attribute or inline style. */
export function isHidden(e: DomElement): boolean {
  const a = e.attribs;
  if (PANEL_ROLES.has(a.role)) return false;
  if (a.class && PANEL_CLASS.test(a.class.toLowerCase())) return false;
  if ('hidden' in a) return !STREAMED_SEGMENT_ID.test(a.id ?? '');
  if (a['aria-hidden'] === 'true') return !(a.class && CAROUSEL_SLIDE.test(a.class.toLowerCase()));
  const style = a.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

function insideArticle(e: DomElement): boolean {
  for (let p = e.parent; p; p = p.parent) if (p.name === 'article' || p.name === 'main' || p.attribs?.role === 'article') return true;
  return false;
}

/**
 * Why an element is chrome, from its tag, role and class/id; null when nothing says so. Kept on the element: the
 * extractor cuts the page into blocks up to three times (container, Readability, classifier), each asking again.
 */
export function chromeReason(e: DomElement, inContainer: boolean): RemovalReason | null {
  const known = (e.chromeReasons ??= [undefined, undefined]);
  const slot = inContainer ? 1 : 0;
  return known[slot] !== undefined ? known[slot]! : (known[slot] = elementChromeReason(e, inContainer));
}

/**
 * Declares the element and its descendants content whatever their names and tags say, except what a class name hides:
 * a listing's item cards, whose class names describe the item ("search-card", "product-tile__rating").
 */
export function markContent(e: DomElement): void {
  for (const slot of [0, 1]) if (chromeReason(e, slot === 1) !== 'hidden') e.chromeReasons![slot] = null;
  for (const c of e.children) if (c.type === 'tag') markContent(c as DomElement);
}

function elementChromeReason(e: DomElement, inContainer: boolean): RemovalReason | null {
  const tagReason = (inContainer ? CHROME_TAGS_IN_CONTAINER : CHROME_TAGS)[e.name];
  // An article's own <header> (headline, standfirst, byline) is not the site header.
  if (tagReason && !(e.name === 'header' && insideArticle(e))) return tagReason;
  const role = e.attribs.role;
  if (role && CHROME_ROLES[role]) return CHROME_ROLES[role];
  const tokens = attrTokens(e);
  if (!tokens) return null;
  // Keyed by the tokens string itself (kept on the element, so its hash is computed once), one memo per side.
  return (inContainer ? classReasonInside : classReasonOutside)(tokens);
}

/**
 * classReason by `class id` string, outside and inside the container: pages repeat the same class on many elements (a
 * third of the lookups on the golden set are distinct) and sites repeat them on every page.
 */
const classReasonOutside = rememberRecent(4096, (tokens) => classReason(tokens, false));
const classReasonInside = rememberRecent(4096, (tokens) => classReason(tokens, true));

function classReason(tokens: string, inContainer: boolean): RemovalReason | null {
  // Elements that are themselves the text ("post-content entry-meta"?) are judged by their content, not their name.
  if (CONTENT_HINT.test(tokens) && !/comment|sidebar|related|teaser/.test(tokens)) return null;
  for (const [re, reason] of CLASS_RULES) {
    if (!re.test(tokens)) continue;
    if (inContainer && reason === 'related' && IN_CONTAINER_CONTENT.test(tokens) && !RELATED_WORDS.test(tokens)) return null;
    if (inContainer && reason === 'ad' && IN_CONTAINER_PANEL.test(tokens) && !AD_WORDS.test(tokens)) return null;
    return reason;
  }
  return null;
}

/**
 * Article-container tiers, most explicit first (trafilatura's BODY_XPATH order). Within a tier the candidate with
 * the most text wins; a tier whose best candidate is too short falls through to the next.
 */
const CONTENT_TIER = tok(String.raw`content-?main|main-?content|content-?body|contentbody|content__body|page-?content|maincontent|main-?column|<primary|<(?:content|story|article|text|texto|texte|tekst|entry|post|inhalt|contenido|contenu|cuerpo|noticia|artikel|beitrag|tresc)>`);

export const CONTAINER_TIERS: Array<{ name: string; test: (e: DomElement, tokens: string) => boolean; union: boolean }> = [
  {
    name: 'articleBody', union: true,
    test: (e, t) => e.attribs.itemprop === 'articleBody' || /article-?body|articlebody|article-?text|articletext|article-?content|article__(?:body|content|text)|entry-?content|post-?(?:content|body|text|entry)|postcontent|postbody|story-?(?:body|content|text)|storycontent|body-?text|text-?content|field-?body|field-?name-?body|fulltext|full-?text|art-?content|single-?content|blog-?content|rich-?text|richtext/.test(t) || /^(?:post|entry|article|story) /.test(t),
  },
  { name: 'article', union: false, test: (e) => e.name === 'article' || e.attribs.role === 'article' },
  {
    name: 'content', union: false,
    test: (e, t) => CONTENT_TIER.test(t) && e.name !== 'body',
  },
  { name: 'main', union: false, test: (e, t) => e.name === 'main' || e.attribs.role === 'main' || /^main|\smain/.test(t) },
];

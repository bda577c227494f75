// Line rules for plain-text pages: what a text-extracting scraper leaves around an article, one line at a time.
// Each rule names the RemovalReason it stands for, so `show --removed` can explain it. Patterns are matched on an
// NFKC-folded copy of the line (full-width colons, bars and brackets become ASCII) and cover the languages the
// project meets (en, de, fr, es, ru, zh-Hans, zh-Hant, ja); a rule only fires on lines short enough to be chrome, so
// a prose sentence that happens to mention "views" or "share" is left to the block classifier.
import type { RemovalReason } from '../../../types.ts';
import { effectiveLength } from '../blocks.ts';
import { rememberRecent } from '../../recent.ts';

/** Chrome lines are short: a byline, a counter or a share bar never runs past this (Latin-equivalent chars). */
export const MAX_CHROME_LINE = 120;
/** Footers and disclaimers are longer than chrome (a paragraph of legalese) but still far from an article's length. */
export const MAX_FOOTER_LINE = 500;
/** A breadcrumb segment before the last one is a section name; longer than this and the `>` is prose. */
const MAX_CRUMB_SEGMENT = 40;

/**
 * Normalised form for matching: NFKC (full-width → ASCII), whitespace collapsed, trimmed. Remembered: the cleaner
 * folds each line in four or five rules (line reason, comment and related headers, dated entries, labels), and
 * folding was 5% of clean on the ingest corpus.
 */
const foldRemembered = rememberRecent(1000, (line) => line.normalize('NFKC').replace(/\s+/g, ' ').trim());
/**
 * Words of characters NFKC leaves as they are, alone and beside each other (ASCII, Latin-1's letters, dashes, quotes,
 * the euro sign: test/clean-text.test.ts checks every one and every pair), one space apart: such a line is its own fold,
 * told by this test without the memo's lookups or the normalisation (a sixth of the markdown rendering's cleaning).
 */
export const FOLDED = /^[!-~\u00C0-\u00FF\u2013\u2014\u2018-\u201E\u20AC]+(?: [!-~\u00C0-\u00FF\u2013\u2014\u2018-\u201E\u20AC]+)*$/;
/**
 * The last line folded and its fold: markSections asks three rules and a label test of each line in a row, each
 * folding it (the FOLDED test alone was 1.6% of the markdown rendering's cleaning, bench:clean-text).
 */
let lastFolded = '', lastFold = '';
export const fold = (line: string): string => {
  if (line === lastFolded) return lastFold;
  lastFold = FOLDED.test(line) ? line : foldRemembered(line);
  lastFolded = line;
  return lastFold;
};

/** `#🎜🎜#` and its spaced variants: a scraper's placeholder for removed media, sometimes glued to real text. */
const MARKER = /#?\s*🎜\s*🎜\s*#?|🎜/gu;

/** The line without placeholder markers, and whether any were there. */
export function stripMarkers(line: string): { text: string; marker: string | null } {
  const found = line.match(MARKER);
  if (!found) return { text: line, marker: null };
  return { text: line.replace(MARKER, ' ').replace(/[ \t]{2,}/g, ' ').trim(), marker: found.join(' ').trim() };
}

const HOME_WORDS = /^(home|start|heim|startseite|accueil|inicio|portada|главная|首页|首頁|主页|主頁|ホーム|トップ|홈)$/i;

/** `Home > Tech > AI`, `首頁 > 瑞波幣 > Info`: three or more short segments, or two that start at "Home". */
export function isBreadcrumb(n: string): boolean {
  if (effectiveLength(n) > MAX_CHROME_LINE * 3 || !/[>›»]/.test(n)) return false; // without a separator: one part
  const parts = n.split(/\s*[>›»]\s*/);
  if (parts.some((p) => p.length === 0)) return false;
  if (parts.length < 2 || (parts.length === 2 && !HOME_WORDS.test(parts[0]))) return false;
  return parts.slice(0, -1).every((p) => effectiveLength(p) <= MAX_CRUMB_SEGMENT && !/[.。!?！？]$/.test(p));
}

/** A ticker symbol with a price or change: `BTC $27,412.80`, `ETH 1.612,77 €`, `SOL ▲3.9%`. */
const TICKER_QUOTE = /\b[A-Z]{2,6}(?:\/[A-Z]{2,5})?\s*[:：]?\s*[$€£¥]?\s*\d[\d.,]*\s*[$€£¥%]?/g;
const PRICE_MOVE = /[▲▼△▽↑↓]\s*[+-]?\d|[+-]\d+(?:[.,]\d+)?\s*%/;

/** A crypto or stock ticker strip: quotes with prices and moves, almost no lowercase words. */
export function isTicker(n: string): boolean {
  const quotes = n.match(TICKER_QUOTE)?.length ?? 0;
  if (quotes === 0) return false;
  const proseWords = n.match(/\b\p{Ll}{3,}\b/gu)?.length ?? 0;
  if (proseWords > 2) return false;
  return PRICE_MOVE.test(n) ? true : quotes >= 2;
}

// Dates as pages print them. Only used on short lines, so they can be lenient.
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
  + '|januar|februar|märz|mai|juni|juli|oktober|dezember'
  + '|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre'
  + '|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre'
  + '|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
const DATE_SRC = `(?:\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{4}年\\d{1,2}月\\d{1,2}日`
  + `|\\d{1,2}\\.?\\s+(?:de\\s+)?(?:${MONTHS})\\.?\\s+(?:de\\s+)?\\d{4}|(?:${MONTHS})\\.?\\s+\\d{1,2},?\\s+\\d{4})`;
const TIME_SRC = '(?:\\s*(?:à|um|at|в)?\\s*\\d{1,2}[:h]\\d{2}(?::\\d{2})?)?';
/** A line that is only a date (and time), possibly with a reading time: `April 21, 2023 · 9 min read`, `1900/1/1 0:00:00`. */
export const DATE_LINE = new RegExp(`^${DATE_SRC}${TIME_SRC}(?:\\s*[·|•-]\\s*\\d+\\s*(?:min(?:ute)?s?)\\.?(?:\\s*read)?)?$`, 'iu');
/** A date at the end of a short list line: a related-article entry `Title — April 2, 2023`, `Title 2023-04-12`, `Title (12/06/2023)`. */
const TRAILING_DATE = new RegExp(`(?:[—–-]\\s*|\\s)[(（]?${DATE_SRC}[)）]?$`, 'iu');

const AUTHOR_LABEL = /^(?:author|autor|auteur|autore|автор|作者|著者|撰文|文|記者|记者|编辑|編輯|redakteur|reporter)\s*[:：]\s*(.{0,40})$/i;
const BY_LINE = /^(?:[Pp]osted by|[Ww]ritten by|[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Pp]ublicado por|[Pp]ublié par|[Аа]втор)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s+(?:el|le|am|on|,).*)?$/u;
const EDITORIAL_BYLINE = /(?:編集部|编辑部|編輯部|redaktion|editorial team|rédaction|redacción|редакция)$/i;
const TIME_LABEL = /^(?:time|date|datum|zeit|时间|時間|日期|发布时间|發布時間|發佈時間|发表于|發表於|更新|投稿日|公開日|更新日|veröffentlicht|aktualisiert|freigeben|published|posted on|updated|publié le|publié|mis à jour|publicado|actualizado|опубликовано|обновлено|дата)(?:\s*[:：]|\s+(?=\d)|$)/i;
const SOURCE_LABEL = /^(?:来源|來源|出处|出處|本文来源|本文來源|原文|出典|source|sources|quelle|fuente|источник)\s*[:：]/i;
const VIEW_COUNT = /\d[\d.,  ]*\s*(?:views?|reads?|lecturas|lectures|lectures?|aufrufe|mal gelesen|leute haben es durchsucht|visualizzazioni|просмотр\w*|次阅读|次閱讀|次浏览|次瀏覽|人阅读|人閱讀|人看过|阅读量)|(?:閲覧数|阅读|閱讀|浏览|瀏覽|点击|點擊|views|aufrufe)\s*[:：]?\s*\d|^[👁👀]/iu;
const READING_TIME = /(?:\d+\s*(?:min(?:ute)?s?\.?\s*(?:read|de lecture)|min\.?\s*lesezeit|minutos de lectura)|^(?:lecture|tiempo de lectura|lesezeit|reading time|読了時間|阅读时间|閱讀時間)\s*[:：])/i;
/** "This article is reprinted with permission from…": republication notes before the article proper. */
const REPUBLICATION = /^(?:dieser (?:artikel|beitrag)|this (?:article|post)|本文|この記事|cet article|este artículo|эта статья).{0,200}(?:nachgedruckt|zusammenfassung|newsletter|weiterverbreitung|reprinted|republished|syndicated|转载|轉載|授权|授權|転載|reproduit|republicado|перепечат)/i;

const SHARE_LABEL = /^(?:share(?: this(?: article| post)?)?(?: on)?|teilen|artikel teilen|partager|compartir(?: en)?|condividi|поделиться|分享(?:到)?|シェア|共有する?)\s*[:：]/i;
const SOCIAL_NAMES = 'facebook|twitter|x|linkedin|reddit|whatsapp|telegram|pinterest|e-?mail|copy link|vk|вконтакте|weibo|微博|微信|wechat|qq|line|はてブ|リンクをコピー|скопировать ссылку';
const SOCIAL = new RegExp(`^(?:${SOCIAL_NAMES})$`, 'i');

const COMMENT_HEADER = /^(?:\d+\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|комментари[йяи]?|评论|評論|留言|コメント)\s*(?:\(\s*\d+\s*\)|\d+\s*(?:件|条|條)?)?$|^(?:leave a (?:reply|comment)|post a comment|add a comment|kommentar schreiben|laisser un commentaire|deja un comentario|оставить комментарий|发表评论|發表評論|コメントを書く|コメントを残す)$/i;
const COMMENT_CONTROL = /^(?:reply|replies|report|permalink|link|fedilink|arrow-up|arrow-down|upvote|downvote|like|likes|quote|返信|回复|回覆|赞|讚|いいね|responder|répondre|antworten|ответить|ответ)$/i;
const COMMENT_MORE = /^(?:load more comments|show more (?:comments|replies)|view more replies|more comments|weitere kommentare (?:laden|anzeigen)|afficher plus de commentaires|cargar más comentarios|показать ещё комментарии|加载更多评论|查看更多评论|もっと見る)$|^(?:your email address will not be published|ihre e-mail-adresse wird nicht veröffentlicht|votre adresse e-mail ne sera pas publiée|tu dirección de correo electrónico no será publicada|required fields are marked)/i;
/** Vote and reply controls with counts: `▲ 19 Responder`, `返信 いいね 12`, `Répondre | J'aime (18)`. */
const COMMENT_VOTES = /^(?:[▲△↑👍]\s*\d+\s*)?(?:reply|返信|回复|回覆|responder|répondre|antworten|ответить)?\s*[|·]?\s*(?:like|j['’]aime|いいね|gefällt mir|me gusta|赞|讚)?\s*\(?\d*\)?$/i;
const RELATIVE_TIME = /(?:^|\s)(?:(?:\d+|a|an|one)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago|vor\s+\d+\s+(?:sekunden|minuten|stunden|tag(?:en)?|wochen|monaten|jahren)|il y a \d+ (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|hace \d+ (?:segundos?|minutos?|horas?|días?|semanas?|meses|años?)|\d+\s+(?:секунд\w*|минут\w*|час\w*|дн(?:я|ей)|день|недел\w*|месяц\w*|год\w*|лет)\s+назад|\d+\s*(?:秒|分|分钟|分鐘|小时|小時|時間|天|日|周|週|个月|個月|ヶ月|か月|年)前|yesterday|gestern|hier|ayer|вчера|昨天|昨日)$/i;
/** `☆ user ☆@lemmygrad.ml`, `name [any]@hexbear.net`: a federated username line. */
const FEDI_USER = /^[•*\-\s]*[^\s@][^@]{0,40}@[\w-]+(?:\.[\w-]+)+\S{0,4}$/u;

const TAGS_LABEL = /^(?:tags?|标签|標籤|タグ|schlagwörter|ähnliche schlagwörter|verwandte etiketten|stichwörter|schlagworte|mots-clés|mots clés|etiquetas|tag|теги|метки|keywords|关键词|關鍵詞|キーワード)\s*[:：]/i;
const HASHTAGS = /^(?:#[\p{L}\p{N}_.-]+[\s,]*){2,}$/u;

const RELATED_HEADER = /^(?:related(?: posts| articles| stories| content)?|read (?:more|also|next)|see also|you may also like|more (?:from|stories|articles)|recommended(?: for you)?|popular posts|latest posts|verwandte (?:artikel|beiträge)|ähnliche (?:artikel|beiträge)|beliebte (?:beiträge|artikel|tutorials)|neueste (?:beiträge|artikel|downloads)|weitere artikel|lesen sie auch|à lire aussi|lire aussi|articles similaires|sur le même sujet|entradas relacionadas|artículos relacionados|te puede interesar|noticias relacionadas|похожие (?:записи|статьи)|читайте также|相关文章|相關文章|相关阅读|相關閱讀|推荐阅读|推薦閱讀|热门文章|熱門文章|猜你喜欢|関連記事|おすすめ記事|人気記事)\s*[:：]?$/i;
/** A related-article title carrying a coin tag after an underscore: `…_FLOW:FLO`, `…_比特幣:加密貨幣`. */
export const TAGGED_TITLE = /_[^_\s:：]{1,16}[:：][^_]{1,48}$/u;

const PAGINATION = /(?:^|\s)(?:page|seite|página|pagina|страница)\s+\d+\s+(?:of|von|sur|de|di|из)\s+\d+|(?:previous|next|older|newer)\s+(?:post|page|article|entry)|(?:entrada|artículo|página)\s+(?:anterior|siguiente)|(?:vorheriger|nächster|vorherige|nächste)\s+(?:beitrag|artikel|seite)|article (?:précédent|suivant)|(?:предыдущая|следующая)\s+(?:запись|страница|статья)|[前次]の(?:記事|ページ)|上一篇|下一篇|上一页|下一页|上一頁|下一頁|第\s*\d+\s*[页頁]/i;

const COPYRIGHT = /©|\(c\)\s*\d{4}|copyright\s|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|все права защищены|版权所有|版權所有|著作権|無断転載|禁止转载|禁止轉載/i;
const DISCLAIMER_HEADER = /^(?:disclaimer|haftungsausschluss|erklärung dieser website|statement (?:of|on) this website|hinweis der redaktion|impressum|免责声明|免責聲明|本站声明|本站聲明|免責事項|avertissement|aviso legal|отказ от ответственности)\s*[:：]?$/i;
/** Legal boilerplate under the article: rights or responsibility plus a contact. */
const DISCLAIMER_BODY = /(?:urheberrecht|rechte (?:liegen|an)|copyright|droits|derechos|права|版权|版權|著作権|rechtliche verantwortung|legal responsibility|法律责任|法律責任)/i;
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.-]+|(?:kontakt|contact|contacto|контакт|联系|聯繫|お問い合わせ|wenden sie sich)/i;
/** Closing formula of aggregator sites (php.cn and its clones): "The above is the detailed content of …". */
const OUTRO = /^(?:das obige ist der detaillierte inhalt|the above is the detailed content|以上就是|以上是.{0,60}的详细内容|das war der vollständige beitrag|ce qui précède est le contenu détaillé|lo anterior es el contenido detallado)|(?:für weitere informationen folgen sie bitte|for more information, please follow other related articles|weitere artikel zum thema finden sie|更多请关注)/i;

const COOKIE = /cookie/i;
const COOKIE_VERB = /(?:\buse|uses|using|accept|consent|verwend|nutz|akzept|zustimm|utilis|acept|utiliz|использ|принять)|使用|同意/i;
const AD_LINE = /^(?:ads?|advertisement|advertising|sponsored(?: content)?|anzeige|werbung|publicité|publicidad|реклама|广告|廣告|広告|スポンサーリンク|pr)$/i;
const AD_LABEL = /^(?:anzeige|advertisement|sponsored|广告|廣告|広告)\s*[:：|]/i;

const BOOKMARK = /^ctrl\s*\+\s*d\b|收藏本站|加入收藏|设为首页|設為首頁|お気に入りに追加/i;
const BACK_LINK = /^[←‹«<]?\s*(?:back to|zurück zu|retour (?:à|au)|volver a|返回|戻る|назад к)\b/i;
const NAV_WORDS = /^(?:zurück|nach vorne|weiter|back|more|mehr|plus|más|ещё|更多|もっと見る|alle anzeigen|view all|see all|voir tout|ver todo|skip to (?:main )?content|menu|menü|home|top|back to top|nach oben|返回顶部|返回頂部|ページトップへ|トップへ戻る|наверх)\s*>?$/i;
const MORE_ARROW = /^[^\s>]{1,20}\s*>$/u;

/**
 * What some rule of ruledReason needs besides RELATIVE_TIME and the no-letter rule, as three patterns (one per set of
 * flags, so that each rule's pattern keeps its own meaning inside them): a line none of them matches gets neither
 * of the other rules' reasons. Each rule is here as its own pattern, or as a character it cannot do without (the
 * separators of breadcrumbs and social bars, the space of the doubled site name, the @ of a username, the > of a
 * "more" arrow); the conjunctions (votes, disclaimers, cookies) by their first pattern. Asked instead of some thirty
 * patterns of a short line that is none of these (a page of 163,660 lines like `aaa0`, bench:hostile). Any rule added
 * to ruledReason needs its pattern or a necessary character here (test/line-rules-gate.test.ts tries each reason).
 */
const alternatives = (patterns: RegExp[]) => patterns.map((p) => `(?:${p.source})`).join('|');
/**
 * A social bar's first part (isSocialBar: every part a network's name), after any separators: what the bar needs of a
 * line, instead of any separator or space (round 16: with the space, every short line of several words ran every rule,
 * a fifth of the cleaning of a visible-text page, bench:clean-text).
 */
const SOCIAL_START = new RegExp(`^[\\s|·•,/]*(?:${SOCIAL_NAMES})\\s*(?:[|·•,/]|$)`, 'i');
// In two patterns (the line matches one of them when it matches their union): the rules anchored at the line's start,
// which the engine tries at its first character only, and the others, tried at every character. As one pattern, every
// alternative was tried at every character (a sixth of lineReason's time, bench:clean-text).
const MAY_BE_CHROME_AT_START = new RegExp(alternatives([
  AD_LINE, AD_LABEL, BACK_LINK, NAV_WORDS, COMMENT_HEADER, COMMENT_CONTROL, COMMENT_MORE, COMMENT_VOTES, AUTHOR_LABEL, TIME_LABEL,
  SOURCE_LABEL, SHARE_LABEL, RELATED_HEADER, DISCLAIMER_HEADER, TAGS_LABEL, REPUBLICATION, SOCIAL_START,
]), 'i');
const MAY_BE_CHROME_ANYWHERE = new RegExp(alternatives([
  BOOKMARK, PAGINATION, EDITORIAL_BYLINE, READING_TIME, COPYRIGHT, OUTRO, DISCLAIMER_BODY, COOKIE, /[>›»@]|\s\s/,
]), 'i');
/**
 * The site name printed twice (`^(\S{2,24}) \1$`) needs a line of an odd length with a space at its middle: asked of
 * the line's middle instead of the space in MAY_BE_CHROME.
 */
const mayBeDoubled = (n: string) => (n.length & 1) === 1 && n.charCodeAt(n.length >> 1) === 0x20;
/**
 * What ruledReason can give a line longer than MAX_CHROME_LINE and at most MAX_FOOTER_LINE: a breadcrumb (its
 * separators), tags (HASHTAGS starts with `#`), a footer, cookies, a republication note. Asked once instead of those
 * rules one by one (each of the unanchored ones a scan of the line).
 */
const MAY_BE_FOOTER = new RegExp(alternatives([TAGS_LABEL, COPYRIGHT, OUTRO, DISCLAIMER_BODY, COOKIE, REPUBLICATION, /[>›»#]/]), 'i');
const MAY_BE_CHROME_U = new RegExp(alternatives([VIEW_COUNT, DATE_LINE, BY_LINE, HASHTAGS]), 'iu');
const MAY_BE_TICKER = new RegExp(TICKER_QUOTE.source);

/** The reason a single (non-empty) line is page chrome, or null when the line rules cannot tell. */
export function lineReason(line: string): RemovalReason | null {
  const n = fold(line);
  if (n.length === 0) return null;
  const len = effectiveLength(n);
  if (len <= MAX_CHROME_LINE && !MAY_BE_CHROME_AT_START.test(n) && !MAY_BE_CHROME_ANYWHERE.test(n) && !MAY_BE_CHROME_U.test(n) && !MAY_BE_TICKER.test(n) && !mayBeDoubled(n)) {
    // ruledReason's answer when none of its other rules can fire.
    if (spacesAtMost(n, 5) && RELATIVE_TIME.test(n.toLowerCase())) return 'comment-chrome';
    return /\p{L}/u.test(n) ? null : 'short';
  }
  // Beyond MAX_FOOTER_LINE no rule fires (a breadcrumb is at most MAX_CHROME_LINE × 3); up to it, only those MAY_BE_FOOTER gates.
  if (len > MAX_CHROME_LINE && (len > MAX_FOOTER_LINE || !MAY_BE_FOOTER.test(n))) return null;
  return ruledReason(n, len);
}

/** lineReason by every rule in turn: `n` is the line folded, `len` its effectiveLength. */
export function ruledReason(n: string, len: number): RemovalReason | null {
  if (len <= MAX_CHROME_LINE) {
    if (AD_LINE.test(n) || AD_LABEL.test(n)) return 'ad';
    if (BOOKMARK.test(n) || BACK_LINK.test(n) || NAV_WORDS.test(n) || MORE_ARROW.test(n)) return 'nav';
    if (/^(\S{2,24}) \1$/u.test(n)) return 'nav'; // the site name printed twice by the header template
    if (COMMENT_HEADER.test(n) || COMMENT_CONTROL.test(n) || COMMENT_MORE.test(n)) return 'comment-chrome';
    // The count first, the cheaper test; the line lowercased only for the one rule that reads it (3% of lineReason's
    // time went to lowercasing every line, bench:clean-text).
    if (spacesAtMost(n, 5) && RELATIVE_TIME.test(n.toLowerCase())) return 'comment-chrome';
    if (n.includes('@') && FEDI_USER.test(n)) return 'comment-chrome';
    if (/\d/.test(n) && COMMENT_VOTES.test(n) && /[▲△↑👍]|reply|返信|回复|回覆|responder|répondre|antworten|ответить|like|aime|いいね/i.test(n)) return 'comment-chrome';
    if (PAGINATION.test(n)) return 'pagination';
    if (isTicker(n)) return 'ticker';
    if (AUTHOR_LABEL.test(n) || BY_LINE.test(n) || EDITORIAL_BYLINE.test(n)) return 'byline';
    if (TIME_LABEL.test(n) || SOURCE_LABEL.test(n) || VIEW_COUNT.test(n) || READING_TIME.test(n) || DATE_LINE.test(n)) return 'metadata';
    if (SHARE_LABEL.test(n) || isSocialBar(n)) return 'share';
    if (RELATED_HEADER.test(n)) return 'related';
    if (DISCLAIMER_HEADER.test(n)) return 'footer';
    if (!/\p{L}/u.test(n)) return 'short'; // counters, bullets and section numbers alone: "14", "·", "01"
  }
  if (len <= MAX_CHROME_LINE * 3 && isBreadcrumb(n)) return 'breadcrumb';
  if (len <= MAX_FOOTER_LINE) {
    if (TAGS_LABEL.test(n) || HASHTAGS.test(n)) return 'tags';
    if (COPYRIGHT.test(n) || OUTRO.test(n)) return 'footer';
    if (DISCLAIMER_BODY.test(n) && CONTACT.test(n)) return 'footer';
    if (COOKIE.test(n) && COOKIE_VERB.test(n)) return 'cookie';
    if (REPUBLICATION.test(n)) return 'metadata';
  }
  return null;
}

/** Whether `n` holds at most `most` spaces (U+0020), as n.split(' ').length <= most + 1 without the array. */
export function spacesAtMost(n: string, most: number): boolean {
  for (let i = n.indexOf(' '), seen = 0; i !== -1; i = n.indexOf(' ', i + 1)) if (++seen > most) return false;
  return true;
}

/** `Facebook · X · LinkedIn`: two or more social networks and nothing else. */
function isSocialBar(n: string): boolean {
  if (!/[|·•,/]|\s\s/.test(n)) return false; // without a separator: one part
  const parts = n.split(/\s*[|·•,/]\s*|\s{2,}/).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => SOCIAL.test(p));
}

/**
 * Whether `n` ends as TRAILING_DATE needs: each of DATE_SRC's forms ends in an ASCII digit (\d, without the u flag's
 * help: ASCII) or 日, then maybe a closing bracket. Asked first: markSections asks isDatedListEntry of every line the
 * rules left, and the pattern tries every space and dash of the line (bench:clean-text).
 */
function endsLikeDate(n: string): boolean {
  let end = n.length - 1;
  const last = n.charCodeAt(end);
  if (last === 0x29 || last === 0xff09) end--;
  const c = n.charCodeAt(end);
  return (c >= 0x30 && c <= 0x39) || c === 0x65e5;
}

/** A related-article entry: short, a date at the end (`Title — April 2, 2023`). */
export function isDatedListEntry(line: string): boolean {
  const n = fold(line);
  return endsLikeDate(n) && effectiveLength(n) <= MAX_CHROME_LINE && TRAILING_DATE.test(n) && !DATE_LINE.test(n);
}

/** A comment-section header (`4 Comments`, `コメント 2件`, `Leave a Reply`): what follows is the comment thread. */
export function isCommentHeader(line: string): boolean {
  return COMMENT_HEADER.test(fold(line));
}

/** A related-articles header (`Related posts`, `関連記事`, `À lire aussi`): what follows in its block are links. */
export function isRelatedHeader(line: string): boolean {
  return RELATED_HEADER.test(fold(line));
}

/** The author named by a byline line, or null (`Author:` with nothing after it, an editorial team line). */
export function authorOf(line: string): string | null {
  const n = fold(line);
  const label = AUTHOR_LABEL.exec(n);
  if (label) return label[1].trim() || null;
  const by = BY_LINE.exec(n);
  if (by) return by[1].trim();
  return null;
}

const BULLET = /^\s*(?:[•·・●○▪■◆◇*‣⁃-]|\d{1,2}[.)、．]|[①-⑳]|[a-z][.)])\s*/u;
/** True for a list item line: bullet or item number first. */
export function isListItem(line: string): boolean {
  const t = line.trim();
  return BULLET.test(t) && t.replace(BULLET, '').trim().length > 0 && !/^\d{1,2}\.\d/.test(t);
}

/** A list item without its bullet glyph (numbers are kept: "1." carries order). */
export function stripBullet(line: string): string {
  return line.trim().replace(/^[•·・●○▪■◆◇*‣⁃-]\s*/u, '');
}

// ICU's segmenter (Intl.Segmenter) over bounded windows. In Node 20, iterating the segments of one string costs time
// that grows with the string's length at every step: words of 80,000 characters of Chinese took 40 s, sentences of
// 80,000 characters of `!?.…` 21 s, where the same text in 2,000-character pieces takes well under a second
// (bench/hostile.ts). So a long text is segmented in windows cut where ICU breaks anyway, which gives the same
// segments as one call; only a text with no such place in a whole window is cut blindly.

/**
 * Longest text given to ICU at once. Per-character cost was flat from 1,000 to 2,000 characters and doubled by
 * 8,000 (words and sentences, Chinese, Latin and punctuation runs); most paragraphs are shorter, and go through whole.
 */
export const SEGMENT_WINDOW_CHARS = 2048;

export interface Segment {
  segment: string;
  index: number;
  isWordLike?: boolean;
}

/**
 * The segments of `text`, windows ending at the last place in (from + window / 2, from + window] where `canCut` says
 * ICU would break anyway, else at the window's end.
 */
export function* segmentInWindows(segmenter: Intl.Segmenter, text: string, canCut: (text: string, at: number) => boolean): Generator<Segment> {
  if (text.length <= SEGMENT_WINDOW_CHARS) {
    yield* segmenter.segment(text);
    return;
  }
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + SEGMENT_WINDOW_CHARS);
    if (to < text.length) {
      let cut = to;
      while (cut > from + SEGMENT_WINDOW_CHARS / 2 && !canCut(text, cut)) cut--;
      if (cut > from + SEGMENT_WINDOW_CHARS / 2) to = cut;
      else if (/[\uD800-\uDBFF]/.test(text[to - 1]!)) to--; // a blind cut keeps surrogate pairs whole
    }
    for (const s of segmenter.segment(text.slice(from, to))) yield { segment: s.segment, index: from + s.index, isWordLike: s.isWordLike };
    from = to;
  }
}

import { EXIT_OK, parseCommand, type Command } from './args.ts';
import { detectLanguage, initLanguageDetection } from '../text/language/detect.ts';

export const detectCommand: Command = {
  name: 'detect',
  summary: 'detect the language (and Chinese script) of text read from stdin, one sample per line',
  usage: `claimscope detect [--json | --jsonl] < lines.txt

Prints one result per input line: "lang script confidence" (tab-separated), or with --json (or --jsonl, the same:
one object a line) {"lang": ISO 639-1 or "und", "script": "Hans"|"Hant"|null, "confidence": 0..1}. Same code as the language stage.`,
  async run(argv, io) {
    const { values } = parseCommand(argv, { json: { type: 'boolean' }, jsonl: { type: 'boolean' } });
    await initLanguageDetection();
    const input = await io.stdin();
    const lines = input.split('\n');
    if (lines.at(-1) === '') lines.pop();
    const out: string[] = [];
    for (const line of lines) {
      const label = detectLanguage(line.replace(/\r$/, ''));
      out.push(values.json || values.jsonl ? JSON.stringify({ lang: label.lang, script: label.script, confidence: Number(label.confidence.toFixed(4)) })
        : `${label.lang}\t${label.script ?? '-'}\t${label.confidence.toFixed(3)}`);
    }
    if (out.length) io.out(out.join('\n'));
    return EXIT_OK;
  },
};

import { stemWord } from './stem';

// Verbs any explanation leans on ("the browser sends", "the server returns"): they carry the
// sentence, not the point an interviewer listens for. Compared by stem, so every form counts.
const genericVerbs = `accept access add allow apply ask avoid become begin break bring build call
carry change check choose come connect consume contain continue convert create decide define
depend describe design do enter establish exist expect explain fail fetch find finish fix follow
generate get give go happen handle help hit hold improve include indicate involve keep know lead
let look make mean move need occur open pass perform prefer prepare press process protect provide
put read receive reduce refer rely remain remove replace require resolve respond restrict
retain return run save say see seem send serve set show speed start stay stop store suffer take
tell think try turn understand use verify want work write`;

const nounEnding = /(?:ity|tion|sion|ment|ance|ence|ness|er|or)$/;
const genericStems: ReadonlySet<string> = new Set(genericVerbs.split(/\s+/).map(stemWord));

/**
 * Whether a word is a generic verb ("sends", "returns", "entered"). Words in capitals are
 * names ("PUT", "GET"), never verbs, and a word in -ing names an activity ("Server
 * Processing", "request handling"); a past participle ("stored", "entered") describes an
 * action, and counts as one.
 */
export function isGenericVerb(word: string): boolean {
  if (isAllCaps(word)) return false;
  const lower = word.toLowerCase();
  // Nouns made from verbs ("reliability", "connection") share the verb's stem, not its role.
  if (lower.endsWith('ing') || nounEnding.test(lower)) return false;
  return genericStems.has(stemWord(lower)) || (lower.length > 4 && lower.endsWith('ed'));
}

export function isAllCaps(word: string): boolean {
  return /^[A-Z][A-Z0-9]+$/.test(word);
}
